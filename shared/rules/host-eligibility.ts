/**
 * The host's eligibility and the person's prior work with the host (DOMAIN.md «Host eligibility»,
 * «Person»), and the reminder of the Region's «Portale Tirocini». Pure: the checker reads them,
 * with the numbers of the rule set, so a coordinator changes a period without a new version.
 */
import { formatItalianDate } from '../validation/italian-time';
import { addMonths } from './calendar';
import { count } from '../text/plural';

/** The periods these checks use, kept in the rule set: the sources reached were secondary (decision 0015). */
export interface EligibilityRule {
  /** A host's declaration counts for this many months before the file's start; an older one is renewed. */
  declarationValidMonths: number;
  /** The previous months the host declares no collective dismissals nor wage integration (CIG) for the same roles. */
  layoffMonths: number;
  /** The previous months the person must not have worked for the host. */
  priorWorkMonths: number;
}

export const PIEDMONT_ELIGIBILITY: EligibilityRule = {
  declarationValidMonths: 12,
  layoffMonths: 12,
  priorWorkMonths: 24,
};

/** The host's three dated declarations ('YYYY-MM-DD'; null = not declared). */
export interface HostDeclarations {
  noLayoffsDeclaredOn: string | null;
  safetyDeclaredOn: string | null;
  disabilityQuotaDeclaredOn: string | null;
}

export type HostDeclaration = keyof HostDeclarations;

/** «12 mesi», «2 anni»: a period as a desk operator says it. */
export function periodWords(months: number): string {
  if (months % 12 === 0) return months === 12 ? '12 mesi' : `${months / 12} anni`;
  return count(months, 'mese', 'mesi');
}

/** What each declaration says, in the words of the finding and of the association's page. */
export function declarationWords(which: HostDeclaration, rule: EligibilityRule): string {
  switch (which) {
    case 'noLayoffsDeclaredOn':
      return `nessun licenziamento collettivo né cassa integrazione per le stesse mansioni negli ultimi ${periodWords(rule.layoffMonths)}`;
    case 'safetyDeclaredOn':
      return 'rispetto della normativa sulla sicurezza (D.Lgs. 81/2008)';
    case 'disabilityQuotaDeclaredOn':
      return 'rispetto della L. 68/99 sul collocamento dei disabili';
  }
}

/** The three declarations, in the order the screens and the convenzione list them. */
export const HOST_DECLARATIONS: readonly HostDeclaration[] = ['noLayoffsDeclaredOn', 'safetyDeclaredOn', 'disabilityQuotaDeclaredOn'];
const DECLARATIONS = HOST_DECLARATIONS;

/**
 * Why the host is not eligible on `reference` (the file's start, or today without one): the
 * declarations missing, and those older than the rule's validity; null when all three are there.
 * A declaration dated after the start still counts: it was made late, not wrongly.
 */
export function hostEligibilityProblem(host: HostDeclarations, reference: string, rule: EligibilityRule): string | null {
  const oldest = addMonths(reference, -rule.declarationValidMonths);
  const missing = DECLARATIONS.filter((d) => !host[d]);
  const stale = DECLARATIONS.filter((d) => host[d] && host[d]! < oldest);
  if (missing.length === 0 && stale.length === 0) return null;
  const parts: string[] = [];
  if (missing.length > 0) {
    parts.push(`L’associazione non ha dichiarato: ${missing.map((d) => declarationWords(d, rule)).join('; ')}.`);
  }
  if (stale.length > 0) {
    const listed = stale.map((d) => `${declarationWords(d, rule)} (del ${formatItalianDate(host[d]!)})`).join('; ');
    parts.push(`Dichiarazioni di più di ${periodWords(rule.declarationValidMonths)} prima del ${formatItalianDate(reference)}, da rinnovare: ${listed}.`);
  }
  parts.push('Registra le dichiarazioni nella scheda dell’associazione.');
  return parts.join(' ');
}

/** The person's declaration on the file: false = never worked for the host in the period. */
export interface PriorWorkDeclaration {
  workedForHost: boolean | null;
  workedForHostDeclaredOn: string | null;
}

/** Why the person's prior work blocks the file; null when they declared (with a date) they did not work there. */
export function priorWorkProblem(file: PriorWorkDeclaration, rule: EligibilityRule): string | null {
  const period = periodWords(rule.priorWorkMonths);
  if (file.workedForHost === true) {
    return `La persona ha dichiarato di aver lavorato o collaborato con l’associazione negli ultimi ${period}: non può farvi un tirocinio, salvo deroga motivata di un coordinatore.`;
  }
  if (file.workedForHost === null || !file.workedForHostDeclaredOn) {
    return `Manca la dichiarazione della persona di non aver lavorato né collaborato con l’associazione negli ultimi ${period} (con la sua data).`;
  }
  return null;
}

/** Statuses of a file that started: from then on it is on the Region's portal. */
const STARTED = ['attivo', 'sospeso', 'concluso', 'interrotto'];

/** The reminder of the «Portale Tirocini» reference, on a started file until it is filled. */
export function portalReminder(status: string | null, portalReference: string | null): string | null {
  if (!status || !STARTED.includes(status) || (portalReference ?? '').trim() !== '') return null;
  return 'Manca il riferimento del tirocinio sul Portale Tirocini della Regione Piemonte: registralo nella pratica.';
}
