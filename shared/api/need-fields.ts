/**
 * What a need (fabbisogno) holds, with the labels the desk reads. Shared by the contract, the
 * forms and the core.
 */
import { z } from 'zod';
import { DRIVING_LICENCES, EDUCATION_LEVELS, SHIFTS, TARGET_CATEGORIES } from './candidate-fields';
import { boundedNumber, codeSet, endsBeforeStart, optionalCode, optionalDate, optionalText, optionalWeeklyHours, recordMeta, requiredDate, requiredText, textSet } from './fields';
import { NEED_STATUSES } from '../rules/need-lifecycle';

export { NEED_STATUSES, NEED_STATUS_LABELS, PROPOSABLE_NEED_STATUSES, type NeedStatus } from '../rules/need-lifecycle';

export const NEED_OFFERS = ['tirocinio', 'contratto', 'collaborazione_sportiva', 'altro'] as const;
export type NeedOffer = (typeof NEED_OFFERS)[number];
export const NEED_OFFER_LABELS: Record<NeedOffer, string> = {
  tirocinio: 'Tirocinio',
  contratto: 'Contratto di lavoro',
  collaborazione_sportiva: 'Collaborazione sportiva',
  altro: 'Altro',
};

export const needFields = z
  .object({
    associationId: z.uuid({ error: "Scegli l'associazione" }),
    /** An operating site of the association; null: the registered office. */
    operatingSiteId: z.string().nullish().transform((v) => v || null),
    title: requiredText('Ruolo richiesto', 150),
    tasks: optionalText(2000),
    skills: textSet('Competenze', 30, 80),
    educationLevel: optionalCode(EDUCATION_LEVELS),
    licence: optionalCode(DRIVING_LICENCES),
    vehicleNeeded: z.boolean().default(false),
    hoursPerWeek: optionalWeeklyHours,
    shifts: codeSet(SHIFTS),
    schedule: optionalText(300),
    periodFrom: optionalDate('Periodo dal'),
    periodTo: optionalDate('Periodo al'),
    positions: boundedNumber('Posti', { min: 1, max: 50, unit: 'persone' }, 'Indica quante persone servono'),
    offers: codeSet(NEED_OFFERS),
    categories: codeSet(TARGET_CATEGORIES),
    hostTutorAvailable: z.boolean().default(false),
    receivedOn: requiredDate('Data di ricezione'),
    operatorId: z.string().nullish().transform((v) => v || null),
    notes: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (endsBeforeStart(v.periodFrom, v.periodTo)) {
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'La fine del periodo viene prima dell’inizio' });
    }
    if (v.offers.length === 0) ctx.addIssue({ code: 'custom', path: ['offers'], message: 'Indica cosa offre l’associazione' });
  });
export type NeedInput = z.input<typeof needFields>;
export type NeedData = z.output<typeof needFields>;

export const needEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  from: z.enum(NEED_STATUSES).nullable(),
  to: z.enum(NEED_STATUSES),
  note: z.string().nullable(),
  operatorName: z.string(),
});

export const hostCapacitySchema = z.object({
  /** The headcount the quota is decided on: the need's site's own when it has one, else the association's. */
  employees: z.number().int(),
  maxInterns: z.number().int(),
  /** Interns hosted now where the quota counts them: at the need's site, or everywhere under the protocol exception. */
  hostedNow: z.number().int(),
  protocolException: z.boolean(),
  explanation: z.string(),
});

export const needSchema = z.object({
  ...recordMeta,
  associationId: z.string(),
  operatingSiteId: z.string().nullable(),
  title: z.string(),
  tasks: z.string().nullable(),
  skills: z.array(z.string()),
  educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
  licence: z.enum(DRIVING_LICENCES).nullable(),
  vehicleNeeded: z.boolean(),
  hoursPerWeek: z.number().int().nullable(),
  shifts: z.array(z.enum(SHIFTS)),
  schedule: z.string().nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  positions: z.number().int(),
  offers: z.array(z.enum(NEED_OFFERS)),
  categories: z.array(z.enum(TARGET_CATEGORIES)),
  /** Some of the categories asked are protected and this role may not see them: `categories` lists the others (decision 0026). */
  categoriesHidden: z.boolean(),
  hostTutorAvailable: z.boolean(),
  receivedOn: z.string(),
  operatorId: z.string().nullable(),
  notes: z.string().nullable(),
  status: z.enum(NEED_STATUSES),
  statusChangedOn: z.string(),
  associationName: z.string(),
  operatorName: z.string().nullable(),
  /** Where the work is: the site's comune, or the registered office's. */
  comune: z.string(),
  province: z.string().nullable(),
  events: z.array(needEventSchema),
  capacity: hostCapacitySchema,
  /** Proposals made for it: all, those waiting for an answer, those accepted. */
  proposals: z.object({ total: z.number().int(), open: z.number().int(), accepted: z.number().int() }),
});
export type Need = z.output<typeof needSchema>;
