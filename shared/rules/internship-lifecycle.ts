/**
 * The life of an internship file. As for needs and proposals, one table of allowed moves read by
 * the UI (which offers only these) and by the core (which refuses the others), plus the guards a
 * move needs: what must be recorded before the file can take that step.
 */
import { addDays, daysBetweenInclusive } from './calendar';
import { PIEDMONT_DEFAULT_RULES } from './internship-rules';
import { formatItalianDate } from '../validation/italian-time';
import { absenceNotSuspensionMessage, suspensionQualifies, type SuspensionReason, type SuspensionThresholds } from './suspensions';

export const INTERNSHIP_STATUSES = ['bozza', 'in_firma', 'attivo', 'sospeso', 'concluso', 'interrotto'] as const;
export type InternshipStatus = (typeof INTERNSHIP_STATUSES)[number];

export const INTERNSHIP_STATUS_LABELS: Record<InternshipStatus, string> = {
  bozza: 'Bozza',
  in_firma: 'In firma',
  attivo: 'Attivo',
  sospeso: 'Sospeso',
  concluso: 'Concluso',
  interrotto: 'Interrotto',
};

export const INTERNSHIP_OUTCOMES = ['assunto_ente', 'assunto_altrove', 'senza_assunzione'] as const;
export type InternshipOutcome = (typeof INTERNSHIP_OUTCOMES)[number];
export const INTERNSHIP_OUTCOME_LABELS: Record<InternshipOutcome, string> = {
  assunto_ente: 'Assunto dall’ente ospitante',
  assunto_altrove: 'Assunto altrove',
  senza_assunzione: 'Concluso senza assunzione',
};

/** Who ended an internship early. */
export const INTERRUPTED_BY = ['tirocinante', 'ente_ospitante', 'promotore'] as const;
export type InterruptedBy = (typeof INTERRUPTED_BY)[number];
export const INTERRUPTED_BY_LABELS: Record<InterruptedBy, string> = {
  tirocinante: 'Il tirocinante',
  ente_ospitante: 'L’ente ospitante',
  promotore: 'Il soggetto promotore',
};

/**
 * A file in signature can go back to draft (a party asks for a change); an active one is
 * suspended and resumed; concluded and interrupted files are final.
 */
const NEXT: Record<InternshipStatus, readonly InternshipStatus[]> = {
  bozza: ['in_firma'],
  in_firma: ['bozza', 'attivo'],
  attivo: ['sospeso', 'concluso', 'interrotto'],
  sospeso: ['attivo', 'interrotto'],
  concluso: [],
  interrotto: [],
};

export function nextInternshipStatuses(from: InternshipStatus): readonly InternshipStatus[] {
  return NEXT[from];
}

/** What the file holds (or the move brings) that the guards look at. */
export interface InternshipMoveFacts {
  /** 'YYYY-MM-DD' */
  startDate: string | null;
  plannedEndDate: string | null;
  noticeDate: string | null;
  noticeNumber: string | null;
  /** For "concluso". */
  outcome: InternshipOutcome | null;
  /** For "interrotto". */
  interruptedBy: InterruptedBy | null;
  interruptionReason: string | null;
  /** For "concluso" and "interrotto": the real last day. */
  actualEndDate: string | null;
  /** For "sospeso": the reason of the suspension being opened, its first day and its expected last day. */
  suspensionReason: SuspensionReason | null;
  suspensionFrom?: string | null;
  suspensionTo?: string | null;
  /** The shortest suspensions of the rule set in force (30 and 15 days by default). */
  suspensionThresholds?: SuspensionThresholds;
  /** Share of a month's planned hours that earns the full allowance (0.7), named in the refusal of a short suspension. */
  attendanceThreshold?: number;
  /** For "in firma": the host tutor's codice fiscale (their load of interns is checked on it). */
  hostTutorTaxCode?: string | null;
  /** 'YYYY-MM-DD' in Italy: notices and ends cannot be in the future. */
  today?: string;
  /** A coordinator waived the notice deadline (the notice was filed late). */
  lateNoticeWaived?: boolean;
  /** Days before the start the notice is due (the rule set in force; 1 by default). */
  noticeDaysBeforeStart?: number;
}

/** The last day the mandatory notice (UNILAV) may be filed for an internship starting on `startDate`. */
export function noticeDeadline(startDate: string, daysBefore = 1): string {
  return addDays(startDate, -daysBefore);
}

export interface MoveProblem {
  message: string;
  /** The field to fix, for the form. */
  field: keyof InternshipMoveFacts | 'to';
}

export { SUSPENSION_REASONS, SUSPENSION_REASON_LABELS, type SuspensionReason } from './suspensions';

