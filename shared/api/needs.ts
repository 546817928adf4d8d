import { z } from 'zod';
import { method } from './define';
import { officeFilter } from './reference';
import { id, optionalCode, pageInput } from './fields';
import { NEED_OFFERS, NEED_STATUSES, needFields, needSchema } from './need-fields';

export * from './need-fields';

export const needRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  associationId: z.string(),
  associationName: z.string(),
  comune: z.string(),
  province: z.string().nullable(),
  status: z.enum(NEED_STATUSES),
  positions: z.number().int(),
  offers: z.array(z.enum(NEED_OFFERS)),
  receivedOn: z.string(),
  operatorName: z.string().nullable(),
  deletedAt: z.string().nullable(),
  /** Code of the office that created it (TO01); null only if that office's row has not arrived here yet. */
  officeCode: z.string().nullable(),
  /** Proposals made for it (any status) and how many were accepted. */
  proposals: z.number().int(),
  accepted: z.number().int(),
});
export type NeedRow = z.output<typeof needRowSchema>;

export const needListInput = z.object({
  query: z.string().max(200).default(''),
  status: optionalCode(NEED_STATUSES),
  associationId: z.string().nullish().transform((v) => v || null),
  committee: z.string().nullish().transform((v) => v || null),
  province: z
    .string()
    .nullish()
    .transform((v) => v?.toUpperCase() || null),
  operatorId: z.string().nullish().transform((v) => v || null),
  offer: optionalCode(NEED_OFFERS),
  /** Received at least this many days ago (requests waiting too long). */
  olderThanDays: z.number().int().min(0).max(3650).nullish().transform((v) => v ?? null),
  /** Only the needs registered by this office (its id). */
  site: officeFilter,
  deleted: z.boolean().default(false),
  ...pageInput,
});
export type NeedListInput = z.input<typeof needListInput>;
export type NeedListParams = z.output<typeof needListInput>;

export const needsMethods = {
  'needs.list': method({
    summary: 'Cerca ed elenca i fabbisogni, i più recenti prima',
    access: 'needs.read',
    input: needListInput,
    output: z.object({ items: z.array(needRowSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  }),
  'needs.get': method({
    summary: 'Un fabbisogno con la sua cronologia e la capacità di accoglienza dell’associazione',
    access: 'needs.read',
    visibility: 'need',
    input: z.object({ id }),
    output: needSchema,
  }),
  'needs.create': method({
    summary: 'Nuovo fabbisogno di un’associazione',
    access: 'needs.write',
    visibility: 'needNew',
    input: needFields,
    output: needSchema,
  }),
  'needs.update': method({
    summary: 'Modifica un fabbisogno (rifiutata se nel frattempo l’ha cambiato qualcun altro)',
    access: 'needs.write',
    visibility: 'needEdit',
    input: z.object({ id, hlc: z.string(), data: needFields }),
    output: needSchema,
  }),
  'needs.transition': method({
    summary: 'Cambia lo stato di un fabbisogno, solo tra gli stati ammessi',
    access: 'needs.write',
    visibility: 'need',
    input: z.object({ id, hlc: z.string(), to: z.enum(NEED_STATUSES), note: z.string().trim().max(1000).nullish().transform((v) => v || null) }),
    output: needSchema,
  }),
  'needs.delete': method({
    summary: 'Elimina un fabbisogno (resta recuperabile)',
    access: 'needs.delete',
    visibility: 'need',
    input: z.object({ id }),
    output: needSchema,
  }),
  'needs.restore': method({
    summary: 'Ripristina un fabbisogno eliminato',
    access: 'needs.delete',
    visibility: 'need',
    input: z.object({ id }),
    output: needSchema,
  }),
};
