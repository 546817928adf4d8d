/**
 * A core job (a list export, a monitoring report) started and waited for through its pushed
 * events, for the calls that need one already finished (follow it, fetch its file, cancel it).
 * Only the operator who started a job may follow and fetch it: each caller starts its own.
 */
import type { Harness } from './core-harness';

export async function finishedJob(h: Harness, event: string, start: () => Promise<{ id: string; state: string }>): Promise<string> {
  const ended = new Set<string>();
  let wake = () => {};
  const stop = h.core.onEvent((e) => {
    const job = e.payload as { id?: string; state?: string } | null;
    if (e.type === event && job?.id && job.state !== 'in_corso') ended.add(job.id);
    wake();
  });
  try {
    const job = await start();
    while (job.state === 'in_corso' && !ended.has(job.id)) await new Promise<void>((resolve) => (wake = resolve));
    return job.id;
  } finally {
    stop();
  }
}
