/**
 * What an internship file holds, with the labels the desk reads. Shared by the contract, the
 * forms and the core; the rules it is checked against are in shared/rules/.
 */
import { z } from 'zod';
import { INTERNSHIP_TYPES, RULE_IDS } from '../rules/internship-rules';
import { INTERNSHIP_OUTCOMES, INTERNSHIP_STATUSES, INTERRUPTED_BY, SUSPENSION_REASONS } from '../rules/internship-lifecycle';
import { TARGET_CATEGORIES } from './candidate-fields';
import { boundedNumber, endsBeforeStart, optionalCode, optionalDate, optionalInt, optionalText, personTaxCode, recordMeta, textSet } from './fields';
import { CP2011_CODE_MESSAGE, isCp2011Code } from '../validation/cp2011';

export { INTERNSHIP_TYPES, INTERNSHIP_TYPE_LABELS, RULE_IDS, RULE_LABELS, type InternshipType, type RuleId } from '../rules/internship-rules';
export {
  INTERNSHIP_OUTCOMES,
  INTERNSHIP_OUTCOME_LABELS,
  INTERNSHIP_STATUSES,
  INTERNSHIP_STATUS_LABELS,
  INTERRUPTED_BY,
  INTERRUPTED_BY_LABELS,
  SUSPENSION_REASONS,
  SUSPENSION_REASON_LABELS,
  type SuspensionReason,
  type InternshipOutcome,
  type InternshipStatus,
  type InterruptedBy,
} from '../rules/internship-lifecycle';

/** Hours of one day of the weekly schedule: 7,5 is fine, a third decimal is not. */
const hoursOfDay = boundedNumber('Ore', { min: 0, max: 12, unit: 'al giorno', decimals: 2 });

/** Hours per ISO weekday (1 = lunedì … 7 = domenica). */
export const weeklyScheduleSchema = z.object({
  1: hoursOfDay,
  2: hoursOfDay,
  3: hoursOfDay,
  4: hoursOfDay,
  5: hoursOfDay,
  6: hoursOfDay,
  7: hoursOfDay,
});
export type WeeklyScheduleInput = z.output<typeof weeklyScheduleSchema>;

const slot = optionalText(60);
/** Time slots per ISO weekday, in words ("9–13"), beside the hours. */
export const weeklySlotsSchema = z.object({ 1: slot, 2: slot, 3: slot, 4: slot, 5: slot, 6: slot, 7: slot });

const cents = (label: string) =>
  z
    .number({ error: `${label}: inserisci un importo` })
    .int(`${label}: in centesimi interi`)
    .min(0, `${label}: l’importo non può essere negativo`)
    .max(1_000_000, `${label}: importo troppo alto`);

export const fundingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ospitante') }),
  z.object({ kind: z.literal('progetto'), projectName: z.string().trim().min(1, 'Indica il nome del progetto').max(200) }),
  z.object({
    kind: z.literal('misto'),
    projectName: z.string().trim().min(1, 'Indica il nome del progetto').max(200),
    hostMonthlyCents: cents('Quota dell’ospitante'),
    projectMonthlyCents: cents('Quota del progetto'),
  }),
]);
export type FundingInput = z.output<typeof fundingSchema>;

/** Who insures the intern (INAIL and civil liability): the promoter by default, the host when the convenzione says so. */
export const INSURERS = ['promotore', 'ospitante'] as const;
export type Insurer = (typeof INSURERS)[number];
export const INSURER_LABELS: Record<Insurer, string> = {
  promotore: 'Soggetto promotore (Exar)',
  ospitante: 'Soggetto ospitante',
};

export const FUNDING_KIND_LABELS: Record<FundingInput['kind'], string> = {
  ospitante: 'Soggetto ospitante',
  progetto: 'Progetto Exar',
  misto: 'Misto (ospitante e progetto)',
};

