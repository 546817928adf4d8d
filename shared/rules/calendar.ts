/**
 * Calendar arithmetic for internships: public holidays, month steps, planned ends, suspensions,
 * effective durations and planned hours. Pure and exact: dates are calendar dates written as ISO
 * strings 'YYYY-MM-DD' (no time, no time zone), turned into whole day numbers with integer
 * arithmetic, so the result never depends on the machine's time zone or on daylight saving time,
 * and the renderer and the core compute the same days.
 *
 * Conventions used throughout:
 * - every period is inclusive at both ends (a suspension from 01/03 to 30/03 is 30 days);
 * - an internship of N months starting on S ends on plannedEnd(S, N) (see there), and
 *   durationInMonths is defined on the same steps, so the two always agree at the limit;
 * - which suspensions count (illness or maternity of 30+ days, host closure of 15+ days, per DGR
 *   85-6277) is the caller's decision: these functions count every period they are given.
 */

/** A span of calendar days, both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;
export const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

// ---------------------------------------------------------------------------------------------
// Day numbers: days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil / civil_from_days). Integer arithmetic only, valid for every 4-digit year.
// ---------------------------------------------------------------------------------------------

/** Gregorian leap year: 2028 yes, 2100 no, 2000 yes. The one formula the app uses. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (month 1–12): February has 29 in leap years (2028 yes, 2100 no, 2000 yes). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function formatIso(year: number, month: number, day: number): string {
  if (year < 0 || year > 9999) throw new RangeError(`year out of range 0000–9999: ${year}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoOf(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber);
  return formatIso(year, month, day);
}

export function parseIso(iso: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(iso);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`not a calendar date 'YYYY-MM-DD': '${iso}'`);
}

export function dayNumber(iso: string): number {
  const { year, month, day } = parseIso(iso);
  return dayNumberOf(year, month, day);
}

/** ISO weekday from a day number: day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(dayNo: number): IsoWeekday {
  return ((((dayNo % 7) + 7 + 3) % 7) + 1) as IsoWeekday;
}

function checkWholeNumber(name: string, n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`${name} must be a whole number, got ${n}`);
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** True for a real calendar date written exactly 'YYYY-MM-DD' (so '2100-02-29' and '2026-4-1' are not). */
export function isValidIsoDate(iso: string): boolean {
  try {
    parseIso(iso);
    return true;
  } catch {
    return false;
  }
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a date. */
export function isoWeekday(iso: string): IsoWeekday {
  return weekdayOf(dayNumber(iso));
}

/** The date `n` calendar days later (earlier when negative). */
export function addDays(iso: string, n: number): string {
  checkWholeNumber('days', n);
  return isoOf(dayNumber(iso) + n);
}

/**
 * Calendar days from `from` to `to`, both counted (the same day is 1): the way a suspension or an
 * internship is measured. A `to` before `from` is a mistake in the data, not an empty span.
 */
export function daysBetweenInclusive(from: string, to: string): number {
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days < 1) throw new RangeError(`'${to}' is before '${from}'`);
  return days;
}

/**
 * The same day of the month `n` months later (earlier when negative), clamped to the last day of
 * the target month when that month is shorter: 31/01 + 1 month = 28/02 (29/02 in a leap year),
 * 29/02/2028 + 12 months = 28/02/2029. Always counted from the original date, never step by step,
 * so 31/01 + 2 months is 31/03 and not 28/03.
 */
