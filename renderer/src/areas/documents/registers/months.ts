/** Months as the batch page handles them: 'YYYY-MM' keys, the picker's 'YYYY-MM-DD', words. */
import { italianMonth } from '@shared/rules/calendar';

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month before the one of `today` ('YYYY-MM-DD'): the register usually prepared. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The month after `key`. */
export function nextMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function isMonthKey(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH_KEY.test(value);
}

/** «ottobre 2026». */
export function monthWords(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return italianMonth(y, m);
}

/** The picker works with the first day of the month. */
export const monthToPicker = (key: string): string => `${key}-01`;
export const pickerToMonth = (date: string): string => date.slice(0, 7);
