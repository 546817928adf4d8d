/** Follows an export or a publication through the core's `exchange.job` events. */
import { EXCHANGE_JOB_EVENT, exchangeJobSchema, type ExchangeJob } from '../../../../../shared/api/exchange';
import { api } from '../../../api/client';
import { useFollowedJob, type FollowedJob } from '../../../api/useFollowedJob';

export type ExchangeJobState = FollowedJob<ExchangeJob>;

const source = { event: EXCHANGE_JOB_EVENT, schema: exchangeJobSchema, ask: (id: string) => api.call('exchange.job', { id }) };

export function useExchangeJob(jobId: string | null): ExchangeJobState {
  return useFollowedJob(jobId, source);
}
