/**
 * Where each list was left: its filters, sort and page as they were in the address. A record's
 * breadcrumb goes back to its list as the operator left it, not to an unfiltered first page.
 * Kept for the tab's life (sessionStorage), as the lists' own addresses are.
 */
const KEY = 'exar.lastListAddress';

function remembered(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberListAddress(pathname: string, search: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...remembered(), [pathname]: search }));
  } catch {
    // Storage full or refused: the breadcrumb then opens the list's first page, nothing else is lost.
  }
}

/** The list at `pathname` with the filters it had when the operator left it. */
export function lastListAddress(pathname: string): string {
  const search = remembered()[pathname];
  return search ? `${pathname}?${search}` : pathname;
}
