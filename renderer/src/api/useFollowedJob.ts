/**
 * Follows a long job of the core (a batch of documents, an export): asks where it is once when the
 * page opens the job, then takes each step the core pushes on the event channel; it asks again only
 * when the event stream comes back after a drop, since steps may have been pushed meanwhile. When the
 * core no longer knows the job (restarted, or finished long ago) `error` says so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { errorMessage } from './client';
import { EVENTS_CONNECTED, useCoreEvent } from './events';

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

/** An answer and the events can cross on the way: never step back to an earlier view of the job. */
function later<J extends JobShape>(current: J | null, next: J): J {
  if (!current || current.id !== next.id) return next;
  if (current.state !== 'in_corso' && next.state === 'in_corso') return current;
  return next.done >= current.done || next.state !== 'in_corso' ? next : current;
}

export function useFollowedJob<J extends JobShape>(
  jobId: string | null,
  source: { event: string; schema: z.ZodType<J>; ask(id: string): Promise<J> },
): FollowedJob<J> {
  const [job, setJob] = useState<J | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asks, setAsks] = useState(0);
  const followed = useRef(jobId);
  const finished = useRef(false);
  const ask = useRef(source.ask);
  ask.current = source.ask;

  const update = useCallback((next: J) => {
    // Views of another job (an old cancel's answer, another tab's job) are not this page's.
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
    ask.current(jobId).then(
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

  useCoreEvent(source.event, (payload) => {
    const parsed = source.schema.safeParse(payload);
    if (parsed.success) update(parsed.data);
  });
  useCoreEvent(EVENTS_CONNECTED, () => {
    if (!finished.current) setAsks((n) => n + 1);
  });

  return { job: job && job.id === jobId ? job : null, error, update };
}
