import { z } from 'zod';
import {
  ATTACHMENT_KINDS,
  CANDIDATE_STATUSES,
  DRIVING_LICENCES,
  EDUCATION_LEVELS,
  SHIFTS,
  TARGET_CATEGORIES,
  attachmentSchema,
  candidateFields,
  candidateNoteSchema,
  candidateRowSchema,
  candidateSchema,
  candidateSpecialFields,
  candidateSpecialSchema,
} from './candidate-fields';
import { method } from './define';
import { officeFilter } from './reference';
import { id, optionalCode, optionalDate, pageInput, requiredDate, requiredText } from './fields';

export * from './candidate-fields';

export const CANDIDATE_SORTS = ['name', 'age', 'comune', 'updated'] as const;

const age = z.number().int().min(14).max(100).nullish().transform((v) => v ?? null);

export const candidateListInput = z.object({
  query: z.string().max(200).default(''),
  status: optionalCode(CANDIDATE_STATUSES),
  targetCategory: optionalCode(TARGET_CATEGORIES),
  province: z
    .string()
    .nullish()
    .transform((v) => v?.toUpperCase() || null),
  comune: z.string().max(100).nullish().transform((v) => v?.trim() || null),
  /** Available on this date: no start date, or a start date on or before it. */
  availableBy: optionalDate('Disponibile entro'),
  shift: optionalCode(SHIFTS),
  licence: optionalCode(DRIVING_LICENCES),
  ownVehicle: z.boolean().nullish().transform((v) => v ?? null),
  ageMin: age,
  ageMax: age,
  /** At least this level of education. */
  educationMin: optionalCode(EDUCATION_LEVELS),
  operatorId: z.string().nullish().transform((v) => v || null),
  /** Only the profiles registered by this office (its id). */
  site: officeFilter,
  deleted: z.boolean().default(false),
  sort: z.enum(CANDIDATE_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  ...pageInput,
});
export type CandidateListInput = z.input<typeof candidateListInput>;
export type CandidateListParams = z.output<typeof candidateListInput>;

/** The search cap: past it, counting and sorting every match would make typing feel slow. */
export const SEARCH_RESULT_CAP = 1000;

export const candidateListOutput = z.object({
  items: z.array(candidateRowSchema),
  total: z.number().int(),
  /**
   * True when the search matched more than SEARCH_RESULT_CAP profiles: `total` is then a lower
   * bound and the rows come newest first instead of in the requested order.
   */
  broad: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CandidateList = z.output<typeof candidateListOutput>;

export const duplicateCandidateSchema = candidateRowSchema.pick({
  id: true,
  firstName: true,
  lastName: true,
  taxCode: true,
  birthDate: true,
  resComune: true,
  deletedAt: true,
});
export type DuplicateCandidate = z.output<typeof duplicateCandidateSchema>;

export const candidatesMethods = {
  'candidates.list': method({
    summary: 'Cerca ed elenca i candidati, a pagine',
    access: 'candidates.read',
    visibility: 'candidateList',
    input: candidateListInput,
    output: candidateListOutput,
  }),
  'candidates.filterOptions': method({
    summary: 'Valori per i filtri (operatori di riferimento)',
    access: 'candidates.read',
    input: z.object({}),
    output: z.object({ operators: z.array(z.object({ id: z.string(), name: z.string() })) }),
  }),
  'candidates.get': method({
    summary: 'Il profilo di un candidato (senza i dati particolari)',
    access: 'candidates.read',
    visibility: 'candidate',
    input: z.object({ id }),
    output: candidateSchema,
  }),
  'candidates.create': method({
    summary: 'Nuovo candidato',
    access: 'candidates.write',
    visibility: 'candidateNew',
    input: candidateFields,
    output: candidateSchema,
  }),
  'candidates.update': method({
    summary: 'Modifica un candidato (rifiutata se nel frattempo l’ha cambiato qualcun altro)',
    access: 'candidates.write',
    visibility: 'candidateEdit',
    input: z.object({ id, hlc: z.string(), data: candidateFields }),
    output: candidateSchema,
  }),
  'candidates.delete': method({
    summary: 'Elimina un candidato (resta recuperabile)',
    access: 'candidates.delete',
    visibility: 'candidate',
    input: z.object({ id }),
    output: candidateSchema,
  }),
  'candidates.restore': method({
    summary: 'Ripristina un candidato eliminato',
    access: 'candidates.delete',
    visibility: 'candidate',
    input: z.object({ id }),
    output: candidateSchema,
  }),
  'candidates.findDuplicates': method({
    summary: 'Chi ha già questo codice fiscale, e chi ha stesso nome e data di nascita con un altro codice',
    access: 'candidates.read',
    input: z.object({
      taxCode: z.string().max(20).nullish(),
      firstName: z.string().max(100).nullish(),
      lastName: z.string().max(100).nullish(),
      birthDate: z.string().max(10).nullish(),
      exceptId: z.string().nullish(),
    }),
    output: z.object({
      sameTaxCode: duplicateCandidateSchema.nullable(),
      similar: z.array(duplicateCandidateSchema),
    }),
  }),
  'candidates.markNotDuplicate': method({
    summary: 'Segna due profili simili come persone diverse',
    access: 'candidates.write',
    input: z.object({ id, otherId: id }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'candidates.merge': method({
    summary: 'Unisce due profili della stessa persona: resta il primo, il secondo diventa un rimando',
    access: 'candidates.merge',
    visibility: 'candidate',
    input: z.object({
      survivorId: id,
      survivorHlc: z.string(),
      absorbedId: id,
      absorbedHlc: z.string(),
      data: candidateFields,
    }),
    output: candidateSchema,
  }),
  'candidates.skillSuggestions': method({
    summary: 'Competenze già usate che iniziano con il testo scritto, le più frequenti prima',
    access: 'candidates.read',
    input: z.object({ query: z.string().max(80).default('') }),
    output: z.array(z.object({ skill: z.string(), count: z.number().int() })),
  }),
  'candidates.getSpecial': method({
    reads: true,
    summary: 'Dati particolari (art. 9 GDPR) di un candidato: ogni lettura è registrata',
    access: 'candidates.special',
    input: z.object({ id }),
    output: candidateSpecialSchema,
  }),
  'candidates.updateSpecial': method({
    summary: 'Modifica i dati particolari di un candidato',
    access: 'candidates.special',
    input: z.object({ id, hlc: z.string().nullable(), data: candidateSpecialFields }),
    output: candidateSpecialSchema,
  }),
  'candidates.addNote': method({
    summary: 'Aggiunge una nota di colloquio datata',
    access: 'candidates.write',
    input: z.object({ candidateId: id, date: requiredDate('Data del colloquio'), text: requiredText('Testo della nota', 4000) }),
    output: candidateNoteSchema,
  }),
  'candidates.deleteNote': method({
    summary: 'Elimina una nota di colloquio (chi l’ha scritta o un coordinatore)',
    access: 'candidates.write',
    input: z.object({ id }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'candidates.addAttachment': method({
    summary: "Allega un file (PDF, DOCX, JPG, PNG): copiato nella cartella dell'app con la sua impronta",
    access: 'candidates.write',
    input: z.object({
      candidateId: id,
      kind: z.enum(ATTACHMENT_KINDS),
      fileName: requiredText('Nome del file', 200),
      contentBase64: z.string().min(1, 'Il file è vuoto'),
    }),
    output: attachmentSchema,
  }),
  'candidates.attachmentContent': method({
    summary: 'Il contenuto di un allegato, per aprirlo o salvarlo',
    access: 'candidates.read',
    input: z.object({ id }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() }),
  }),
  'candidates.removeAttachment': method({
    summary: 'Toglie un allegato dal profilo',
    access: 'candidates.write',
    input: z.object({ id }),
    output: z.object({ ok: z.literal(true) }),
  }),
};