/** The fields the desk fills in; most may stay empty in a draft and are required by the moves that need them. */
export const internshipFields = z
  .object({
    candidateId: z.uuid({ error: 'Scegli il candidato' }),
    associationId: z.uuid({ error: 'Scegli l’associazione ospitante' }),
    operatingSiteId: z.string().nullish().transform((v) => v || null),
    needId: z.string().nullish().transform((v) => v || null),
    matchId: z.string().nullish().transform((v) => v || null),
    type: z.enum(INTERNSHIP_TYPES, { error: 'Scegli il tipo di tirocinio' }),
    promoterTutorId: z.string().nullish().transform((v) => v || null),
    hostTutorName: optionalText(120),
    hostTutorTaxCode: personTaxCode(false),
    hostTutorRole: optionalText(120),
    hostTutorYears: optionalInt('Anni di esperienza del tutor', 0, 60, 'anni'),
    startDate: optionalDate('Data di inizio'),
    plannedEndDate: optionalDate('Data di fine prevista'),
    weeklySchedule: weeklyScheduleSchema.nullish().transform((v) => v ?? null),
    weeklySlots: weeklySlotsSchema.nullish().transform((v) => v ?? null),
    scheduleNotes: optionalText(300),
    monthlyAllowanceCents: cents('Indennità mensile').nullish().transform((v) => v ?? null),
    funding: fundingSchema.nullish().transform((v) => v ?? null),
    inailPosition: optionalText(60),
    liabilityPolicy: optionalText(120),
    noticeDate: optionalDate('Data della comunicazione obbligatoria'),
    noticeNumber: optionalText(60),
    goals: optionalText(4000),
    activities: optionalText(4000),
    skillsToAcquire: textSet('Competenze da acquisire', 30, 200),
    skillsAcquired: textSet('Competenze acquisite', 30, 200),
    safetyTraining: optionalText(1000),
    atlanteRef: optionalText(120),
    /** The role's ISTAT CP2011 code and its name, as picked from the imported list or typed (decision 0017). */
    professionCode: z
      .string()
      .trim()
      .nullish()
      .transform((v) => v || null)
      .refine((v) => v === null || (v.length <= 20 && isCp2011Code(v)), CP2011_CODE_MESSAGE),
    professionName: optionalText(250),
    notes: optionalText(4000),
    /** The Region's «Portale Tirocini» reference (also settable on a started file: internships.setPortalReference). */
    portalReference: optionalText(60),
    insurer: z
      .enum(INSURERS, { error: 'Scegli chi assicura il tirocinante' })
      .nullish()
      .transform((v) => v ?? 'promotore'),
    /** The person's declaration: false = did not work for the host in the rule set's period; null = not declared. */
    workedForHost: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
    workedForHostDeclaredOn: optionalDate('Data della dichiarazione'),
    hostOtherPromoterInterns: optionalInt('Tirocinanti di altri promotori nella sede', 0, 100),
  })
  .superRefine((v, ctx) => {
    if (endsBeforeStart(v.startDate, v.plannedEndDate)) {
      ctx.addIssue({ code: 'custom', path: ['plannedEndDate'], message: 'La fine prevista viene prima dell’inizio' });
    }
    if (v.workedForHost !== null && !v.workedForHostDeclaredOn) {
      ctx.addIssue({ code: 'custom', path: ['workedForHostDeclaredOn'], message: 'Indica la data della dichiarazione' });
    }
    // The convenzione prints both shares: they must make up the allowance, not just a ratio.
    if (v.funding?.kind === 'misto' && v.monthlyAllowanceCents !== null && v.funding.hostMonthlyCents + v.funding.projectMonthlyCents !== v.monthlyAllowanceCents) {
      ctx.addIssue({ code: 'custom', path: ['funding'], message: 'Le quote di ospitante e progetto devono sommare l’indennità mensile' });
    }
  });
export type InternshipInput = z.input<typeof internshipFields>;
export type InternshipData = z.output<typeof internshipFields>;

export const findingSchema = z.object({
  rule: z.enum(RULE_IDS),
  ruleLabel: z.string(),
  severity: z.enum(['blocking', 'warning']),
  message: z.string(),
  waivable: z.boolean(),
  field: z.string(),
  /** Set when a coordinator waived it, with the reason. */
  waiver: z.object({ reason: z.string(), grantedBy: z.string(), at: z.string() }).nullable(),
});
export type FindingView = z.output<typeof findingSchema>;

export const internshipEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  from: z.enum(INTERNSHIP_STATUSES).nullable(),
  to: z.enum(INTERNSHIP_STATUSES).nullable(),
  note: z.string().nullable(),
  operatorName: z.string(),
});

export const internshipSchema = z.object({
  ...recordMeta,
  ...internshipFields.shape,
  weeklySchedule: weeklyScheduleSchema.nullable(),
  weeklySlots: weeklySlotsSchema.nullable(),
  funding: fundingSchema.nullable(),
  number: z.string(),
  endNoticeDate: z.string().nullable(),
  endNoticeNumber: z.string().nullable(),
  suspensions: z.array(
    z.object({ id: z.string(), from: z.string(), to: z.string().nullable(), reason: z.enum(SUSPENSION_REASONS), excluded: z.boolean(), note: z.string().nullable() }),
  ),
  targetCategory: z.enum(TARGET_CATEGORIES).nullable(),
  /** The category is hidden from operators when it is a sensitive one. */
  targetCategoryHidden: z.boolean(),
  legalBasis: z.string(),
  ruleSetId: z.string(),
  ruleSetName: z.string(),
  protocolException: z.boolean(),
  hostEmployees: z.number().int().nullable(),
  status: z.enum(INTERNSHIP_STATUSES),
  statusChangedOn: z.string(),
  actualEndDate: z.string().nullable(),
  outcome: optionalCode(INTERNSHIP_OUTCOMES),
  interruptedBy: optionalCode(INTERRUPTED_BY),
  interruptionReason: z.string().nullable(),
  finalCertificateDate: z.string().nullable(),
  candidateName: z.string(),
  /**
   * To agree the words said of the intern (il tirocinante/la tirocinante, assunto/assunta). Filled
   * by the handler from the candidate (optional so the file's own reader need not know it).
   */
  candidateSex: z.enum(['M', 'F']).nullish(),
  associationName: z.string(),
  /** Where the intern works: the operating site's label and address, or null for the registered office. */
  siteName: z.string().nullable(),
  /** The patron day of the comune where the intern works (decision 0017): no hours are planned on it. */
  patronDay: z.object({ comune: z.string(), rule: z.string(), ruleText: z.string(), saint: z.string().nullable() }).nullable(),
  needTitle: z.string().nullable(),
  promoterTutorName: z.string().nullable(),
  findings: z.array(findingSchema),
  events: z.array(internshipEventSchema),
});
export type Internship = z.output<typeof internshipSchema>;
