/**
 * Feste patronali (decision 0017): the patron day of each comune, a public holiday there that the
 * planned hours and the registers leave out. The app ships the provincial capitals of Piedmont; a
 * coordinator or administrator of any office adds a comune or corrects one, and the row travels to
 * the regional office and, with its publication, to the other desks.
 */
import { z } from 'zod';
import { isLocalHolidayRule } from '../rules/calendar';
import { method } from './define';
import { id, isoTimestamp, optionalText } from './fields';

const officeSchema = z.object({ code: z.string(), name: z.string(), kind: z.enum(['sportello', 'ufficio_regionale']) });

export const patronDayFields = z.object({
  comuneCode: z
    .string({ error: 'Scegli il comune' })
    .trim()
    .regex(/^[A-Z]\d{3}$/, 'Scegli il comune dall’elenco'),
  /** 'MM-DD' or 'MM-Wn-d'; null: the comune keeps no patron holiday. */
  rule: z
    .string()
    .refine(isLocalHolidayRule, 'Data non valida: indica giorno e mese (o quale giorno della settimana di quale mese)')
    .nullable(),
  saint: optionalText(120),
  source: optionalText(300),
});
export type PatronDayInput = z.input<typeof patronDayFields>;
export type PatronDayData = z.output<typeof patronDayFields>;

export const patronDaySchema = z.object({
  /** Null for a comune of the list shipped with the app that no office has corrected. */
  id: z.string().nullable(),
  hlc: z.string().nullable(),
  comuneCode: z.string(),
  comune: z.string(),
  province: z.string().nullable(),
  rule: z.string().nullable(),
  /** «24 giugno», «primo martedì di maggio», «nessuna festa patronale». */
  ruleText: z.string(),
  saint: z.string().nullable(),
  source: z.string().nullable(),
  /** True for the shipped entry, false for an office's row (which may correct a shipped one). */
  shipped: z.boolean(),
  /** An office's row for a comune the app ships: it takes the shipped entry's place. */
  correctsShipped: z.boolean(),
  updatedAt: isoTimestamp.nullable(),
  /** The office that wrote the row when it is not this one and it is known here. */
  origin: officeSchema.nullable(),
  /** Written by this office (false for the shipped entry and for another office's row, known here or not). */
  writtenHere: z.boolean(),
});
export type PatronDayView = z.output<typeof patronDaySchema>;

const version = z.string({ error: 'Versione mancante' }).min(1, 'Versione mancante');

export const patronDaysMethods = {
  'patronDays.list': method({
    summary: 'Le feste patronali dei comuni: quelle fornite con l’applicazione e quelle aggiunte o corrette dagli uffici',
    access: 'internships.read',
    input: z.object({}),
    output: z.object({ items: z.array(patronDaySchema) }),
  }),
  'patronDays.create': method({
    summary: 'Aggiunge (o corregge, per un capoluogo fornito) la festa patronale di un comune',
    access: 'rules.manage',
    input: patronDayFields,
    output: patronDaySchema,
  }),
  'patronDays.update': method({
    summary: 'Corregge la festa patronale di un comune scritta da un ufficio',
    access: 'rules.manage',
    input: z.object({ id, hlc: version, data: patronDayFields }),
    output: patronDaySchema,
  }),
  'patronDays.delete': method({
    summary: 'Toglie la festa patronale scritta da un ufficio (per un capoluogo torna quella fornita)',
    access: 'rules.manage',
    input: z.object({ id, hlc: version }),
    output: z.object({ id: z.string() }),
  }),
};
