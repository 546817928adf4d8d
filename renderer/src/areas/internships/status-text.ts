/**
 * What a file's status says on screen. An active file whose start is still ahead has not begun:
 * it reads «In partenza il 01/03/2027» rather than «Attivo» (display only; whether it may be made
 * active that early is the core's rule). A closed file says how it ended.
 */
import type { InternshipOutcome, InternshipStatus, InterruptedBy } from '@shared/api/internship-fields';
import { INTERNSHIP_STATUS_LABELS } from '@shared/api/internship-fields';
import type { PersonSex } from '@shared/text/agreement';
import { interruptedByAgentOf, outcomeOf } from '@shared/text/person-labels';
import { formatItalianDate } from '@shared/validation/italian-time';

/** An active file that starts after `today` (ISO dates compare as text). */
export function startsLater(status: InternshipStatus, startDate: string | null, today: string): boolean {
  return status === 'attivo' && startDate !== null && startDate > today;
}

/** The status badge's words: «In partenza il 01/03/2027» before the start, the status otherwise. */
export function statusText(status: InternshipStatus, startDate: string | null, today: string): string {
  return startsLater(status, startDate, today) ? `In partenza il ${formatItalianDate(startDate!)}` : INTERNSHIP_STATUS_LABELS[status];
}

export interface ClosedFile {
  status: InternshipStatus;
  actualEndDate: string | null;
  outcome?: InternshipOutcome | null;
  interruptedBy?: InterruptedBy | null;
  interruptionReason: string | null;
  candidateSex?: PersonSex;
}

/**
 * How a closed file ended, for its header: «Concluso il 30/06/2026: assunta dall’ente ospitante»,
 * «Interrotto il 15/04/2026 dalla tirocinante: trasferimento». Null while the file is open.
 */
export function closingText(f: ClosedFile): string | null {
  const on = f.actualEndDate ? ` il ${formatItalianDate(f.actualEndDate)}` : '';
  if (f.status === 'concluso') {
    if (f.outcome === 'senza_assunzione') return `Concluso${on} senza assunzione`;
    return `Concluso${on}${f.outcome ? `: ${lowerFirst(outcomeOf(f.outcome, f.candidateSex))}` : ''}`;
  }
  if (f.status === 'interrotto') {
    const by = f.interruptedBy ? ` ${interruptedByAgentOf(f.interruptedBy, f.candidateSex)}` : '';
    return `Interrotto${on}${by}${f.interruptionReason ? `: ${f.interruptionReason}` : ''}`;
  }
  return null;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
