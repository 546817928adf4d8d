/**
 * Comitati AICS: the regional list of AICS committees (decision 0013). The regional office keeps it
 * and publishes it with its rule sets and templates; a desk reads it and never changes it. It only
 * suggests what to write in an association's «Comitato AICS», which stays free text.
 */
import { z } from 'zod';
import { method } from './define';
import { id, isoTimestamp, optionalProvince, optionalText, requiredText } from './fields';

/** An association's `committee` holds at most 100 characters: a committee's name must fit there. */
export const COMMITTEE_NAME_MAX = 100;

export const committeeFields = z.object({
  name: requiredText('Nome del comitato', COMMITTEE_NAME_MAX),
  province: optionalProvince,
  notes: optionalText(1000),
});
export type CommitteeInput = z.input<typeof committeeFields>;
export type CommitteeData = z.output<typeof committeeFields>;

const officeSchema = z.object({ code: z.string(), name: z.string(), kind: z.enum(['sportello', 'ufficio_regionale']) });

export const committeeSchema = z.object({
  id: z.string(),
  hlc: z.string(),
  name: z.string(),
  province: z.string().nullable(),
  notes: z.string().nullable(),
  /** When the office that keeps it last changed it. */
  updatedAt: isoTimestamp,
  /** The office that wrote it when it is not this one (at a desk: the regional office). */
  origin: officeSchema.nullable(),
  /** Why it cannot be changed here, in Italian; null where it can (the regional office's own). */
  lockedReason: z.string().nullable(),
});
export type Committee = z.output<typeof committeeSchema>;

export const committeeListSchema = z.object({
  /** Live committees, by name. */
  items: z.array(committeeSchema),
  /** This office keeps the list (it is the regional office); elsewhere the list is read only. */
  managedHere: z.boolean(),
  /**
   * At a desk, the last publication of the regional office imported here (the list is as of then);
   * null at the regional office or before the first publication arrives.
   */
  lastPublication: z.object({ code: z.string(), name: z.string(), exportedAt: isoTimestamp, importedAt: isoTimestamp }).nullable(),
});
export type CommitteeList = z.output<typeof committeeListSchema>;

const version = z.string({ error: 'Versione mancante' }).min(1, 'Versione mancante');

export const committeesMethods = {
  'committees.list': method({
    summary: 'L’elenco regionale dei comitati AICS, con chi lo pubblica',
    access: 'associations.read',
    input: z.object({}),
    output: committeeListSchema,
  }),
  'committees.create': method({
    summary: 'Ufficio regionale: aggiunge un comitato AICS all’elenco che pubblica agli sportelli',
    access: 'rules.manage',
    input: committeeFields,
    output: committeeSchema,
  }),
  'committees.update': method({
    summary: 'Ufficio regionale: corregge un comitato AICS dell’elenco (le associazioni tengono il testo che hanno)',
    access: 'rules.manage',
    input: z.object({ id, hlc: version, data: committeeFields }),
    output: committeeSchema,
  }),
  'committees.delete': method({
    summary: 'Ufficio regionale: toglie un comitato AICS dall’elenco (arriva agli sportelli con la prossima pubblicazione)',
    access: 'rules.manage',
    input: z.object({ id, hlc: version }),
    output: z.object({ id: z.string() }),
  }),
};
