/**
 * Server state through TanStack Query (decision 0018): every read is `apiQuery(method, input)`,
 * keyed `[method, input]`, and every write is `apiMutation(method)`. A write that succeeds marks every
 * cached answer stale and refetches the ones on screen: in this app one write often changes several
 * areas (accepting a proposal changes the need and the person and opens a file; an import changes
 * everything), the core is local and a screen holds a handful of queries, so refetching what is shown
 * is cheaper than a map of which write touches which area — a map that would go stale and leave a
 * screen showing old data. The core's «data.changed» push (a background job ended) does the same. A new
 * session starts from an empty cache: another operator, another role, may not see what the previous one
 * saw; unlocking after the idle lock is the same session and keeps it.
 */
import { keepPreviousData, QueryClient, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { DATA_CHANGED_EVENT } from '@shared/api/bridge';
import { api, errorMessage } from './client';
import { EVENTS_CONNECTED, subscribeCoreEvents } from './events';

export const queryClient = new QueryClient({
  defaultOptions: {
    // The core answers or refuses for a reason (a rule, a role): asking again would say the same.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
    mutations: { retry: false },
  },
});

/** The key of a method's answer for an input: what `apiQuery` caches under, what tests and pages invalidate. */
export function apiKey<M extends MethodName>(method: M, input?: MethodInput<M>): readonly unknown[] {
  return input === undefined ? [method] : [method, input];
}

/** The options of one read, for `useQuery(apiQuery('needs.get', { id }))`. */
export function apiQuery<M extends MethodName>(method: M, input: MethodInput<M>) {
  return queryOptions<MethodOutput<M>>({
    queryKey: apiKey(method, input),
    queryFn: () => api.call(method, input),
  });
}

/** After a write: every cached answer is stale, those on screen are asked again. Awaited, so what follows sees fresh data. */
export function afterWrite(): Promise<void> {
  return queryClient.invalidateQueries();
}

/**
 * The options of one write, for `useMutation(apiMutation('needs.update'))`. The client refreshes what
 * is shown after every successful write (`api.onWrite`, below), before the caller's `onSuccess` runs.
 */
export function apiMutation<M extends MethodName>(method: M) {
  return {
    mutationKey: [method],
    mutationFn: (input: MethodInput<M>) => api.call(method, input),
  };
}

/** Follows the session and the core's «data changed» pushes for the whole app (mounted once, in App). */
export function useServerStateSync(): void {
  useEffect(() => {
    // Another token is another operator (or none): nothing cached for the previous one may show.
    // An unlock keeps the token: the same operator, whose typed work must not lose its data.
    let token = api.sessionToken();
    const stopSession = api.onSessionChange(() => {
      if (api.sessionToken() === token) return;
      token = api.sessionToken();
      queryClient.clear();
    });
    const stopWrites = api.onWrite(afterWrite);
    const stopEvents = subscribeCoreEvents((event) => {
      // EVENTS_CONNECTED: the browser's stream (re)opened, and a push may have been missed meanwhile.
      if (event.type === DATA_CHANGED_EVENT || event.type === EVENTS_CONNECTED) void afterWrite();
    });
    return () => {
      stopSession();
      stopWrites();
      stopEvents();
    };
  }, []);
}

export interface QueryState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/**
 * A read as the pages used it before TanStack Query (data, Italian error, loading): the same cache
 * underneath, so a write anywhere refreshes it. `keepPrevious`: a list keeps showing the last answer
 * while the next input's is on the way (typing in a search box); otherwise another record's answer is
 * never shown as if it were this one's.
 */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M>, options: { keepPrevious?: boolean; enabled?: boolean } = {}): QueryState<MethodOutput<M>> {
  const query: UseQueryResult<MethodOutput<M>> = useQuery({
    ...apiQuery(method, input),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    enabled: options.enabled ?? true,
  });
  return {
    data: query.data ?? null,
    error: query.error ? errorMessage(query.error) : null,
    loading: query.isFetching,
    reload: () => void query.refetch(),
  };
}
