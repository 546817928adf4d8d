/**
 * The Piedmont rules for a tirocinio, kept as dated data: regional law 32/2023 keeps the current
 * acts in force until new ones replace them, so a coordinator adds a new set with its "valid from"
 * date and every file is checked against the set in force at its start date. Pure data and one
 * lookup; the checks themselves read these numbers (allowance.ts, host-quota.ts, the checker).
 */
import type { TargetCategory } from '../domain/person';
import { PIEDMONT_HOST_QUOTA, type HostQuotaRule } from './host-quota';
import { PIEDMONT_SUSPENSION_THRESHOLDS, type SuspensionThresholds } from './suspensions';
import { PIEDMONT_ELIGIBILITY, type EligibilityRule } from './host-eligibility';

export const INTERNSHIP_TYPES = ['formativo', 'inserimento', 'inclusione'] as const;
export type InternshipType = (typeof INTERNSHIP_TYPES)[number];

export const INTERNSHIP_TYPE_LABELS: Record<InternshipType, string> = {
  formativo: 'Tirocinio formativo e di orientamento',
  inserimento: 'Tirocinio di inserimento/reinserimento lavorativo',
  inclusione: 'Tirocinio di inclusione sociale',
};

export const DGR_85_6277 = 'DGR 22/12/2017 n. 85-6277';
export const DGR_42_7397 = 'DGR 7/04/2014 n. 42-7397';

/** The act each type rests on today; a rule set may cite a newer one (`legalBasisByType`). */
export const INTERNSHIP_TYPE_LEGAL_BASIS: Record<InternshipType, string> = {
  formativo: DGR_85_6277,
  inserimento: DGR_85_6277,
  inclusione: DGR_42_7397,
};

