/**
 * Where the keyboard focus goes when the page changes (issue 16, WCAG 2.4.3): to the new page's
 * title, its one h1, so that a screen reader reads where the operator arrived and Tab goes on from
 * the top of the page instead of from the menu link left behind.
 *
 * A page that puts the focus somewhere on purpose keeps it: the lists focus their search box
 * (autoFocus), dialogs their first field (data-autofocus). So the title is focused only while the
 * focus is nowhere in particular: on the body, on the menu or header, or on the frame itself.
 */
import { useEffect, type RefObject } from 'react';

/** How long a page may take to draw its title (data still loading) before the focus stays where it is. */
const WAIT_MS = 4000;

/** The page's title: its one h1. */
function pageTitle(main: HTMLElement): HTMLElement | null {
  return main.querySelector<HTMLElement>('h1');
}

/** True when the focus sits where a page's own autofocus would not have put it. */
function focusIsFree(main: HTMLElement): boolean {
  const active = main.ownerDocument.activeElement;
  if (!active || active === main.ownerDocument.body || active === main) return true;
  // A dialog, a menu or a list of suggestions opened over the page keeps its focus.
  if (active.closest('[role="dialog"], [role="menu"], [role="listbox"], [data-portal]')) return false;
  return !main.contains(active);
}

function focusTitle(title: HTMLElement): void {
  // Focusable by script only, and without the focus ring a click on nothing would not show either.
  title.tabIndex = -1;
  title.style.outline = 'none';
  title.focus({ preventScroll: true });
}

/** Moves the focus to the page's title every time `pathname` changes (filters in the query string do not count). */
export function useFocusPageTitle(mainRef: RefObject<HTMLElement | null>, pathname: string): void {
  // The first page after logging in too: the login form the focus was in is gone, and Tab would go on from nowhere.
  useEffect(() => {
    const main = mainRef.current;
    if (!main) return;
    const attempt = (): boolean => {
      const title = pageTitle(main);
      if (!title) return false;
      if (focusIsFree(main)) focusTitle(title);
      return true;
    };
    if (attempt()) return;
    // The title comes once the page's data is there.
    const observer = new MutationObserver(() => {
      if (attempt()) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [mainRef, pathname]);
}
