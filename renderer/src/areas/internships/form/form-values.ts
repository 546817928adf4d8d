/**
 * What the internship form holds and the conversions around it: a file (or a prefilled input) →
 * form values (null → empty text, cents → euros, so inputs stay controlled) and form values → the
 * contract's input. Also the way back for error paths, since the money boxes hold euros.
 */
import { formatCents } from '@shared/format/money';
import type { FundingInput, Insurer, InternshipInput, InternshipType } from '@shared/api/internships';

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
/** ISO weekday as a key: '1' = lunedì … '7' = domenica. */
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  1: 'Lunedì',
  2: 'Martedì',
  3: 'Mercoledì',
  4: 'Giovedì',
  5: 'Venerdì',
  6: 'Sabato',
  7: 'Domenica',
};

export type FundingKind = FundingInput['kind'];

/** Numbers may be '' while the box is empty; money is in euros here, in cents in the contract. */
export interface InternshipFormValues {
  candidateId: string;
  associationId: string;
  operatingSiteId: string | null;
  needId: string | null;
  matchId: string | null;
  type: InternshipType | null;
  promoterTutorId: string | null;
  hostTutorName: string;
  hostTutorTaxCode: string;
  hostTutorRole: string;
  hostTutorYears: number | string;
  startDate: string | null;
  plannedEndDate: string | null;
  weeklySchedule: Record<Weekday, number | string>;
  weeklySlots: Record<Weekday, string>;
  scheduleNotes: string;
  monthlyAllowance: number | string;
  funding: {
    kind: FundingKind | null;
    projectName: string;
    hostMonthly: number | string;
    projectMonthly: number | string;
  };
  inailPosition: string;
  liabilityPolicy: string;
  noticeDate: string | null;
  noticeNumber: string;
  goals: string;
  activities: string;
  skillsToAcquire: string[];
  skillsAcquired: string[];
  safetyTraining: string;
  atlanteRef: string;
  /** As typed or as picked from the CP2011 list: never rewritten here. */
  professionCode: string;
  professionName: string;
  notes: string;
  portalReference: string;
  insurer: Insurer;
  /** The person's declaration as the select holds it: 'no' = never worked for the host, null = not declared. */
  workedForHost: 'no' | 'si' | null;
  workedForHostDeclaredOn: string | null;
  hostOtherPromoterInterns: number | string;
}

/** Euros as typed (12.5, '' when empty) → whole cents, or null when the box is empty. A non-number stays NaN for the schema to refuse. */
export function eurosToCents(value: number | string): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

/** Cents → euros for a money box; no value → an empty box. */
export function centsToEuros(cents: number | null | undefined): number | '' {
  return cents === null || cents === undefined ? '' : cents / 100;
}

/** A week with no hours yet: every day at 0, the boxes ready to fill from Monday to Friday. */
export function emptySchedule(): Record<Weekday, number | string> {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 };
}

export function emptySlots(): Record<Weekday, string> {
  return { 1: '', 2: '', 3: '', 4: '', 5: '', 6: '', 7: '' };
}

/** Hours of the week as typed; an empty or unreadable box counts as 0. */
export function weeklyTotal(schedule: Record<Weekday, number | string>): number {
  const total = WEEKDAYS.reduce((sum, d) => {
    const n = Number(schedule[d]);
    return sum + (schedule[d] === '' || !Number.isFinite(n) ? 0 : n);
  }, 0);
  return Math.round(total * 100) / 100;
}

const text = (v: string | null | undefined) => v ?? '';