/** Stable ids of the rules a file is checked against: stored with a waiver, never renamed. */
export const RULE_IDS = [
  'durata-minima',
  'durata-massima',
  'indennita-minima',
  'ore-settimanali',
  'quota-ospitante',
  'tutor-ospitante',
  'tirocinio-attivo',
  'comunicazione-obbligatoria',
  'stesso-ospitante',
  'eta-minima',
  'idoneita-ospitante',
  'lavoro-precedente',
  'portale-tirocini',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const RULE_LABELS: Record<RuleId, string> = {
  'durata-minima': 'Durata minima del tirocinio',
  'durata-massima': 'Durata massima del tirocinio (proroghe comprese)',
  'indennita-minima': 'Indennità di partecipazione minima',
  'ore-settimanali': 'Ore settimanali entro i limiti del CCNL',
  'quota-ospitante': 'Tirocinanti contemporanei presso il soggetto ospitante',
  'tutor-ospitante': 'Tirocinanti seguiti dal tutor dell’ospitante',
  'tirocinio-attivo': 'Nessun altro tirocinio in corso per il candidato',
  'comunicazione-obbligatoria': 'Comunicazione obbligatoria entro il giorno prima dell’avvio',
  'stesso-ospitante': 'Un solo tirocinio per persona presso lo stesso ospitante',
  'eta-minima': 'Età minima del tirocinante',
  'idoneita-ospitante': 'Dichiarazioni di idoneità dell’ospitante',
  'lavoro-precedente': 'Nessun lavoro precedente presso l’ospitante',
  'portale-tirocini': 'Riferimento sul Portale Tirocini della Regione',
};

export interface RulePolicy {
  /** True when the desk may go ahead against the rule, recording the reason. */
  waivable: boolean;
  /** Types the rule does not apply to, because their own act sets the terms. */
  exemptTypes: readonly InternshipType[];
}

export interface InternshipRuleSet {
  /** Stable id, e.g. 'piemonte-2017'; also breaks ties between sets with the same `validFrom`. */
  id: string;
  /** What the desk reads, in Italian. */
  name: string;
  /** 'YYYY-MM-DD': files starting on or after this day follow this set (until a later one). */
  validFrom: string;
  /** The act each type rests on under this set (printed in the PFI and stored in the file). */
  legalBasisByType: Record<InternshipType, string>;
  /** Minimum length of a tirocinio, in months. */
  minMonths: number;
  /**
   * The only waiver of the minimum: a seasonal activity may be this short (months), with a
   * coordinator's waiver; below it nothing can be waived.
   */
  seasonalMinMonths: number;
  /** Age (years) the person must have reached on the start date. */
  minAgeYears: number;
  /** Only a period off this long suspends the tirocinio; anything shorter is an absence (suspensions.ts). */
  suspension: SuspensionThresholds;
  /** Maximum length, extensions included, by the candidate's target category. */
  maxMonthsByCategory: Record<TargetCategory, number>;
  allowance: {
    /** Monthly gross minimum for a full weekly load (cents). */
    fullMonthlyCents: number;
    fullWeeklyHours: number;
    /** The minimum never goes below this (cents), reached at `floorWeeklyHours`. */
    floorMonthlyCents: number;
    floorWeeklyHours: number;
    /** Share of the month's planned hours (0..1) that earns the whole monthly allowance. */
    attendanceThreshold: number;
  };
  /** Weekly hours within the CCNL's limits; this is the default when the CCNL says nothing else. */
  maxWeeklyHours: number;
  /** Interns one host tutor may follow at the same time. */
  hostTutorMaxInterns: number;
  /** The mandatory notice (UNILAV) is due at least this many days before the start. */
  noticeDaysBeforeStart: number;
  /** Share of planned hours (0..1), over the whole tirocinio, needed for the final certificate. */
  finalCertificateAttendance: number;
  /** Interns at one host at the same time (read by `hostQuota`), counted per operating site. */
  hostQuota: HostQuotaRule;
  /** The periods of the host's declarations and of the person's prior work (host-eligibility.ts). */
  eligibility: EligibilityRule;
  /** Per rule: whether it may be waived with a reason, and which types it does not bind. */
  rules: Record<RuleId, RulePolicy>;
}

/**
 * DGR 85-6277 of 22/12/2017, with the numbers of DOMAIN.md. Where the text is silent:
 * - 'servizi' and 'protezione' get 12 months, as the disadvantaged: the national guidelines of
 *   25/05/2017 put people in care of social/health services (L. 381/91) and applicants/holders of
 *   international protection in the 12-month group;
 * - 'altro' gets 6 months, the shortest maximum: the coordinator may edit the set, but the app
 *   never lets an unknown category run longer than the general case;
 * - inclusion tirocini (DGR 42-7397) follow their own terms: the duration limits and the minimum
 *   allowance do not bind them (`exemptTypes`); every other rule does;
 * - waivable with a reason: the minimum duration (shorter terms exist, e.g. seasonal work), the
 *   weekly hours (the CCNL applied may set another limit), the candidate's other tirocinio (a desk
 *   check, not a regional rule) and a late mandatory notice (already filed late: the file records
 *   why). Never waivable: maximum duration, minimum allowance, host quota (the AICS–Exar protocol
 *   exception is computed by `hostQuota`, not waived) and the host tutor's limit;
 * - the minimum duration is waived only for a seasonal activity, down to 1 month (DOMAIN.md:
 *   "1 month only for seasonal activities (the only waiver of the minimum)");
 * - the same person at the same host a second time, and a person under 16 at the start: blocking,
 *   waivable by a coordinator with a reason (issue 13); a newer set may make them not waivable;
 * - the host's eligibility declarations and the person's prior work with the host: blocking,
 *   waivable with a reason (issue 13, decision 0015); their periods are `eligibility`.
 */
export const PIEDMONT_DEFAULT_RULES: InternshipRuleSet = {
  id: 'piemonte-2017',
  name: 'Regione Piemonte – DGR 85-6277 del 22/12/2017',
  validFrom: '2017-12-22',
  legalBasisByType: { ...INTERNSHIP_TYPE_LEGAL_BASIS },
  minMonths: 2,
  seasonalMinMonths: 1,
  minAgeYears: 16,
  suspension: { ...PIEDMONT_SUSPENSION_THRESHOLDS },
  maxMonthsByCategory: {
    disoccupato: 6,
    neet: 6,
    altro: 6,
    svantaggiato: 12,
    servizi: 12,
    protezione: 12,
    disabile: 24,
  },
  allowance: {
    fullMonthlyCents: 60000,
    fullWeeklyHours: 40,
    floorMonthlyCents: 30000,
    floorWeeklyHours: 20,
    attendanceThreshold: 0.7,
  },
  maxWeeklyHours: 40,
  hostTutorMaxInterns: 3,
  noticeDaysBeforeStart: 1,
  finalCertificateAttendance: 0.7,
  hostQuota: PIEDMONT_HOST_QUOTA,
  eligibility: { ...PIEDMONT_ELIGIBILITY },
  rules: {
    'durata-minima': { waivable: true, exemptTypes: ['inclusione'] },
    'durata-massima': { waivable: false, exemptTypes: ['inclusione'] },
    'indennita-minima': { waivable: false, exemptTypes: ['inclusione'] },
    'ore-settimanali': { waivable: true, exemptTypes: [] },
    'quota-ospitante': { waivable: false, exemptTypes: [] },
    'tutor-ospitante': { waivable: false, exemptTypes: [] },
    'tirocinio-attivo': { waivable: true, exemptTypes: [] },
    'comunicazione-obbligatoria': { waivable: true, exemptTypes: [] },
    'stesso-ospitante': { waivable: true, exemptTypes: [] },
    'eta-minima': { waivable: true, exemptTypes: [] },
    'idoneita-ospitante': { waivable: true, exemptTypes: [] },
    'lavoro-precedente': { waivable: true, exemptTypes: [] },
    // A reminder (never blocking): nothing to waive, the reference is filled when the Region gives it.
    'portale-tirocini': { waivable: false, exemptTypes: [] },
  },
};

/** True when `rule` binds a tirocinio of this type under the set. */
export function ruleApplies(rules: InternshipRuleSet, rule: RuleId, type: InternshipType): boolean {
  return !rules.rules[rule].exemptTypes.includes(type);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The set in force on `date` ('YYYY-MM-DD'): the latest `validFrom` on or before it; null when
 * none had started. Two sets with the same `validFrom`: the later in the list wins. Callers list
 * them oldest first (the built-in defaults, then the stored sets in the order they were created),
 * so a set corrected by a coordinator replaces the one it corrects; ids, which may be random, play no part.
 */
export function ruleSetInForce<T extends InternshipRuleSet>(sets: readonly T[], date: string): T | null {
  if (!ISO_DATE.test(date)) throw new RangeError(`date must be YYYY-MM-DD, got ${date}`);
  let best: T | null = null;
  for (const set of sets) {
    if (!ISO_DATE.test(set.validFrom)) throw new RangeError(`rule set ${set.id}: validFrom must be YYYY-MM-DD, got ${set.validFrom}`);
    if (set.validFrom > date) continue;
    if (best === null || set.validFrom >= best.validFrom) best = set;
  }
  return best;
}