export function addMonths(iso: string, n: number): string {
  checkWholeNumber('months', n);
  const { year, month, day } = parseIso(iso);
  const monthIndex = year * 12 + (month - 1) + n;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return formatIso(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** The whole month as a period: monthPeriod(2026, 4) = 2026-04-01 … 2026-04-30. */
export function monthPeriod(year: number, month: number): Period {
  checkWholeNumber('year', year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1–12, got ${month}`);
  return { from: formatIso(year, month, 1), to: formatIso(year, month, daysInMonth(year, month)) };
}

/** Month names as Italians write them in a sentence (lower case), January first. */
export const ITALIAN_MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'] as const;

/** A month named the Italian way: italianMonth(2027, 3) = «marzo 2027». */
export function italianMonth(year: number, month: number): string {
  monthPeriod(year, month);
  return `${ITALIAN_MONTHS[month - 1]} ${year}`;
}

// ---------------------------------------------------------------------------------------------
// Public holidays
// ---------------------------------------------------------------------------------------------

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, "Meeus/Jones/Butcher"):
 * Easter Monday is a public holiday, so the planned hours of March and April depend on it.
 */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Gregorian year 1583–9999 expected, got ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIso(year, month, day);
}

/** A public holiday on a fixed date, with the name the register prints beside it. */
export interface FixedHoliday {
  /** 'MM-DD' */
  monthDay: string;
  name: string;
  /** The first year it is a holiday, when it became one (or became one again) recently. */
  fromYear?: number;
}

/**
 * Fixed national holidays (L. 260/1949 art. 2 and later laws): the one list both the dates
 * (`italianHolidays`) and the names (`holidayName`) come from.
 * 4 October, San Francesco d'Assisi, is a national holiday again from 1 January 2026
 * (L. 8/10/2025 n. 151, amending L. 260/1949 art. 2); before 2026 it was a working day.
 */
export const FIXED_NATIONAL_HOLIDAYS: readonly FixedHoliday[] = [
  { monthDay: '01-01', name: 'Capodanno' },
  { monthDay: '01-06', name: 'Epifania' },
  { monthDay: '04-25', name: 'Festa della Liberazione' },
  { monthDay: '05-01', name: 'Festa del lavoro' },
  { monthDay: '06-02', name: 'Festa della Repubblica' },
  { monthDay: '08-15', name: 'Assunzione (Ferragosto)' },
  { monthDay: '10-04', name: 'San Francesco d’Assisi', fromYear: 2026 },
  { monthDay: '11-01', name: 'Ognissanti' },
  { monthDay: '12-08', name: 'Immacolata Concezione' },
  { monthDay: '12-25', name: 'Natale' },
  { monthDay: '12-26', name: 'Santo Stefano' },
];

/** The name of Easter Monday, the one national holiday that moves. */
export const EASTER_MONDAY_NAME = 'Lunedì dell’Angelo (Pasquetta)';

/** What a comune's patron day is called on the register when its saint is not given. */
export const PATRON_DAY_NAME = 'Festa patronale';

/**
 * A comune's patron day: 'MM-DD' (24 June: '06-24'), or 'MM-Wn-d' for the n-th ISO weekday d of a
 * month (Asti's San Secondo, the first Tuesday of May: '05-W1-2'); with the saint's name when known.
 */
export type LocalHoliday = string | { rule: string; name: string };

const NTH_WEEKDAY = /^(\d{2})-W([1-5])-([1-7])$/;

/** True when `rule` is a patron-day rule this module understands ('MM-DD' or 'MM-Wn-d'). */
export function isLocalHolidayRule(rule: string): boolean {
  const nth = NTH_WEEKDAY.exec(rule);
  if (nth) return Number(nth[1]) >= 1 && Number(nth[1]) <= 12;
  const match = MONTH_DAY.exec(rule);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  // Checked against a leap year, so '02-29' is accepted and simply skipped in other years.
  return !!match && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

/** The date a local holiday falls on in `year`, or null (29 February in other years, a fifth Monday that is not there). */
function localHolidayDate(year: number, rule: string): string | null {
  if (!isLocalHolidayRule(rule)) throw new RangeError(`a local holiday is written 'MM-DD' or 'MM-Wn-d', got '${rule}'`);
  const nth = NTH_WEEKDAY.exec(rule);
  if (!nth) {
    const iso = `${String(year).padStart(4, '0')}-${rule}`;
    return isValidIsoDate(iso) ? iso : null;
  }
  const month = Number(nth[1]);
  const first = dayNumberOf(year, month, 1);
  const offset = (Number(nth[3]) - weekdayOf(first) + 7) % 7;
  const day = 1 + offset + 7 * (Number(nth[2]) - 1);
  return day <= daysInMonth(year, month) ? formatIso(year, month, day) : null;
}

/** The comune's holidays of a year with their names, in the order given. */
function localDatesOf(year: number, localHolidays: readonly LocalHoliday[]): { iso: string; name: string }[] {
  const dates: { iso: string; name: string }[] = [];
  for (const local of localHolidays) {
    const rule = typeof local === 'string' ? local : local.rule;
    const iso = localHolidayDate(year, rule);
    if (iso) dates.push({ iso, name: typeof local === 'string' || !local.name ? PATRON_DAY_NAME : `${PATRON_DAY_NAME} (${local.name})` });
  }
  return dates;
}

/** The fixed national holidays of a given year. */
function fixedHolidaysOf(year: number): FixedHoliday[] {
  return FIXED_NATIONAL_HOLIDAYS.filter((h) => h.fromYear === undefined || year >= h.fromYear);
}

/**
 * The public holidays of a year that fall on a fixed date or on Easter Monday, sorted, as ISO
 * dates: the national ones plus the comune's patron day(s) (`localHolidays`). Sundays are
 * holidays too but are not listed: the weekly schedule already says whether Sunday is worked,
 * and Easter Sunday is always a Sunday.
 */
export function italianHolidays(year: number, localHolidays: readonly LocalHoliday[] = []): string[] {
  const dates = new Set<string>([addDays(easterSunday(year), 1)]);
  for (const h of fixedHolidaysOf(year)) {
    const iso = `${String(year).padStart(4, '0')}-${h.monthDay}`;
    if (isValidIsoDate(iso)) dates.add(iso);
  }
  for (const local of localDatesOf(year, localHolidays)) dates.add(local.iso);
  // Set: when two holidays fall on one day (Easter Monday on 25 April, as in 2011) it counts once.
  return [...dates].sort();
}

/**
 * The name of a public holiday (a fixed national one, Easter Monday, or the comune's patron day),
 * or null when the date is not one. The same list as `italianHolidays`, so a named day is never
 * planned and a holiday always has a name. When two fall on one day, the national one is named.
 */
export function holidayName(iso: string, localHolidays: readonly LocalHoliday[] = []): string | null {
  const { year } = parseIso(iso);
  if (iso === addDays(easterSunday(year), 1)) return EASTER_MONDAY_NAME;
  const national = fixedHolidaysOf(year).find((h) => h.monthDay === iso.slice(5));
  if (national) return national.name;
  return localDatesOf(year, localHolidays).find((l) => l.iso === iso)?.name ?? null;
}

/** True when the date is a national holiday or one of the comune's. */
export function isHoliday(iso: string, localHolidays: readonly LocalHoliday[] = []): boolean {
  return italianHolidays(parseIso(iso).year, localHolidays).includes(iso);
}

// ---------------------------------------------------------------------------------------------
// Internship length
// ---------------------------------------------------------------------------------------------

/** plannedEnd without the "at least one month" check: months = 0 gives the day before start. */
function endAfterMonths(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/**
 * The last day of an internship of `months` months starting on `start`: the day before the same
 * day of the month `months` months later, that day being clamped to the end of a shorter month.
 * 15/01/2027 + 6 months → 14/07/2027; 01/03/2026 + 24 months → 29/02/2028.
 *
 * Month-end starts: 31/08/2026 + 6 months → addMonths gives 28/02/2027 (no 31/02), so the end is
 * 27/02/2027, the same as for a start on 28/08, 29/08 or 30/08. We keep this rule, and do not
 * stretch the end to the last day of February, because it never yields more than N months in
 * any reading, so an internship planned with it can never break the regional maximum; and
 * durationInMonths counts months with the same steps, so the planned end is exactly N months.
 */
export function plannedEnd(start: string, months: number): string {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a whole number ≥ 1, got ${months}`);
  return endAfterMonths(start, months);
}

/** Periods as day-number intervals, checked, sorted and merged where they overlap or touch. */
export function mergedIntervals(periods: readonly Period[]): [number, number][] {
  const intervals = periods.map((p): [number, number] => {
    const from = dayNumber(p.from);
    const to = dayNumber(p.to);
    if (to < from) throw new RangeError(`period ends (${p.to}) before it starts (${p.from})`);
    return [from, to];
  });
  intervals.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of intervals) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * The same days as `periods`, sorted, with overlapping or adjacent periods joined: two
 * suspensions recorded over the same days (e.g. illness, then a closure) are counted once.
 */
export function mergePeriods(periods: readonly Period[]): Period[] {
  return mergedIntervals(periods).map(([from, to]) => ({ from: isoOf(from), to: isoOf(to) }));
}

/**
 * Calendar days covered by the periods, each day counted once however many periods cover it;
 * with `within`, only the days inside it (e.g. the internship).
 */
export function suspensionDays(periods: readonly Period[], within?: Period): number {
  let lo = -Infinity;
  let hi = Infinity;
  if (within) {
    lo = dayNumber(within.from);
    hi = dayNumber(within.to);
    if (hi < lo) throw new RangeError(`period ends (${within.to}) before it starts (${within.from})`);
  }
  let days = 0;
  for (const [from, to] of mergedIntervals(periods)) {
    const a = Math.max(from, lo);
    const b = Math.min(to, hi);
    if (b >= a) days += b - a + 1;
  }
  return days;
}

/**
 * The end moved later by the suspensions (per DGR 85-6277 a qualifying suspension does not count
 * towards the duration, so the internship is recovered at the end). The internship is paused for
 * the whole of every suspension that starts while it is still running, i.e. on or before the end
 * as moved so far; so a suspension that crosses the planned end counts in full, one that starts
 * after the (moved) end does not count at all. Overlapping suspensions count once.
 * Suspensions before the start are the caller's to exclude: this function does not know the start.
 */
export function endAfterSuspensions(plannedEndDate: string, periods: readonly Period[]): string {
  let end = dayNumber(plannedEndDate);
  for (const [from, to] of mergedIntervals(periods)) {
    if (from > end) break; // sorted: every later suspension starts after the end too
    end += to - from + 1;
  }
  return isoOf(end);
}

/**
 * The effective length of an internship in months, suspended days excluded, as a number that is
 * exact at the limits: durationInMonths(s, plannedEnd(s, n), []) === n, and one day more is
 * already more than n, so "at most 6 months" is simply `<= 6`.
 *
 * Method: the suspended days inside [start, end] are taken off the end (the inverse of
 * endAfterSuspensions). Then k = the number of whole months, i.e. the largest k with
 * plannedEnd(start, k) ≤ effective end; the rest is a fraction of the next month step: the days
 * after plannedEnd(start, k) divided by the days from plannedEnd(start, k) to
 * plannedEnd(start, k + 1). 15/01/2027–14/07/2027 is 6; –15/07/2027 is 6 + 1/31.
 */
export function durationInMonths(start: string, end: string, suspensions: readonly Period[] = []): number {
  const startNo = dayNumber(start);
  const endNo = dayNumber(end);
  if (endNo < startNo) throw new RangeError(`the end (${end}) is before the start (${start})`);
  const effectiveEnd = endNo - suspensionDays(suspensions, { from: start, to: end });
  // Start from a safe underestimate (calendar months apart, less one), then step up.
  const s = parseIso(start);
  const e = civilOf(effectiveEnd);
  let months = Math.max(0, (e.year - s.year) * 12 + (e.month - s.month) - 1);
  while (dayNumber(endAfterMonths(start, months + 1)) <= effectiveEnd) months++;
  const stepStart = dayNumber(endAfterMonths(start, months));
  const stepEnd = dayNumber(endAfterMonths(start, months + 1));
  return months + (effectiveEnd - stepStart) / (stepEnd - stepStart);
}
