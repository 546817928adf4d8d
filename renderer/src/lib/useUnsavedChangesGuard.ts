/**
 * Asks before leaving a page with unsaved changes, both inside the app (route change) and when
 * the window or tab is closed. `isDirty` is read at the moment of leaving, so a page that has
 * just saved can navigate away in the same tick.
 */
import { useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

export function useUnsavedChangesGuard(isDirty: () => boolean): Blocker {
  const check = useRef(isDirty);
  check.current = isDirty;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && check.current());
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (check.current()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  return blocker;
}
