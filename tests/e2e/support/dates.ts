/**
 * Dates for the browser stories, computed from today as the desk (and the core) sees it, so each
 * story is always the same distance in the past or the future. ISO 'YYYY-MM-DD' throughout.
 */

/** Today as the desk sees it: the Italian calendar day, whatever the machine's time zone. */
export function romeToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

/** The first day of the month `back` months before the current one. */
export function firstOfMonthsAgo(back: number): string {
  const [y, m] = romeToday().split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 10);
}

/** The last day of a period of `months` months starting on `iso`. */
export function addMonthsMinusDay(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d - 1)).toISOString().slice(0, 10);
}

export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** dd/mm/yyyy, as typed in the date boxes. */
export const italian = (iso: string) => iso.split('-').reverse().join('/');

/** «ottobre 2026» from '2026-10'. */
export const monthWords = (key: string) => new Date(`${key}-15T12:00:00Z`).toLocaleDateString('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' });
