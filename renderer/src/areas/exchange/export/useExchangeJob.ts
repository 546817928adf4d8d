/** Follows an export or a publication through the core's `exchange.job` events. */
import { EXCHANGE_JOB_EVENT, exchangeJobSchema, type ExchangeJob } from '@shared/api/exchange';
import { apiQuery } from '../../../api/query';
import { useFollowedJob, type FollowedJob, type JobSource } from '../../../api/useFollowedJob';

export type ExchangeJobState = FollowedJob<ExchangeJob>;

const source: JobSource<ExchangeJob> = { event: EXCHANGE_JOB_EVENT, schema: exchangeJobSchema, query: (id) => apiQuery('exchange.job', { id }) };

export function useExchangeJob(jobId: string | null): ExchangeJobState {
  return useFollowedJob(jobId, source);
}
