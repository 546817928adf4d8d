/**
 * The core's long jobs that end in a file (an exchange export, a list export): each pushes its
 * progress on the event channel as it goes, can be cancelled between two pages of records, and
 * its finished file is read back a piece at a time. Kept in memory: a restart forgets them.
 * One registry per kind of job, each with its own event and its own words for a forgotten job.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '@shared/api/errors';
import { DATA_CHANGED_EVENT } from '@shared/api/bridge';
import type { EventBus } from './events';
import { newId } from './ids';

export type JobState = 'in_corso' | 'completato' | 'annullato' | 'fallito';

/** What every job's view carries; each kind adds its own fields (what it is, what it produced). */
export interface JobViewBase {
  id: string;
  state: JobState;
  done: number;
  total: number;
  /** Why it failed, in Italian, when `state` is 'fallito'. */
  error: string | null;
}

export interface RunningJob<V extends JobViewBase> {
  view: V;
  cancelled: boolean;
  finishedAt: number | null;
  /** The operator who started it, for the jobs only their starter may follow (null: anyone with the method's permission). */
  owner: string | null;
  /** Tells the listeners where the job is. */
  report(): void;
  /** Tells every screen that records changed (a log has a new line): they ask again. */
  announceChange(): void;
}

/** A finished job is remembered this long: its screen can still show it, its file be downloaded. */
export const JOB_KEEP_MS = 60 * 60 * 1000;

export interface JobRegistryOptions<V extends JobViewBase> {
  /** The event its progress is pushed as. */
  event: string;
  /** The refusal for an id it does not know (finished long ago, the app restarted, someone else's). */
  notFound: string;
  /** Runs when a finished job is forgotten: what it left behind (its file) goes with it. */
  onForget?(job: RunningJob<V>): void;
}

export class JobRegistry<V extends JobViewBase> {
  private readonly jobs = new Map<string, RunningJob<V>>();

  constructor(private readonly options: JobRegistryOptions<V>) {}

  private forgetOld(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt === null || now - job.finishedAt <= JOB_KEEP_MS) continue;
      this.jobs.delete(id);
      this.options.onForget?.(job);
    }
  }

  /** A new job in progress, with the fields of its kind; reported once its total is known. */
  start(events: EventBus, fields: Omit<V, keyof JobViewBase>, owner: string | null = null): RunningJob<V> {
    this.forgetOld();
    const view = { ...fields, id: newId(), state: 'in_corso', done: 0, total: 0, error: null } as V;
    const job: RunningJob<V> = {
      view,
      cancelled: false,
      finishedAt: null,
      owner,
      report: () => events.emit({ type: this.options.event, payload: { ...job.view } }),
      announceChange: () => events.emit({ type: DATA_CHANGED_EVENT, payload: null }),
    };
    this.jobs.set(view.id, job);
    return job;
  }

  finish(job: RunningJob<V>, state: Exclude<JobState, 'in_corso'>, error: string | null = null): void {
    job.view.state = state;
    job.view.error = error;
    job.finishedAt = Date.now();
    job.report();
    job.announceChange();
  }

  /** The job, for anyone (`owner` undefined) or only for the operator who started it: someone else's reads as unknown. */
  require(id: string, owner?: string | null): RunningJob<V> {
    const job = this.jobs.get(id);
    if (!job || (owner !== undefined && job.owner !== owner)) throw new AppError('NOT_FOUND', this.options.notFound);
    return job;
  }

  view(id: string, owner?: string | null): V {
    return { ...this.require(id, owner).view };
  }

  /** Asks a running job to stop at the end of the page it is writing; a finished one is left as it is. */
  cancel(id: string, owner?: string | null): V {
    const job = this.require(id, owner);
    if (job.view.state === 'in_corso') job.cancelled = true;
    return { ...job.view };
  }
}

/** One piece of a finished job's file, base64 for the contract; `nextOffset` null at the end. */
export interface FileChunk {
  fileName: string;
  size: number;
  chunkBase64: string;
  nextOffset: number | null;
}

/** Reads `chunkBytes` of a job's file from `offset`: a big file never travels in one message. */
export function fileChunk(path: string, fileName: string, offset: number, chunkBytes: number, missing: string): FileChunk {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('NOT_FOUND', missing);
  }
  if (offset > size) throw new AppError('VALIDATION', 'Posizione oltre la fine del file.');
  const end = Math.min(size, offset + chunkBytes);
  const buffer = Buffer.alloc(end - offset);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return { fileName, size, chunkBase64: buffer.toString('base64'), nextOffset: end < size ? end : null };
}
