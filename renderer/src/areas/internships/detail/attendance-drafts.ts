/**
 * Hours typed in the attendance register and not saved yet, month by month. They live in
 * AttendanceCard, above the day grid that comes and goes («Vedi i giorni», the switch between
 * «Totale del mese» and «Giorno per giorno»), so hiding the grid or switching never loses them,
 * and the page can ask before leaving with hours not saved.
 *
 * The register is refetched whenever anything is saved anywhere (decision 0018), so a draft never
 * follows the month as stored: it keeps what was typed and the version it was typed on, and only
 * its own save (or «Ricarica», after a refusal) ends it.
 */
import type { AttendanceMonthView } from '@shared/api/internships';
import { ApiCallError } from '@shared/api/errors';

/** The refusal of a save made on a month that someone else recorded meanwhile (its version moved on). */
export function isStaleMonth(e: unknown): e is ApiCallError {
  return e instanceof ApiCallError && e.error.code === 'CONFLICT' && e.error.details?.reason === 'stale';
}

/** What the day fields hold, as typed ('' for an emptied field), by 'YYYY-MM-DD'. */
export type TypedDays = Record<string, number | string>;

export interface MonthDraft {
  /**
   * The month's version when the first hour was typed: the save sends it, so hours recorded
   * meanwhile elsewhere and brought in by a refetch are refused as stale, never overwritten.
   */
  typedOn: string | null;
  /** The month's total as typed («Totale del mese»), if it was touched. */
  total?: number | string;
  /** The days as typed («Giorno per giorno»), if they were touched. */
  days?: TypedDays;
  /**
   * Set once the draft is saved: the version the month has after that save. When the register
   * shows that version, the stored hours are the draft's, and the draft is dropped.
   */
  savedAs?: string | null;
}

/** The draft still to show for a month: none once the register shows what it saved. */
export function liveDraft(draft: MonthDraft | undefined, month: Pick<AttendanceMonthView, 'version'>): MonthDraft | undefined {
  return draft && (draft.savedAs === undefined || draft.savedAs !== month.version) ? draft : undefined;
}

/** A month's draft to type into: the live one, or a new one on the version shown now. */
export function draftToType(draft: MonthDraft | undefined, month: Pick<AttendanceMonthView, 'version'>): MonthDraft {
  return liveDraft(draft, month) ?? { typedOn: month.version };
}

/** The version a save of the month sends: the one its hours were typed on, or the one shown when nothing was typed. */
export function versionToSend(draft: MonthDraft | undefined, month: Pick<AttendanceMonthView, 'version'>): string | null {
  return draft ? draft.typedOn : month.version;
}

/**
 * The drafts without those the register now shows as saved. Dropped for good, not only hidden:
 * a later refetch bringing a newer version (a colleague's save, a month closed) must not bring
 * back hours typed and already saved. The same object when nothing is dropped.
 */
export function withoutSaved(drafts: Record<string, MonthDraft>, months: readonly Pick<AttendanceMonthView, 'month' | 'version'>[]): Record<string, MonthDraft> {
  const done = months.filter((m) => drafts[m.month] && !liveDraft(drafts[m.month], m)).map((m) => m.month);
  if (done.length === 0) return drafts;
  const rest = { ...drafts };
  for (const key of done) delete rest[key];
  return rest;
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