/** Null when the move is allowed; otherwise the first thing missing, in Italian, with the field to fix. */
export function internshipMoveProblem(from: InternshipStatus, to: InternshipStatus, f: InternshipMoveFacts): MoveProblem | null {
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].map((s) => `«${INTERNSHIP_STATUS_LABELS[s]}»`);
    const message =
      from === to
        ? `Il tirocinio è già «${INTERNSHIP_STATUS_LABELS[to]}».`
        : allowed.length === 0
          ? `Un tirocinio «${INTERNSHIP_STATUS_LABELS[from]}» non cambia più stato.`
          : `Da «${INTERNSHIP_STATUS_LABELS[from]}» si può passare solo a ${allowed.join(', ')}.`;
    return { message, field: 'to' };
  }
  if (to === 'in_firma') {
    if (!f.startDate) return { message: 'Indica la data di inizio prima di mandare il tirocinio in firma.', field: 'startDate' };
    if (!f.plannedEndDate) return { message: 'Indica la data di fine prevista prima di mandare il tirocinio in firma.', field: 'plannedEndDate' };
    if (f.hostTutorTaxCode === null || f.hostTutorTaxCode === '') {
      return { message: 'Indica il codice fiscale del tutor dell’ospitante: serve a contare i tirocinanti che segue.', field: 'hostTutorTaxCode' };
    }
  }
  if (to === 'attivo' && from === 'in_firma') {
    // The intern starts on the start date: before it the file waits in signature (DOMAIN.md, the file's life).
    if (f.today && f.startDate && f.today < f.startDate) {
      return { message: `Il tirocinio comincia il ${formatItalianDate(f.startDate)}: si avvia da quel giorno, non prima.`, field: 'to' };
    }
    if (!f.noticeDate || !f.noticeNumber?.trim()) {
      return { message: 'Registra la comunicazione obbligatoria (data e numero) prima di avviare il tirocinio.', field: 'noticeDate' };
    }
    if (f.today && f.noticeDate > f.today) return { message: 'La data della comunicazione obbligatoria non può essere futura.', field: 'noticeDate' };
    // The notice is due by the day before the start (DOMAIN.md, "Mandatory notice"); a late one needs a coordinator's waiver.
    if (f.startDate && f.noticeDate > noticeDeadline(f.startDate, f.noticeDaysBeforeStart) && !f.lateNoticeWaived) {
      return { message: 'La comunicazione obbligatoria va fatta entro il giorno prima dell’inizio del tirocinio.', field: 'noticeDate' };
    }
  }
  if (to === 'sospeso') {
    if (!f.suspensionReason?.trim()) return { message: 'Indica il motivo della sospensione.', field: 'suspensionReason' };
    if (f.suspensionFrom && f.startDate && f.suspensionFrom < f.startDate) {
      return { message: 'La sospensione non può cominciare prima del tirocinio.', field: 'suspensionFrom' };
    }
    if (f.suspensionFrom && f.today && f.suspensionFrom > f.today) {
      return { message: 'La sospensione si registra dal giorno in cui comincia, non prima.', field: 'suspensionFrom' };
    }
    const problem = shortSuspensionProblem(f);
    if (problem) return problem;
  }
  if (to === 'concluso') {
    if (!f.outcome) return { message: 'Indica l’esito del tirocinio.', field: 'outcome' };
    if (!f.actualEndDate) return { message: 'Indica la data di fine effettiva.', field: 'actualEndDate' };
  }
  if (to === 'interrotto') {
    if (!f.interruptedBy) return { message: 'Indica chi ha interrotto il tirocinio.', field: 'interruptedBy' };
    if (!f.interruptionReason?.trim()) return { message: 'Indica il motivo dell’interruzione.', field: 'interruptionReason' };
    if (!f.actualEndDate) return { message: 'Indica l’ultimo giorno di tirocinio.', field: 'actualEndDate' };
    if (f.plannedEndDate && f.actualEndDate > f.plannedEndDate) {
      return { message: 'Un tirocinio interrotto finisce prima della fine prevista: per arrivare in fondo concludilo.', field: 'actualEndDate' };
    }
  }
  if ((to === 'concluso' || to === 'interrotto') && f.actualEndDate && f.today && f.actualEndDate > f.today) {
    return { message: 'La data di fine effettiva non può essere futura.', field: 'actualEndDate' };
  }
  if ((to === 'concluso' || to === 'interrotto') && f.actualEndDate && f.startDate && f.actualEndDate < f.startDate) {
    return { message: 'La data di fine effettiva non può precedere l’inizio del tirocinio.', field: 'actualEndDate' };
  }
  return null;
}

/**
 * A «sospensione» needs its expected last day, so its length is known: shorter than the rule set's
 * minimum for its reason (or for another reason altogether) it is an absence, refused here with
 * the sentence that says to enter the days in the month's attendance.
 */
function shortSuspensionProblem(f: InternshipMoveFacts): MoveProblem | null {
  if (!f.suspensionReason) return null;
  if (!f.suspensionTo) {
    return { message: 'Indica fino a quando è prevista la sospensione: serve a capire se è una sospensione o un’assenza.', field: 'suspensionTo' };
  }
  // Without a first day the suspension starts today (as the core records it).
  const from = f.suspensionFrom ?? f.today;
  if (!from) return null;
  if (f.suspensionTo < from) return { message: 'La fine prevista della sospensione non può precedere l’inizio.', field: 'suspensionTo' };
  const thresholds = f.suspensionThresholds ?? PIEDMONT_DEFAULT_RULES.suspension;
  const period = { from, to: f.suspensionTo };
  if (suspensionQualifies(f.suspensionReason, daysBetweenInclusive(period.from, period.to), thresholds)) return null;
  const attendance = f.attendanceThreshold ?? PIEDMONT_DEFAULT_RULES.allowance.attendanceThreshold;
  const message = absenceNotSuspensionMessage(f.suspensionReason, period, thresholds, attendance);
  return { message, field: f.suspensionReason === 'altro' ? 'suspensionReason' : 'suspensionTo' };
}
