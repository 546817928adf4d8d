/**
 * The attendance register day by day: each day of a month with the hours the weekly schedule plans
 * on it (none on rest days, public holidays, suspended days and days outside the internship, each
 * with its reason), the checks on hours typed per day, and their exact sum. The day grid on screen,
 * the core that stores the days and the Registro presenze all read the month from here, and the
 * planned hours of the days always add up to `plannedHoursInMonth`.
 */
import { dayNumber, holidayName, isValidIsoDate, isoOf, italianHolidays, italianMonth, mergedIntervals, monthPeriod, weekdayOf, type IsoWeekday, type Period } from './calendar';
import { plannedHoursInMonth, type PlannedHoursOptions, type WeeklySchedule } from './working-hours';
import { formatItalianDate } from '../validation/italian-time';

/**
 * Why a day plans the hours it does, checked in this order:
 * - `fuori`: before the start or after the end of the internship;
 * - `sospeso`: inside a suspension;
 * - `festivo`: a national or local public holiday (even on a day the schedule does not work);
 * - `riposo`: the schedule plans no hours on that weekday;
 * - `lavorativo`: the schedule's hours.
 */
export const DAY_KINDS = ['lavorativo', 'riposo', 'festivo', 'sospeso', 'fuori'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export interface PlannedDay {
  /** 'YYYY-MM-DD' */
  date: string;
  weekday: IsoWeekday;
  kind: DayKind;
  /** Hours planned on the day: the schedule's on a working day, 0 otherwise. */
  plannedHours: number;
  /** The holiday's Italian name on a `festivo` day, otherwise null. */
  holiday: string | null;
}

/** Weekday abbreviations as the register prints them, 1 = lunedì. */
export const WEEKDAY_SHORT: Readonly<Record<IsoWeekday, string>> = { 1: 'lun', 2: 'mar', 3: 'mer', 4: 'gio', 5: 'ven', 6: 'sab', 7: 'dom' };

/** What a greyed day says on the grid and on the register. */
export const DAY_KIND_LABELS: Readonly<Record<DayKind, string>> = {
  lavorativo: 'Giorno lavorativo',
  riposo: 'Non lavorativo',
  festivo: 'Festivo',
  sospeso: 'Sospeso',
  fuori: 'Fuori dal tirocinio',
};

/** The name of a public holiday, or null: calendar.ts holds the one list of holidays and names. */
export { holidayName };

export interface MonthRefLike {
  year: number;
  /** 1–12 */
  month: number;
}

/**
 * Every day of a calendar month with the hours planned on it for an internship over `internship`
 * (its start and current end). The planned hours of the days add up, to the hundredth, to
 * `plannedHoursInMonth` for the same month and options.
 */
export function plannedDaysInMonth(schedule: WeeklySchedule, ref: MonthRefLike, internship: Period, options: PlannedHoursOptions = {}): PlannedDay[] {
  // Checks the schedule and the periods the same way the monthly total does.
  plannedHoursInMonth(schedule, ref.year, ref.month, internship, options);
  const month = monthPeriod(ref.year, ref.month);
  const start = dayNumber(internship.from);
  const end = dayNumber(internship.to);
  const suspended = mergedIntervals(options.suspensions ?? []);
  const holidays = new Set(italianHolidays(ref.year, options.localHolidays ?? []));
  const days: PlannedDay[] = [];
  for (let day = dayNumber(month.from); day <= dayNumber(month.to); day++) {
    const date = isoOf(day);
    const weekday = weekdayOf(day);
    const base = { date, weekday, plannedHours: 0, holiday: null };
    if (day < start || day > end) days.push({ ...base, kind: 'fuori' });
    else if (suspended.some(([a, b]) => day >= a && day <= b)) days.push({ ...base, kind: 'sospeso' });
    else if (holidays.has(date)) days.push({ ...base, kind: 'festivo', holiday: holidayName(date, options.localHolidays) });
    else if (schedule[weekday] === 0) days.push({ ...base, kind: 'riposo' });
    else days.push({ ...base, kind: 'lavorativo', plannedHours: Math.round(schedule[weekday] * 100) / 100 });
  }
  return days;
}

/** The reason a day plans no hours, for the grid and the register: «Festivo: Natale», «Sospeso». */
export function dayReason(day: PlannedDay): string | null {
  if (day.kind === 'lavorativo') return null;
  if (day.kind === 'festivo') return day.holiday ?? DAY_KIND_LABELS.festivo;
  return DAY_KIND_LABELS[day.kind];
}

/** Hours as hundredths; every sum of days is made on them, so 7.2 × 20 is exactly 144. */
export function centiHours(hours: number): number {
  return Math.round(hours * 100);
}

/** The month's total from hours typed per day, exact to the hundredth. */
export function sumDailyHours(daily: Readonly<Record<string, number>>): number {
  return Object.values(daily).reduce((sum, hours) => sum + centiHours(hours), 0) / 100;
}

/** The most hours a day can hold. */
export const MAX_DAY_HOURS = 24;

export interface DailyIssue {
  /** 'YYYY-MM-DD' as typed (not always a real date). */
  date: string;
  /** `error`: refused; `warning`: accepted, but the desk should look (hours made up on a holiday). */
  severity: 'error' | 'warning';
  message: string;
}

const dayLabel = (iso: string) => (isValidIsoDate(iso) ? formatItalianDate(iso) : iso);

/**
 * Checks hours typed per day against the month's planned days (from `plannedDaysInMonth`):
 * - refused: a date that is not a day of this month, a day outside the internship, hours on a
 *   suspended day, hours below 0 or above 24, or more than two decimals;
 * - accepted with a warning: hours on a rest day or a public holiday (interns sometimes make up
 *   hours), and hours on a day after `today`, not lived yet.
 * Messages name the day the Italian way (15/03/2027). Errors come first, then by date.
 */
export function checkDailyHours(days: readonly PlannedDay[], daily: Readonly<Record<string, number>>, today?: string): DailyIssue[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const issues: DailyIssue[] = [];
  const error = (date: string, message: string) => issues.push({ date, severity: 'error', message });
  const warning = (date: string, message: string) => issues.push({ date, severity: 'warning', message });
  for (const [date, hours] of Object.entries(daily)) {
    const day = byDate.get(date);
    const label = dayLabel(date);
    if (!day) {
      const first = days[0]?.date;
      error(date, isValidIsoDate(date) ? `Il ${label} non è un giorno di ${first ? italianMonth(Number(first.slice(0, 4)), Number(first.slice(5, 7))) : 'questo mese'}.` : `«${date}» non è una data valida.`);
      continue;
    }
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > MAX_DAY_HOURS) {
      error(date, `Il ${label}: le ore devono essere tra 0 e ${MAX_DAY_HOURS}.`);
      continue;
    }
    if (Math.abs(hours * 100 - centiHours(hours)) > 1e-6) {
      error(date, `Il ${label}: al massimo due decimali (${String(hours).replace('.', ',')}).`);
      continue;
    }
    if (day.kind === 'fuori') {
      error(date, `Il ${label} è fuori dal periodo del tirocinio.`);
      continue;
    }
    if (hours === 0) continue;
    if (day.kind === 'sospeso') error(date, `Il ${label} il tirocinio è sospeso: non si registrano ore.`);
    else if (day.kind === 'festivo') warning(date, `Il ${label} è festivo (${day.holiday ?? 'festa'}): ore di recupero?`);
    else if (day.kind === 'riposo') warning(date, `Il ${label} l’orario non prevede ore: ore di recupero?`);
    if (today !== undefined && date > today) warning(date, `Il ${label} non è ancora passato.`);
  }
  const rank = (i: DailyIssue) => (i.severity === 'error' ? 0 : 1);
  return issues.sort((a, b) => rank(a) - rank(b) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The hours of a month as planned: every working day at its planned hours ("Compila come previsto"). */
export function asPlanned(days: readonly PlannedDay[], upTo?: string): Record<string, number> {
  return Object.fromEntries(days.filter((d) => d.kind === 'lavorativo' && (upTo === undefined || d.date <= upTo)).map((d) => [d.date, d.plannedHours]));
}

/** Every hour of every day counts as planned: only the shape of typed days is left to check. */
const EVERY_DAY = { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1 } as const;

/**
 * The checks on typed days that need nothing but the month (the contract runs them on every
 * input): real dates of that month, 0–24 hours, two decimals at most.
 */
export function checkDailyShape(ref: MonthRefLike, daily: Readonly<Record<string, number>>): DailyIssue[] {
  const days = plannedDaysInMonth(EVERY_DAY, ref, monthPeriod(ref.year, ref.month));
  return checkDailyHours(days, daily).filter((i) => i.severity === 'error');
}
