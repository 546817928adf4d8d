/**
 * A core job (a list export, a monitoring report) started and waited for through its pushed
 * events, and its finished file fetched in pieces as the page does. Only the operator who started
 * a job may follow and fetch it: each caller starts its own.
 */
import type { Harness } from './core-harness';

interface Job {
  id: string;
  state: string;
}

/** The job as its last event told it, once it is no longer running. */
export async function endedJob<J extends Job>(h: Harness, event: string, start: () => Promise<J>): Promise<J> {
  const ended = new Map<string, J>();
  let wake = () => {};
  const stop = h.core.onEvent((e) => {
    const job = e.payload as J | null;
    if (e.type === event && job?.id && job.state !== 'in_corso') ended.set(job.id, job);
    wake();
  });
  try {
    const started = await start();
    if (started.state !== 'in_corso') return started;
    while (!ended.has(started.id)) await new Promise<void>((resolve) => (wake = resolve));
    return ended.get(started.id)!;
  } finally {
    stop();
  }
}

/** A finished job's id. */
export async function finishedJob(h: Harness, event: string, start: () => Promise<Job>): Promise<string> {
  return (await endedJob(h, event, start)).id;
}

/** A finished job's file, read a piece at a time from offset 0 until the core says there is no more. */
export async function jobFile(piece: (offset: number) => Promise<{ chunkBase64: string; nextOffset: number | null }>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const p = await piece(offset);
    parts.push(Buffer.from(p.chunkBase64, 'base64'));
    offset = p.nextOffset;
  }
  return Buffer.concat(parts);
}
