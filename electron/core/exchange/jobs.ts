/**
 * Exchange jobs (exports and publications), in the core's one job registry (../jobs.ts): progress
 * pushed as `exchange.job` events, cancelled between two pages of records. A restart forgets them;
 * the files they finished are in the export log.
 */
import { EXCHANGE_JOB_EVENT, type ExchangeJob } from '@shared/api/exchange';
import { JobRegistry, type RunningJob } from '../jobs';

export type RunningExchangeJob = RunningJob<ExchangeJob>;

export const exchangeJobs = new JobRegistry<ExchangeJob>({
  event: EXCHANGE_JOB_EVENT,
  notFound:
    'Esportazione non trovata: forse è finita da più di un’ora o l’applicazione è stata riavviata. Il file, se completato, è nel registro delle esportazioni.',
});
