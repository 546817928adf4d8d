/**
 * Loads a method's result for the current input and reloads when the input changes. Answers
 * that arrive out of order (fast typing) are dropped, so the list always matches the last input.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { api, errorMessage } from './client';

export interface QueryState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/**
 * `refreshKey`: something outside the input whose change means "ask again" (e.g. the version of
 * the record the answer depends on); the answer on screen stays until the new one arrives.
 */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M>, refreshKey = ''): QueryState<MethodOutput<M>> {
  const key = JSON.stringify(input);
  const [data, setData] = useState<MethodOutput<M> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const [loadedKey, setLoadedKey] = useState<string | null>(null);

  useEffect(() => {
    const request = ++latest.current;
    setLoading(true);
    api
      .call(method, JSON.parse(key) as MethodInput<M>)
      .then((value) => {
        if (request !== latest.current) return;
        setData(value);
        setLoadedKey(key);
        setError(null);
      })
      .catch((e: unknown) => {
        if (request === latest.current) setError(errorMessage(e));
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [method, key, version, refreshKey]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // The previous input's answer is never shown as if it were this one's (e.g. another record).
  return { data: loadedKey === key ? data : null, error, loading, reload };
}
