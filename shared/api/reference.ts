import { z } from 'zod';
import { method } from './define';
import { OFFICE_KINDS } from './settings';

export const PLACE_KINDS = ['comune', 'stato'] as const;

export const placeSchema = z.object({
  code: z.string(),
  name: z.string(),
  province: z.string().nullable(),
  kind: z.enum(PLACE_KINDS),
});
export type PlaceInfo = z.output<typeof placeSchema>;

export const decodedTaxCodeSchema = z.object({
  ok: z.boolean(),
  /** Why the code is not valid, in Italian; null when it is. */
  problem: z.string().nullable(),
  /** 'YYYY-MM-DD' */
  birthDate: z.string().nullable(),
  sex: z.enum(['M', 'F']).nullable(),
  /** Belfiore code with omocodia undone, also when the place is not in the reference list. */
  placeCode: z.string().nullable(),
  place: placeSchema.nullable(),
  /** "Torino (TO)", "Marocco (stato estero)"; null when the place is not known. */
  placeLabel: z.string().nullable(),
  omocodic: z.boolean(),
});
export type DecodedTaxCodeInfo = z.output<typeof decodedTaxCodeSchema>;

/** An office known here: this desk, and at a regional office (or after its register arrived) the others too. */
export const knownOfficeSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(OFFICE_KINDS),
  isLocal: z.boolean(),
});
export type KnownOffice = z.output<typeof knownOfficeSchema>;

/**
 * The «Sportello» filter of the lists: the id of the office that created the record. The id, not
 * the code, so a saved filter still works after an office renames its code.
 */
export const officeFilter = z
  .string()
  .max(64)
  .nullish()
  .transform((v) => v || null);

export const referenceMethods = {
  'reference.decodeTaxCode': method({
    reads: true,
    summary: 'Data di nascita, sesso e luogo di nascita letti da un codice fiscale',
    access: 'session',
    input: z.object({ taxCode: z.string().max(50) }),
    output: decodedTaxCodeSchema,
  }),
  'reference.searchComuni': method({
    reads: true,
    summary: 'Comuni attuali il cui nome inizia con il testo scritto (per residenza e domicilio)',
    access: 'session',
    input: z.object({ query: z.string().max(100) }),
    output: z.array(placeSchema.pick({ code: true, name: true, province: true })),
  }),
  'reference.offices': method({
    reads: true,
    summary: 'Gli sportelli conosciuti qui (per il filtro «Sportello» degli elenchi): questo per primo, poi per codice',
    access: 'session',
    input: z.object({}),
    output: z.array(knownOfficeSchema),
  }),
};
