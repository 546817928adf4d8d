/**
 * A person's age on a day, from the birth date (ISO 'YYYY-MM-DD'), the way Italian law counts it:
 * a year is completed on the birthday; someone born on 29 February completes it on 1 March in
 * the years without one. Used for the minimum age at the start of a tirocinio.
 */
import { addDays, isLeapYear, parseIso } from './calendar';

/** Whole years completed on `day`. */
export function ageOn(birthDate: string, day: string): number {
  const b = parseIso(birthDate);
  const d = parseIso(day);
  const beforeBirthday = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (beforeBirthday ? 1 : 0);
}

/** The day the person completes `years` years. */
export function dayOfAge(birthDate: string, years: number): string {
  if (!Number.isInteger(years) || years < 0) throw new RangeError(`years must be a whole number ≥ 0, got ${years}`);
  const b = parseIso(birthDate);
  const year = String(b.year + years).padStart(4, '0');
  const md = `${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
  // 29 February in a year without one: the year is completed when 28 February has passed.
  if (md === '02-29') {
    if (!isLeapYear(b.year + years)) return addDays(`${year}-02-28`, 1);
  }
  return `${year}-${md}`;
}