/** A prefilled input (new file) or a saved file → what the form shows. */
export function toFormValues(i: InternshipInput): InternshipFormValues {
  const funding = i.funding ?? null;
  const schedule = i.weeklySchedule ?? null;
  const slots = i.weeklySlots ?? null;
  return {
    candidateId: i.candidateId ?? '',
    associationId: i.associationId ?? '',
    operatingSiteId: i.operatingSiteId ?? null,
    needId: i.needId ?? null,
    matchId: i.matchId ?? null,
    type: i.type ?? null,
    promoterTutorId: i.promoterTutorId ?? null,
    hostTutorName: text(i.hostTutorName),
    hostTutorTaxCode: text(i.hostTutorTaxCode),
    hostTutorRole: text(i.hostTutorRole),
    hostTutorYears: i.hostTutorYears ?? '',
    startDate: i.startDate || null,
    plannedEndDate: i.plannedEndDate || null,
    weeklySchedule: schedule ? { 1: schedule[1], 2: schedule[2], 3: schedule[3], 4: schedule[4], 5: schedule[5], 6: schedule[6], 7: schedule[7] } : emptySchedule(),
    weeklySlots: slots
      ? { 1: text(slots[1]), 2: text(slots[2]), 3: text(slots[3]), 4: text(slots[4]), 5: text(slots[5]), 6: text(slots[6]), 7: text(slots[7]) }
      : emptySlots(),
    scheduleNotes: text(i.scheduleNotes),
    monthlyAllowance: centsToEuros(i.monthlyAllowanceCents),
    funding: {
      kind: funding?.kind ?? null,
      projectName: funding && funding.kind !== 'ospitante' ? funding.projectName : '',
      hostMonthly: funding?.kind === 'misto' ? centsToEuros(funding.hostMonthlyCents) : '',
      projectMonthly: funding?.kind === 'misto' ? centsToEuros(funding.projectMonthlyCents) : '',
    },
    inailPosition: text(i.inailPosition),
    liabilityPolicy: text(i.liabilityPolicy),
    noticeDate: i.noticeDate || null,
    noticeNumber: text(i.noticeNumber),
    goals: text(i.goals),
    activities: text(i.activities),
    skillsToAcquire: i.skillsToAcquire ?? [],
    skillsAcquired: i.skillsAcquired ?? [],
    safetyTraining: text(i.safetyTraining),
    atlanteRef: text(i.atlanteRef),
    professionCode: text(i.professionCode),
    professionName: text(i.professionName),
    notes: text(i.notes),
    portalReference: text(i.portalReference),
    insurer: i.insurer ?? 'promotore',
    workedForHost: i.workedForHost === true ? 'si' : i.workedForHost === false ? 'no' : null,
    workedForHostDeclaredOn: i.workedForHostDeclaredOn || null,
    hostOtherPromoterInterns: i.hostOtherPromoterInterns ?? '',
  };
}

function optionalNumber(value: number | string): number | null {
  return value === '' ? null : Number(value);
}

function toFunding(f: InternshipFormValues['funding']): InternshipInput['funding'] {
  switch (f.kind) {
    case null:
      return null;
    case 'ospitante':
      return { kind: 'ospitante' };
    case 'progetto':
      return { kind: 'progetto', projectName: f.projectName };
    case 'misto':
      // An empty share goes as NaN, which the schema refuses with «inserisci un importo».
      return {
        kind: 'misto',
        projectName: f.projectName,
        hostMonthlyCents: eurosToCents(f.hostMonthly) ?? Number.NaN,
        projectMonthlyCents: eurosToCents(f.projectMonthly) ?? Number.NaN,
      };
  }
}

/**
 * Form values → the contract's input. A week with no hours and no slots is no schedule (null);
 * otherwise an empty hours box is a day off (0). The missing candidate, association or type go as
 * '' so the schema answers with its own Italian message.
 */
export function toInternshipInput(v: InternshipFormValues): InternshipInput {
  const hours = WEEKDAYS.map((d) => v.weeklySchedule[d]);
  const anySlot = WEEKDAYS.some((d) => v.weeklySlots[d].trim() !== '');
  const noSchedule = hours.every((h) => h === '' || h === 0) && !anySlot;
  const hour = (d: Weekday) => (v.weeklySchedule[d] === '' ? 0 : Number(v.weeklySchedule[d]));
  return {
    ...v,
    type: v.type ?? ('' as InternshipType),
    hostTutorYears: optionalNumber(v.hostTutorYears),
    weeklySchedule: noSchedule ? null : { 1: hour('1'), 2: hour('2'), 3: hour('3'), 4: hour('4'), 5: hour('5'), 6: hour('6'), 7: hour('7') },
    weeklySlots: anySlot ? { ...v.weeklySlots } : null,
    monthlyAllowanceCents: eurosToCents(v.monthlyAllowance),
    funding: toFunding(v.funding),
    workedForHost: v.workedForHost === null ? null : v.workedForHost === 'si',
    hostOtherPromoterInterns: optionalNumber(v.hostOtherPromoterInterns),
  };
}

/** Contract paths whose form box has another name (money: cents there, euros here). */
const PATH_RENAMES: Record<string, string> = {
  monthlyAllowanceCents: 'monthlyAllowance',
  'funding.hostMonthlyCents': 'funding.hostMonthly',
  'funding.projectMonthlyCents': 'funding.projectMonthly',
};

/** Errors keyed by the contract's paths (resolver, core) → keyed by the form's paths, so each lands beside its box. */
export function toFormErrors(errors: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (typeof message !== 'string' && typeof message !== 'number') continue;
    const key = PATH_RENAMES[path] ?? path;
    out[key] ??= String(message);
  }
  return out;
}

/** Euros the Italian way: 1.234,50 €. */
export function formatEuros(euros: number): string {
  return formatCents(Math.round(euros * 100));
}
