/**
 * A list page's filters live in the address (they survive navigation, back and forward, and
 * can be saved by name). This hook reads them and writes changes back. Keeping the last answer
 * on screen while the next one loads is the query's `keepPrevious` (renderer/src/api/query.ts).
 */
import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { rememberListAddress } from './last-list';

export interface UpdateOptions {
  /** Sorting and paging keep the page number; a new filter starts again from page 1. */
  keepPage?: boolean;
  /** The value comes from a text box after a pause, not from a click. */
  fromTyping?: boolean;
}
export type UpdateFilters = (changes: Record<string, string | null>, options?: UpdateOptions) => void;

/** What a filter control needs of its list: the address to read and the way to change it. */
export interface ListFilters {
  params: URLSearchParams;
  update: UpdateFilters;
  /** The page parameter, which a new filter clears and the pages below the list set. */
  pageParam: string;
}

export function useListParams(pageParam: string) {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const search = params.toString();
  useEffect(() => rememberListAddress(pathname, search), [pathname, search]);
  /** A click updates the screen at once, so the control never shows its old state; typing can wait. */
  const update: UpdateFilters = (changes, { keepPage = false, fromTyping = false } = {}) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === '') next.delete(k);
          else next.set(k, v);
        }
        if (!keepPage) next.delete(pageParam);
        return next;
      },
      { replace: true, flushSync: !fromTyping },
    );
  };
  return { params, setParams, update, pageParam };
}
