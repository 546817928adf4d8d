/**
 * Regole regionali: the dated rule sets a file is checked against. The Piedmont defaults are
 * built in and read-only; a coordinator adds a newer set (usually a copy of the one in force)
 * and may correct or remove it while no started file rests on it. Amounts are cents and shares
 * 0..1, as in `InternshipRuleSet`; the form shows euros and percentages.
 */
import { z } from 'zod';
import { TARGET_CATEGORIES, type TargetCategory } from './candidate-fields';
import { method } from './define';
import { boundedNumber, requiredDate, requiredText } from './fields';
import { INTERNSHIP_TYPES, RULE_IDS, type InternshipType, type RuleId } from '../rules/internship-rules';

const wholeNumber = (label: string, min: number, max: number, unit?: string) => boundedNumber(label, { min, max, unit }, `${label}: scrivi un numero`);

const months = (label: string) => wholeNumber(label, 1, 60, 'mesi');
const weeklyHours = (label: string) => z.number({ error: `${label}: scrivi un numero` }).gt(0, `${label}: più di 0 ore`).max(60, `${label}: al massimo 60 ore`);
const cents = (label: string) => wholeNumber(label, 0, 1_000_000);
/** A share stored 0..1 and shown as a percentage. */
const share = (label: string) =>
  z
    .number({ error: `${label}: scrivi una percentuale` })
    .min(0, `${label}: tra 0 e 100%`)
    .max(1, `${label}: tra 0 e 100%`);

const byCategory = z.object(
  Object.fromEntries(TARGET_CATEGORIES.map((c) => [c, months('Durata massima')])) as Record<TargetCategory, ReturnType<typeof months>>,
);
const byType = z.object(
  Object.fromEntries(INTERNSHIP_TYPES.map((t) => [t, requiredText('Norma di riferimento', 200)])) as Record<InternshipType, ReturnType<typeof requiredText>>,
);
const policy = z.object({
  waivable: z.boolean({ error: 'Indica se la regola si può derogare' }),
  exemptTypes: z.array(z.enum(INTERNSHIP_TYPES, { error: 'Tipo di tirocinio non riconosciuto' })).max(INTERNSHIP_TYPES.length),
});
const policies = z.object(Object.fromEntries(RULE_IDS.map((r) => [r, policy])) as Record<RuleId, typeof policy>);

const allowance = z
  .object({
    fullMonthlyCents: cents('Indennità minima piena'),
    fullWeeklyHours: weeklyHours('Ore settimanali per l’indennità piena'),
    floorMonthlyCents: cents('Indennità minima ridotta'),
    floorWeeklyHours: weeklyHours('Ore settimanali per l’indennità ridotta'),
    attendanceThreshold: share('Presenza per l’indennità piena'),
  })
  .superRefine((a, ctx) => {
    if (a.floorMonthlyCents > a.fullMonthlyCents) {
      ctx.addIssue({ code: 'custom', path: ['floorMonthlyCents'], message: 'L’indennità ridotta non può superare quella piena' });
    }
    if (a.floorWeeklyHours > a.fullWeeklyHours) {
      ctx.addIssue({ code: 'custom', path: ['floorWeeklyHours'], message: 'Le ore dell’indennità ridotta non possono superare quelle dell’indennità piena' });
    }
  });

const hostQuota = z.object({
  bands: z
    .array(z.object({ maxEmployees: wholeNumber('Fino a dipendenti', 0, 10_000), interns: wholeNumber('Tirocinanti', 0, 100) }))
    .min(1, 'Serve almeno una fascia')
    .max(10, 'Al massimo 10 fasce')
    .superRefine((bands, ctx) => {
      bands.forEach((b, i) => {
        if (i > 0 && b.maxEmployees <= bands[i - 1]!.maxEmployees) {
          ctx.addIssue({ code: 'custom', path: [i, 'maxEmployees'], message: 'Le fasce vanno in ordine crescente di dipendenti' });
        }
      });
    }),
  shareAbove: share('Quota oltre l’ultima fascia'),
  protocolExceptionInterns: wholeNumber('Tirocinanti con l’eccezione del protocollo', 0, 10),
});

