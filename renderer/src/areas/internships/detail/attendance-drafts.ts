/**
 * Hours typed in the attendance register and not saved yet, month by month. They live in
 * AttendanceCard, above the day grid that comes and goes («Vedi i giorni», the switch between
 * «Totale del mese» and «Giorno per giorno»), so hiding the grid or switching never loses them,
 * and the page can ask before leaving with hours not saved.
 */
import type { AttendanceMonthView } from '../../../../../shared/api/internships';
import { ApiCallError } from '../../../../../shared/api/errors';

/** The refusal of a save made on a month that someone else recorded meanwhile (its version moved on). */
export function isStaleMonth(e: unknown): e is ApiCallError {
  return e instanceof ApiCallError && e.error.code === 'CONFLICT' && e.error.details?.reason === 'stale';
}

/** What the day fields hold, as typed ('' for an emptied field), by 'YYYY-MM-DD'. */
export type TypedDays = Record<string, number | string>;

export interface MonthDraft {
  /** The month's total as typed («Totale del mese»), if it was touched. */
  total?: number | string;
  /** The days as typed («Giorno per giorno»), if they were touched. */
  days?: TypedDays;
  /**
   * Set once the draft is saved: the version the month has after that save. When the register
   * reloads with that version, the stored hours are the draft's, and the draft is dropped.
   */
  savedAs?: string | null;
}

/** The draft still to show for a month: none once the register shows what it saved. */
export function liveDraft(draft: MonthDraft | undefined, month: Pick<AttendanceMonthView, 'version'>): MonthDraft | undefined {
  return draft && (draft.savedAs === undefined || draft.savedAs !== month.version) ? draft : undefined;
}

/** The typed days that hold a number, as the contract takes them. */
export function typedDaily(typed: TypedDays): Record<string, number> {
  return Object.fromEntries(
    Object.entries(typed)
      .filter(([, v]) => v !== '' && Number.isFinite(Number(v)))
      .map(([d, v]) => [d, Number(v)]),
  );
}

function sameDaily(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

/**
 * Whether the days typed differ from the month as stored. Emptying the days of a month entered
 * day by day is a change (it clears the month); an empty grid over a month entered as a total is not.
 */
export function daysChanged(daily: Record<string, number>, month: Pick<AttendanceMonthView, 'daily'>): boolean {
  return month.daily === null ? Object.keys(daily).length > 0 : !sameDaily(daily, month.daily);
}

/** Whether the total typed differs from the month as stored (an emptied field clears the month). */
export function totalChanged(total: number | string, month: Pick<AttendanceMonthView, 'attendedHours'>): boolean {
  return total === '' ? month.attendedHours !== null : Number(total) !== month.attendedHours;
}

/** Whether anything typed for the month is not saved. */
export function draftUnsaved(draft: MonthDraft | undefined, month: AttendanceMonthView): boolean {
  const live = liveDraft(draft, month);
  if (!live) return false;
  return (live.days !== undefined && daysChanged(typedDaily(live.days), month)) || (live.total !== undefined && totalChanged(live.total, month));
}
