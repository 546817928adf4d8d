/** Follows a batch preparation of registers through the core's `documents.job` events. */
import { jobSchema, type JobView } from '../../../../../shared/api/documents';
import { api } from '../../../api/client';
import { useFollowedJob, type FollowedJob } from '../../../api/useFollowedJob';

export type JobState = FollowedJob<JobView>;

const source = { event: 'documents.job', schema: jobSchema, ask: (id: string) => api.call('documents.job', { id }) };

export function useJob(jobId: string | null): JobState {
  return useFollowedJob(jobId, source);
}
