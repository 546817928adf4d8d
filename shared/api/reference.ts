import { z } from 'zod';
import { method } from './define';

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

export const referenceMethods = {
  'reference.decodeTaxCode': method({
    summary: 'Data di nascita, sesso e luogo di nascita letti da un codice fiscale',
    access: 'session',
    input: z.object({ taxCode: z.string().max(50) }),
    output: decodedTaxCodeSchema,
  }),
  'reference.searchComuni': method({
    summary: 'Comuni attuali il cui nome inizia con il testo scritto (per residenza e domicilio)',
    access: 'session',
    input: z.object({ query: z.string().max(100) }),
    output: z.array(placeSchema.pick({ code: true, name: true, province: true })),
  }),
};
