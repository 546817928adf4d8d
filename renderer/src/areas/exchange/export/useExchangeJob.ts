/**
 * Follows an export or a publication: asks the core where it is once when the page opens the job
 * (the job in the address after coming back, or one that ended before its first event arrived),
 * then takes each step the core pushes (`exchange.job` events); it asks again only when the event
 * stream comes back after a drop. When the core no longer knows the job, `error` says so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { EXCHANGE_JOB_EVENT, exchangeJobSchema, type ExchangeJob } from '../../../../../shared/api/exchange';
import { api, errorMessage } from '../../../api/client';
import { EVENTS_CONNECTED, useCoreEvent } from '../../../api/events';

export interface ExchangeJobState {
  job: ExchangeJob | null;
  error: string | null;
  /** Takes an answer the page already has (the start, a cancel) without waiting for the next event. */
  update(job: ExchangeJob): void;
}

/** An answer and the events can cross on the way: never step back to an earlier view of the job. */
function later(current: ExchangeJob | null, next: ExchangeJob): ExchangeJob {
  if (!current || current.id !== next.id) return next;
  if (current.state !== 'in_corso' && next.state === 'in_corso') return current;
  return next.done >= current.done || next.state !== 'in_corso' ? next : current;
}

export function useExchangeJob(jobId: string | null): ExchangeJobState {
  const [job, setJob] = useState<ExchangeJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asks, setAsks] = useState(0);
  const followed = useRef(jobId);
  const finished = useRef(false);

  const update = useCallback((next: ExchangeJob) => {
    if (next.id !== followed.current) return;
    if (next.state !== 'in_corso') finished.current = true;
    setJob((current) => later(current, next));
  }, []);

  useEffect(() => {
    followed.current = jobId;
    finished.current = false;
    setJob(null);
    setError(null);
  }, [jobId]);

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    api.call('exchange.job', { id: jobId }).then(
      (next) => {
        if (!stopped) update(next);
      },
      (e: unknown) => {
        if (!stopped) setError(errorMessage(e));
      },
    );
    return () => {
      stopped = true;
    };
  }, [jobId, asks, update]);

  useCoreEvent(EXCHANGE_JOB_EVENT, (payload) => {
    const parsed = exchangeJobSchema.safeParse(payload);
    if (parsed.success) update(parsed.data);
  });
  useCoreEvent(EVENTS_CONNECTED, () => {
    if (!finished.current) setAsks((n) => n + 1);
  });

  return { job: job && job.id === jobId ? job : null, error, update };
}
