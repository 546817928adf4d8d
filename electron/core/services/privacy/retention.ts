/**
 * The retention rules both the erasure and the «Da rivedere» list apply (decisions 0025, 0027), in
 * one place so the list never offers what the erasure would refuse, and says why in the same words.
 */
import type { RetentionPeriods } from '@shared/api/settings';
import { INTERNSHIP_STATUS_LABELS, type InternshipStatus } from '@shared/rules/internship-lifecycle';
import { addDays, addMonths } from '@shared/rules/calendar';
import { count } from '@shared/text/plural';
import { formatItalianDate } from '@shared/validation/italian-time';

/** A file in these states is still being worked on: its person cannot be erased. */
export const RUNNING: readonly InternshipStatus[] = ['bozza', 'in_firma', 'attivo', 'sospeso'];
/** A file in these states has begun: its person is no longer «senza tirocinio». */
export const STARTED_RUNNING: readonly InternshipStatus[] = ['attivo', 'sospeso'];
/** A file in these states is over: its documents are kept for the years of the setting from its end. */
export const ENDED: readonly InternshipStatus[] = ['concluso', 'interrotto'];

/** One live (not deleted) file of the person, with its end: actual, else planned, else the last status change. */
export interface PersonFile {
  number: string;
  status: InternshipStatus;
  endDate: string | null;
}

/** 'YYYY-MM-DD' plus whole years (29 February → 28 February in a common year). */
export function addYears(iso: string, years: number): string {
  return addMonths(iso.slice(0, 10), years * 12);
}

/** Why the person cannot be erased yet, in Italian; null when nothing stands in the way. */
export function erasureBlockFor(files: readonly PersonFile[], years: number, today: string): string | null {
  const running = files.filter((f) => RUNNING.includes(f.status));
  if (running.length > 0) {
    const list = running.map((f) => `${f.number} (${INTERNSHIP_STATUS_LABELS[f.status].toLowerCase()})`).join(', ');
    return `Non si può anonimizzare: la pratica di tirocinio ${list} è ancora aperta. Concludila o eliminala prima.`;
  }
  const kept = files
    .map((f) => ({ ...f, until: addYears(f.endDate ?? today, years) }))
    .filter((f) => f.until > today)
    .sort((a, b) => (a.until < b.until ? 1 : -1));
  if (kept.length > 0) {
    const last = kept[0]!;
    return `Non si può anonimizzare: i documenti della pratica ${last.number} vanno conservati per ${count(years, 'anno', 'anni')} dalla conclusione, fino al ${formatItalianDate(last.until)} (Impostazioni › Privacy).`;
  }
  return null;
}

/**
 * The days that decide, on `day`, who is past the periods: a person is due when their last
 * activity is before `activityBefore` (so at least the months of the setting ago) and their
 * last file ended on or before `filesEndedBy` (so at least the years of the setting ago).
 * Counted back from the day with the calendar's months, as the erasure counts forward.
 */
export function retentionCutoffs(day: string, periods: RetentionPeriods): { activityBefore: string; filesEndedBy: string } {
  return {
    activityBefore: addDays(addMonths(day, -periods.candidateMonths), 1),
    filesEndedBy: addMonths(day, -periods.internshipYears * 12),
  };
}

/** The day a person became due: the later of the end of the profile's period and of the documents' one. */
export function dueSince(lastActivity: string, lastEnd: string | null, periods: RetentionPeriods): string {
  const profile = addMonths(lastActivity, periods.candidateMonths);
  if (lastEnd === null) return profile;
  const documents = addYears(lastEnd, periods.internshipYears);
  return documents > profile ? documents : profile;
}