/** Everything a coordinator writes in a set: the numbers of `InternshipRuleSet`, its name and start. */
export const ruleSetFields = z
  .object({
    name: requiredText('Nome', 200),
    validFrom: requiredDate('In vigore dal'),
    legalBasisByType: byType,
    minMonths: months('Durata minima'),
    seasonalMinMonths: months('Durata minima per attività stagionali'),
    minAgeYears: wholeNumber('Età minima', 14, 30),
    suspension: z.object({
      healthMinDays: wholeNumber('Sospensione per maternità, malattia o infortunio: giorni minimi', 1, 365),
      closureMinDays: wholeNumber('Sospensione per chiusura dell’ospitante: giorni minimi', 1, 365),
    }),
    maxMonthsByCategory: byCategory,
    allowance,
    maxWeeklyHours: weeklyHours('Ore settimanali massime'),
    hostTutorMaxInterns: wholeNumber('Tirocinanti per tutor', 1, 50),
    noticeDaysBeforeStart: wholeNumber('Giorni di anticipo della comunicazione', 0, 60),
    finalCertificateAttendance: share('Presenza per l’attestazione finale'),
    hostQuota,
    eligibility: z.object({
      declarationValidMonths: months('Validità delle dichiarazioni dell’ospitante'),
      layoffMonths: months('Periodo senza licenziamenti né cassa integrazione'),
      priorWorkMonths: months('Periodo senza lavoro presso l’ospitante'),
    }),
    rules: policies,
  })
  .superRefine((s, ctx) => {
    if (s.seasonalMinMonths > s.minMonths) {
      ctx.addIssue({ code: 'custom', path: ['seasonalMinMonths'], message: `Non più della durata minima (${s.minMonths} mesi)` });
    }
    for (const c of TARGET_CATEGORIES) {
      if (s.maxMonthsByCategory[c] < s.minMonths) {
        ctx.addIssue({ code: 'custom', path: ['maxMonthsByCategory', c], message: `Non meno della durata minima (${s.minMonths} mesi)` });
      }
    }
  });
export type RuleSetFields = z.output<typeof ruleSetFields>;
export type RuleSetFieldsInput = z.input<typeof ruleSetFields>;

/** Files resting on a set: drafts follow whatever set is in force at their start; the others keep it. */
const usage = z.object({ drafts: z.number().int(), started: z.number().int() });

export const ruleSetSchema = z.object({
  ...ruleSetFields.shape,
  id: z.string(),
  /** Null for the built-in set, which is not a stored record. */
  hlc: z.string().nullable(),
  builtIn: z.boolean(),
  inForceToday: z.boolean(),
  /** In force today, from a later day, or replaced by a newer set. */
  standing: z.enum(['in_vigore', 'futura', 'superata']),
  usage,
  /** Why the set cannot be changed or removed (built in, or a started file rests on it); null when it can. */
  lockedReason: z.string().nullable(),
  /** The office that wrote it when it is not this one (a set published by the regional office). */
  origin: z.object({ code: z.string(), name: z.string(), kind: z.enum(['sportello', 'ufficio_regionale']) }).nullable(),
});
export type RuleSetView = z.output<typeof ruleSetSchema>;

const setId = z.string({ error: 'Identificativo non valido' }).min(1, 'Identificativo non valido').max(100, 'Identificativo non valido');

export const ruleSetsMethods = {
  'ruleSets.list': method({
    summary: 'Le regole regionali: tutte le versioni, quella in vigore oggi e le pratiche che le usano',
    access: 'internships.read',
    input: z.object({}),
    output: z.array(ruleSetSchema),
  }),
  'ruleSets.get': method({
    summary: 'Una versione delle regole regionali',
    access: 'internships.read',
    input: z.object({ id: setId }),
    output: ruleSetSchema,
  }),
  'ruleSets.create': method({
    summary: 'Aggiunge una versione delle regole regionali con la sua data di entrata in vigore (coordinatori)',
    access: 'rules.manage',
    input: ruleSetFields,
    output: ruleSetSchema,
  }),
  'ruleSets.update': method({
    summary: 'Corregge una versione delle regole non ancora usata da pratiche avviate (coordinatori)',
    access: 'rules.manage',
    input: z.object({ id: setId, hlc: z.string({ error: 'Versione mancante' }), data: ruleSetFields }),
    output: ruleSetSchema,
  }),
  'ruleSets.remove': method({
    summary: 'Elimina una versione delle regole non ancora usata da pratiche avviate (coordinatori)',
    access: 'rules.manage',
    input: z.object({ id: setId, hlc: z.string({ error: 'Versione mancante' }) }),
    output: z.object({ id: z.string() }),
  }),
};
