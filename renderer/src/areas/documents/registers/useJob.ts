/** Follows a batch preparation of registers through the core's `documents.job` events. */
import { jobSchema, type JobView } from '@shared/api/documents';
import { apiQuery } from '../../../api/query';
import { useFollowedJob, type FollowedJob, type JobSource } from '../../../api/useFollowedJob';

export type JobState = FollowedJob<JobView>;

const source: JobSource<JobView> = { event: 'documents.job', schema: jobSchema, query: (id) => apiQuery('documents.job', { id }) };

export function useJob(jobId: string | null): JobState {
  return useFollowedJob(jobId, source);
}
