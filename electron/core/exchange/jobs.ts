/**
 * Exchange jobs (exports): each pushes its progress on the core's event channel as it goes and
 * can be cancelled between two pages of records. Kept in memory: a restart forgets them, and the
 * files they finished are in the export log.
 */
import { AppError } from '@shared/api/errors';
import { EXCHANGE_JOB_EVENT, type ExchangeJob } from '@shared/api/exchange';
import { DATA_CHANGED_EVENT } from '@shared/api/bridge';
import type { EventBus } from '../events';
import { newId } from '../ids';

export interface RunningJob {
  view: ExchangeJob;
  cancelled: boolean;
  finishedAt: number | null;
  /** Tells the listeners where the job is. */
  report(): void;
  /** Tells every screen that records changed (the export log has a new line): they ask again. */
  announceChange(): void;
}

const jobs = new Map<string, RunningJob>();
const KEEP_MS = 60 * 60 * 1000;

function forgetOld(): void {
  const now = Date.now();
  for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) jobs.delete(id);
}

export function startJob(events: EventBus, kind: ExchangeJob['kind'], label: string): RunningJob {
  // Two exports at once are harmless: each has its own file and hlc bound, and the next "since" is the latest bound.
  forgetOld();
  const job: RunningJob = {
    view: { id: newId(), kind, label, state: 'in_corso', done: 0, total: 0, error: null, result: null },
    cancelled: false,
    finishedAt: null,
    report: () => events.emit({ type: EXCHANGE_JOB_EVENT, payload: { ...job.view } }),
    announceChange: () => events.emit({ type: DATA_CHANGED_EVENT, payload: null }),
  };
  jobs.set(job.view.id, job);
  return job;
}

export function finishJob(job: RunningJob, state: 'completato' | 'annullato' | 'fallito', error: string | null = null): void {
  job.view.state = state;
  job.view.error = error;
  job.finishedAt = Date.now();
  job.report();
  job.announceChange();
}

export function requireJob(id: string): RunningJob {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', 'Esportazione non trovata: forse è finita da più di un’ora o l’applicazione è stata riavviata. Il file, se completato, è nel registro delle esportazioni.');
  return job;
}

export function cancelJob(id: string): ExchangeJob {
  const job = requireJob(id);
  if (job.view.state === 'in_corso') job.cancelled = true;
  return { ...job.view };
}
