/**
 * Whether a document can be generated now, and if not, each thing to fix with where to fix it.
 * Pure: the core refuses a generation with this list, and the documents tab shows the same list
 * before anyone clicks. What a document can do without (a PEC, an ATECO code) is printed as "—" or a
 * line to fill by hand; what it cannot (dates, the schedule, who signs) is listed here.
 */
import type { InternshipStatus } from '../rules/internship-lifecycle';
import { agree } from '../text/agreement';
import type { DocumentContext } from './context';

/** Where the desk fixes a missing item: the file's form, the host, the person, or the settings. */
export type FixPlace = 'tirocinio' | 'associazione' | 'candidato' | 'impostazioni' | 'presenze';

export interface DocumentProblem {
  message: string;
  place: FixPlace;
  /**
   * The field to fix, when there is one (the form scrolls to it); 'status' when the document only
   * comes at a later step of the file (the register after the start, the certificate at the end).
   */
  field: string | null;
}

export interface ReadinessFacts {
  status: InternshipStatus;
  deleted: boolean;
  /** Messages of the blocking findings not waived. */
  blockingFindings: readonly string[];
  /** True when the person's target category is hidden from the one generating. */
  categoryHidden: boolean;
}

const STARTED: readonly InternshipStatus[] = ['attivo', 'sospeso', 'concluso', 'interrotto'];

function missing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

export function documentProblems(ctx: DocumentContext, facts: ReadinessFacts): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const need = (value: unknown, message: string, place: FixPlace, field: string | null) => {
    if (missing(value)) problems.push({ message, place, field });
  };
  if (facts.deleted) return [{ message: 'La pratica è stata eliminata: ripristinala prima di preparare documenti.', place: 'tirocinio', field: null }];

  const { internship: t, host, intern, promoter } = ctx;
  if (ctx.kind === 'convenzione' || ctx.kind === 'pfi') {
    for (const message of facts.blockingFindings) problems.push({ message: `Verifica bloccante: ${message}`, place: 'tirocinio', field: null });
    need(promoter.legalRepName, 'Manca il legale rappresentante del soggetto promotore, che firma.', 'impostazioni', 'promoter.legalRepName');
    need(host.legalRepName, 'Manca il legale rappresentante dell’associazione ospitante, che firma.', 'associazione', 'legalRepName');
    need(t.startDate, 'Manca la data di inizio del tirocinio.', 'tirocinio', 'startDate');
    need(t.plannedEndDate, 'Manca la data di fine prevista.', 'tirocinio', 'plannedEndDate');
  }
  if (ctx.kind === 'pfi') {
    if (facts.categoryHidden) {
      problems.push({ message: 'Il progetto formativo riporta la categoria tutelata della persona: lo prepara un coordinatore.', place: 'tirocinio', field: null });
    }
    need(intern.residence, agree(intern.sex, 'Manca la residenza del/della tirocinante.'), 'candidato', 'resAddress');
    need(t.schedule, 'Manca l’orario settimanale.', 'tirocinio', 'weeklySchedule');
    need(t.promoterTutor.name, 'Manca il tutor del soggetto promotore.', 'tirocinio', 'promoterTutorId');
    // The PFI prints both tutors with their codice fiscale and role (DOMAIN.md «Progetto Formativo
    // Individuale»): the promoter's are the office's settings per operator, not the file's.
    if (t.promoterTutor.name && (missing(t.promoterTutor.taxCode) || missing(t.promoterTutor.role))) {
      const what = [missing(t.promoterTutor.taxCode) ? 'il codice fiscale' : null, missing(t.promoterTutor.role) ? 'il ruolo' : null].filter((w) => w !== null);
      const [verb, it] = what.length > 1 ? ['Mancano', 'indicali'] : ['Manca', 'indicalo'];
      problems.push({
        message: `${verb} ${what.join(' e ')} del tutor del soggetto promotore (${t.promoterTutor.name.trim()}): ${it} in Impostazioni, sezione «Tutor del soggetto promotore».`,
        place: 'impostazioni',
        field: 'promoterTutors',
      });
    }
    need(t.hostTutor.name, 'Manca il nome del tutor dell’ospitante.', 'tirocinio', 'hostTutorName');
    need(t.hostTutor.taxCode, 'Manca il codice fiscale del tutor dell’ospitante.', 'tirocinio', 'hostTutorTaxCode');
    need(t.goals, 'Mancano gli obiettivi formativi.', 'tirocinio', 'goals');
    need(t.activities, 'Mancano le attività previste.', 'tirocinio', 'activities');
    need(t.monthlyAllowanceCents, 'Manca l’indennità mensile.', 'tirocinio', 'monthlyAllowance');
    need(t.fundingText, 'Manca chi finanzia l’indennità.', 'tirocinio', 'funding');
  }
  if (ctx.kind === 'registro') {
    if (!STARTED.includes(facts.status)) problems.push({ message: 'Il registro presenze si prepara da quando il tirocinio è avviato.', place: 'tirocinio', field: 'status' });
    need(t.schedule, 'Manca l’orario settimanale.', 'tirocinio', 'weeklySchedule');
    if (!ctx.register) problems.push({ message: 'Scegli un mese compreso nel periodo del tirocinio.', place: 'presenze', field: null });
  }
  if (ctx.kind === 'attestazione') {
    // Also an interrupted file that reached the share of the whole planned hours (DOMAIN.md «Final certificate»).
    if (facts.status !== 'concluso' && facts.status !== 'interrotto') {
      problems.push({ message: 'L’attestazione finale si rilascia quando il tirocinio è concluso.', place: 'tirocinio', field: 'status' });
      return problems;
    }
    const totals = ctx.totals;
    if (totals && totals.monthsMissing.length > 0) {
      const months = totals.monthsMissing.join(', ');
      problems.push({ message: `Mancano le ore svolte di ${months}: registrale nelle presenze.`, place: 'presenze', field: null });
    } else if (!totals || totals.attendance === null) {
      problems.push({ message: 'Mancano le ore svolte: registrale nelle presenze.', place: 'presenze', field: null });
    } else if (!totals.certificateReachable) {
      const percent = Math.round(t.finalCertificateAttendance * 100);
      problems.push({ message: `La presenza complessiva è sotto il ${percent}% delle ore previste: l’attestazione finale non si rilascia.`, place: 'presenze', field: null });
    }
  }
  return problems;
}

/** The file's address for a place, to link each problem to the screen that fixes it. */
export function fixLink(place: FixPlace, ids: { internshipId: string; associationId: string; candidateId: string }): string {
  switch (place) {
    case 'tirocinio':
      return `/tirocini/${ids.internshipId}/modifica`;
    case 'presenze':
      return `/tirocini/${ids.internshipId}?scheda=presenze`;
    case 'associazione':
      return `/associazioni/${ids.associationId}/modifica`;
    case 'candidato':
      return `/candidati/${ids.candidateId}/modifica`;
    case 'impostazioni':
      return '/impostazioni';
  }
}
