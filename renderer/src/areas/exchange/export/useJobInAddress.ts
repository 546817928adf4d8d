/**
 * The export a page follows, kept in the address (?lavoro=) so leaving the page and coming back
 * shows it. Its end needs nothing from here: the core's «data changed» push refreshes the status
 * and the export log on screen.
 */
import { useSearchParams } from 'react-router';
import { useExchangeJob, type ExchangeJobState } from './useExchangeJob';

export interface JobInAddress extends ExchangeJobState {
  /** Following a job (or waiting for its first answer): the start buttons wait. */
  busy: boolean;
  follow(jobId: string): void;
  forget(): void;
}

export function useJobInAddress(): JobInAddress {
  const [params, setParams] = useSearchParams();
  const jobId = params.get('lavoro');
  const state = useExchangeJob(jobId);
  const { job, error } = state;

  return {
    ...state,
    busy: job?.state === 'in_corso' || (jobId !== null && job === null && error === null),
    follow: (id) => setParams({ lavoro: id }, { replace: true }),
    forget: () => setParams({}, { replace: true }),
  };
}
