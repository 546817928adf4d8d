/**
 * Follows a batch preparation: asks the core where it is every ~300 ms while it runs, stops when it
 * ends, when the page is left, or when the core no longer knows the job (restarted, or finished
 * more than an hour ago): then `error` says so and nothing else is asked.
 */
import { useCallback, useEffect, useState } from 'react';
import type { JobView } from '../../../../../shared/api/documents';
import { api, errorMessage } from '../../../api/client';

const POLL_MS = 300;

export interface JobState {
  job: JobView | null;
  error: string | null;
  /** Takes an answer the page already has (the start, a cancel) without waiting for the next poll. */
  update(job: JobView): void;
}

export function useJob(jobId: string | null): JobState {
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setJob(null);
    setError(null);
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api.call('documents.job', { id: jobId });
        if (stopped) return;
        setJob(next);
        if (next.state === 'in_corso') timer = setTimeout(() => void poll(), POLL_MS);
      } catch (e) {
        if (!stopped) setError(errorMessage(e));
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  const update = useCallback((next: JobView) => setJob((current) => (current && current.id !== next.id ? current : next)), []);
  return { job: job && job.id === jobId ? job : null, error, update };
}
