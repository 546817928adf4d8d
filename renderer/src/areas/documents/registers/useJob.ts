/**
 * Follows a batch preparation: asks the core where it is once when the page opens the job, then
 * takes each step the core pushes (`documents.job` events); it asks again only when the event
 * stream comes back after a drop, since steps may have been pushed meanwhile. When the core no
 * longer knows the job (restarted, or finished more than an hour ago) `error` says so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { jobSchema, type JobView } from '../../../../../shared/api/documents';
import { api, errorMessage } from '../../../api/client';
import { EVENTS_CONNECTED, useCoreEvent } from '../../../api/events';

export interface JobState {
  job: JobView | null;
  error: string | null;
  /** Takes an answer the page already has (the start, a cancel) without waiting for the next event. */
  update(job: JobView): void;
}

/** An answer and the events can cross on the way: never step back to an earlier view of the job. */
function later(current: JobView | null, next: JobView): JobView {
  if (!current || current.id !== next.id) return next;
  if (current.state !== 'in_corso' && next.state === 'in_corso') return current;
  return next.done >= current.done ? next : current;
}

export function useJob(jobId: string | null): JobState {
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asks, setAsks] = useState(0);
  const followed = useRef(jobId);
  const finished = useRef(false);

  const update = useCallback((next: JobView) => {
    // Views of another job (an old cancel's answer, another tab's batch) are not this page's.
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
    api.call('documents.job', { id: jobId }).then(
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

  useCoreEvent('documents.job', (payload) => {
    const parsed = jobSchema.safeParse(payload);
    if (parsed.success) update(parsed.data);
  });
  useCoreEvent(EVENTS_CONNECTED, () => {
    if (!finished.current) setAsks((n) => n + 1);
  });

  return { job: job && job.id === jobId ? job : null, error, update };
}
