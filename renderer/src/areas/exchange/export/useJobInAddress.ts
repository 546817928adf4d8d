/**
 * The export a page follows, kept in the address (?lavoro=) so leaving the page and coming back
 * shows it; when it ends the exchange status is asked again (the «since» mark and counts move).
 */
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { refreshExchangeStatus } from '../status-store';
import { useExchangeJob, type ExchangeJobState } from './useExchangeJob';

export interface JobInAddress extends ExchangeJobState {
  /** Following a job (or waiting for its first answer): the start buttons wait. */
  busy: boolean;
  /** `id:state` once the job has ended, '' before: a key for what depends on its end. */
  ended: string;
  follow(jobId: string): void;
  forget(): void;
}

export function useJobInAddress(): JobInAddress {
  const [params, setParams] = useSearchParams();
  const jobId = params.get('lavoro');
  const state = useExchangeJob(jobId);
  const { job, error } = state;
  const ended = job && job.state !== 'in_corso' ? `${job.id}:${job.state}` : '';

  useEffect(() => {
    if (ended) void refreshExchangeStatus();
  }, [ended]);

  return {
    ...state,
    busy: job?.state === 'in_corso' || (jobId !== null && job === null && error === null),
    ended,
    follow: (id) => setParams({ lavoro: id }, { replace: true }),
    forget: () => setParams({}, { replace: true }),
  };
}
