/**
 * Follows a long job of the core (a batch of documents, an export) through the query cache: its
 * view is the answer of `documents.job` / `exchange.job`, asked once when the page opens the job,
 * then replaced by each step the core pushes on the event channel. It is asked again only when the
 * event stream comes back after a drop, since steps may have been pushed meanwhile; never on a
 * timer. When the core no longer knows the job (restarted, or finished long ago) `error` says so.
 */
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { errorMessage } from './client';
import { EVENTS_CONNECTED, useCoreEvent } from './events';
import { queryClient } from './query';

interface JobShape {
  id: string;
  state: string;
  done: number;
}

export interface FollowedJob<J extends JobShape> {
  job: J | null;
  error: string | null;
  /** Takes an answer the page already has (the start, a cancel) without waiting for the next event. */
  update(job: J): void;
}

export interface JobSource<J extends JobShape> {
  /** The event the core pushes at each step. */
  event: string;
  schema: z.ZodType<J>;
  /** The read of one job, `(id) => apiQuery('documents.job', { id })`. */
  query(id: string): UseQueryOptions<J, Error, J, QueryKey>;
}

/** An answer and the events can cross on the way: never step back to an earlier view of the job. */
function later<J extends JobShape>(current: J | undefined, next: J): J {
  if (!current || current.id !== next.id) return next;
  if (current.state !== 'in_corso' && next.state === 'in_corso') return current;
  return next.done >= current.done || next.state !== 'in_corso' ? next : current;
}

export function useFollowedJob<J extends JobShape>(jobId: string | null, source: JobSource<J>): FollowedJob<J> {
  const options = source.query(jobId ?? '');
  const cached = jobId ? queryClient.getQueryData<J>(options.queryKey) : undefined;
  // A finished job's view never changes: the refreshes that follow every write leave it alone.
  const running = cached === undefined || cached.state === 'in_corso';
  const query = useQuery({
    ...options,
    enabled: jobId !== null && running,
    // A refetch that set out before the last pushed step must not take the view back.
    structuralSharing: (current: unknown, next: unknown) => later(current as J | undefined, next as J),
  });

  const update = (next: J) => {
    // Views of another job (an old cancel's answer, another tab's job) are not this page's.
    if (!jobId || next.id !== jobId) return;
    queryClient.setQueryData<J>(options.queryKey, (current) => later(current, next));
  };

  useCoreEvent(source.event, (payload) => {
    const parsed = source.schema.safeParse(payload);
    if (parsed.success) update(parsed.data);
  });
  useCoreEvent(EVENTS_CONNECTED, () => {
    if (jobId && running) void query.refetch();
  });

  const job = query.data ?? null;
  return { job: job && job.id === jobId ? job : null, error: query.error ? errorMessage(query.error) : null, update };
}
