/**
 * Hours of an internship: the weekly schedule, and the hours it plans over a period or a month
 * with public holidays and suspended days taken out — the base of the 70% attendance rule.
 * Built on the exact day arithmetic of `calendar.ts`.
 */
import { dayNumber, isoOf, italianHolidays, mergedIntervals, monthPeriod, parseIso, weekdayOf, WEEKDAYS, type IsoWeekday, type LocalHoliday, type Period } from './calendar';

/** Hours planned on each ISO weekday (1 = Monday), e.g. Monday–Friday 8 hours, weekend 0. */
export type WeeklySchedule = Record<IsoWeekday, number>;

export interface PlannedHoursOptions {
  /** Days on which the internship is suspended: no hours are planned on them. */
  suspensions?: readonly Period[];
  /** The comune's patron day(s) as 'MM-DD', e.g. '06-24' (San Giovanni) for Torino. */
  localHolidays?: readonly LocalHoliday[];
}

function checkSchedule(schedule: WeeklySchedule): void {
  for (const weekday of WEEKDAYS) {
    const hours = schedule[weekday];
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 24) {
      throw new RangeError(`hours on weekday ${weekday} must be 0–24, got ${String(hours)}`);
    }
  }
}

/** Hours in a week of the schedule (Monday–Friday 8 hours → 40): what the CCNL limit is checked against. */
export function weeklyHours(schedule: WeeklySchedule): number {
  checkSchedule(schedule);
  // Summed in hundredths, so 9.02 + 11.66 + … is exactly 40, not 40.00000000000001.
  return WEEKDAYS.reduce((sum, weekday) => sum + Math.round(schedule[weekday] * 100), 0) / 100;
}

/**
 * Hours planned over the days of `period`: each day gives its weekday's hours, except public
 * holidays (national and local) and suspended days, which give none. A holiday on a day the
 * schedule does not work (25/04/2026 is a Saturday) changes nothing: it is not recovered on
 * another day. This is the base of the 70% attendance rule, so it must match the real calendar.
 */
export function plannedHours(schedule: WeeklySchedule, period: Period, options: PlannedHoursOptions = {}): number {
  checkSchedule(schedule);
  const from = dayNumber(period.from);
  const to = dayNumber(period.to);
  if (to < from) throw new RangeError(`period ends (${period.to}) before it starts (${period.from})`);
  const suspended = mergedIntervals(options.suspensions ?? []);
  const holidays = new Set<string>();
  for (let year = parseIso(period.from).year; year <= parseIso(period.to).year; year++) {
    for (const iso of italianHolidays(year, options.localHolidays ?? [])) holidays.add(iso);
  }
  let hours = 0;
  for (let day = from; day <= to; day++) {
    const dayHours = schedule[weekdayOf(day)];
    if (dayHours === 0) continue;
    if (suspended.some(([a, b]) => day >= a && day <= b)) continue;
    if (holidays.has(isoOf(day))) continue;
    hours += Math.round(dayHours * 100);
  }
  // Counted in hundredths of an hour: sums of 7.2 h days stay exact.
  return hours / 100;
}

/**
 * Hours planned in one calendar month (month 1–12) of an internship: only the month's days that
 * fall inside `internship` count, so the first and last months are partial. This is the "month's
 * planned hours" against which the allowance's 70% attendance is checked. 0 when the internship
 * has no day in that month.
 */
export function plannedHoursInMonth(schedule: WeeklySchedule, year: number, month: number, internship: Period, options: PlannedHoursOptions = {}): number {
  const monthDays = monthPeriod(year, month);
  if (dayNumber(internship.to) < dayNumber(internship.from)) throw new RangeError(`the internship ends (${internship.to}) before it starts (${internship.from})`);
  const from = Math.max(dayNumber(monthDays.from), dayNumber(internship.from));
  const to = Math.min(dayNumber(monthDays.to), dayNumber(internship.to));
  if (to < from) {
    checkSchedule(schedule);
    return 0;
  }
  return plannedHours(schedule, { from: isoOf(from), to: isoOf(to) }, options);
}
