/**
 * A text box whose value lives in the address: typing is instant, the address (and so the query)
 * follows after a pause, and a change of address from elsewhere (back, a saved filter, "togli i
 * filtri") puts its value back in the box.
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

export function useDebouncedText(urlValue: string, commit: (value: string) => void, delay: number): [string, (value: string) => void, () => void] {
  const [typed, setTyped] = useState(urlValue);
  const [debounced] = useDebouncedValue(typed, delay);
  const lastPushed = useRef(urlValue);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  useEffect(() => {
    if (urlValue !== lastPushed.current) {
      lastPushed.current = urlValue;
      setTyped(urlValue);
    }
  }, [urlValue]);

  useEffect(() => {
    if (debounced !== lastPushed.current) {
      lastPushed.current = debounced;
      commitRef.current(debounced);
    }
  }, [debounced]);

  /** Sends what is typed now, without waiting for the pause (Enter). */
  const flush = () => {
    if (typed !== lastPushed.current) {
      lastPushed.current = typed;
      commitRef.current(typed);
    }
  };

  return [typed, setTyped, flush];
}
