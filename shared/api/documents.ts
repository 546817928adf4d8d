/**
 * Documenti Word: the signing pack of an internship file, generated from its data, archived with
 * version and sha256, and tracked until the signed scan is attached; the office's own templates;
 * the month's registers for every running file in one batch.
 */
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../documents/context';
import { signatureCheckSchema } from '../documents/signatures';
import { method } from './define';
import { id, optionalText, requiredText } from './fields';

export { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, DOCUMENT_SIGNED_BY, type DocumentKind } from '../documents/context';

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Mese non valido (AAAA-MM)');

export const DOCUMENT_STATES = ['da_firmare', 'firmato'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
export const DOCUMENT_STATE_LABELS: Record<DocumentState, string> = { da_firmare: 'Da firmare', firmato: 'Firmato' };

/** Largest upload (signed scan, template): a scanned agreement at 150–300 dpi fits; base64 keeps it under the web host's 20 MiB body. */
export const DOCUMENT_UPLOAD_MAX_BYTES = 12 * 1024 * 1024;

export const documentSchema = z.object({
  id: z.string(),
  internshipId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  month: z.string().nullable(),
  version: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  /** «Modello dell’ufficio v2» or null for the built-in document. */
  templateVersion: z.number().int().nullable(),
  state: z.enum(DOCUMENT_STATES),
  /** The file's terms changed since it was prepared: its signature no longer counts; prepare it again. */
  stale: z.boolean(),
  /** It prints a restricted category: only coordinators open it. */
  restricted: z.boolean(),
  signed: z
    .object({
      fileName: z.string(),
      mimeType: z.string(),
      sha256: z.string(),
      size: z.number().int(),
      at: z.string(),
      by: z.string(),
      /** The digital signatures verified on a .p7m or signed PDF (decision 0033); null for a scan. */
      signature: signatureCheckSchema.nullable(),
    })
    .nullable(),
});
export type DocumentView = z.output<typeof documentSchema>;

export const documentProblemSchema = z.object({
  message: z.string(),
  place: z.enum(['tirocinio', 'associazione', 'candidato', 'impostazioni', 'presenze']),
  field: z.string().nullable(),
});

export const documentKindStatusSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  /** What stops generating it now; empty when it can be generated. */
  problems: z.array(documentProblemSchema),
  /** Every version, newest first (for the register: all months). */
  versions: z.array(documentSchema),
});

export const internshipDocumentsSchema = z.object({
  internshipId: z.string(),
  kinds: z.array(documentKindStatusSchema),
  /** True when the newest convenzione and PFI are both signed (or a coordinator waived it). */
  signaturesComplete: z.boolean(),
  /** A coordinator's go-ahead without the signed pack, with the reason. */
  signaturesWaiver: z.object({ reason: z.string(), grantedBy: z.string(), at: z.string() }).nullable(),
  /** The months the register can be prepared for ('YYYY-MM'), first to last. */
  registerMonths: z.array(z.string()),
});
export type InternshipDocuments = z.output<typeof internshipDocumentsSchema>;

const fileContent = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

export const templateSchema = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  version: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  placeholders: z.array(z.string()),
  note: z.string().nullable(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  /** The newest version not withdrawn is the one documents are filled from. */
  inUse: z.boolean(),
  withdrawnAt: z.string().nullable(),
  /** The office that published it when it is not this one (the regional office): it cannot be withdrawn here. */
  origin: z.string().nullable(),
});
export type TemplateView = z.output<typeof templateSchema>;

export const trustListSchema = z.object({
  /** CA certificates in the list; 0 when none was imported. */
  count: z.number().int(),
  fileName: z.string().nullable(),
  importedAt: z.string().nullable(),
  importedBy: z.string().nullable(),
  /** The first certificators, by name, to show what was imported. */
  authorities: z.array(z.string()),
});
export type TrustListView = z.output<typeof trustListSchema>;

export const JOB_STATES = ['in_corso', 'completato', 'annullato', 'fallito'] as const;
export const jobSchema = z.object({
  id: z.string(),
  label: z.string(),
  state: z.enum(JOB_STATES),
  done: z.number().int(),
  total: z.number().int(),
  /** Files skipped, each with why («TO01-2027-0004: manca l’orario settimanale»). */
  skipped: z.array(z.string()),
  /** The documents made so far (the batch keeps what it finished when cancelled), with their file names. */
  documents: z.array(z.object({ id: z.string(), fileName: z.string(), internshipId: z.string() })),
});
export type JobView = z.output<typeof jobSchema>;

export const documentsMethods = {
  'documents.forInternship': method({
    summary: 'I documenti di una pratica: cosa si può preparare, le versioni, cosa resta da firmare',
    access: 'documents.read',
    visibility: 'handler',
    input: z.object({ internshipId: id }),
    output: internshipDocumentsSchema,
  }),
  'documents.generate': method({
    summary: 'Prepara un documento Word dai dati della pratica (una nuova versione; le precedenti restano)',
    access: 'documents.write',
    visibility: 'handler',
    input: z.object({ internshipId: id, kind: z.enum(DOCUMENT_KINDS), month: monthKey.nullish().transform((v) => v ?? null) }),
    output: documentSchema,
  }),
  'documents.content': method({
    summary: 'Il file di un documento (o la sua scansione firmata), per salvarlo o aprirlo',
    access: 'documents.read',
    visibility: 'handler',
    input: z.object({ id, signed: z.boolean().default(false) }),
    output: fileContent,
  }),
  'documents.attachSigned': method({
    summary: 'Allega la copia firmata: scansione (PDF o immagine) o firma digitale (.p7m, PDF firmato), verificata; il documento diventa «Firmato»',
    access: 'documents.write',
    input: z.object({
      id,
      fileName: requiredText('Nome del file', 200),
      contentBase64: z.string().min(1, 'Il file è vuoto'),
      /** A coordinator accepts a signed content different from the document prepared (decision 0033). */
      confirmDifferent: z.boolean().default(false),
    }),
    output: documentSchema,
  }),
  'documents.trustList': method({
    summary: 'L’elenco di fiducia dei certificatori importato (per verificare la catena delle firme digitali)',
    access: 'documents.read',
    input: z.object({}),
    output: trustListSchema,
  }),
  'documents.importTrustList': method({
    summary: 'Importa l’elenco di fiducia AgID (file XML TSL): sostituisce quello precedente',
    access: 'settings.manage',
    input: z.object({ fileName: requiredText('Nome del file', 200), contentBase64: z.string().min(1, 'Il file è vuoto') }),
    output: trustListSchema,
  }),
  'documents.waiveSignatures': method({
    summary: 'Avvio senza convenzione e PFI firmati: deroga di un coordinatore, con il motivo',
    access: 'internships.waive',
    visibility: 'handler',
    input: z.object({ internshipId: id, reason: z.string().trim().min(10, 'Scrivi il motivo della deroga (almeno 10 caratteri)').max(1000) }),
    output: internshipDocumentsSchema,
  }),
  'documents.templates': method({
    summary: 'I modelli Word caricati dall’ufficio, per tipo di documento, con le versioni',
    access: 'documents.read',
    input: z.object({}),
    output: z.array(templateSchema),
  }),
  'documents.uploadTemplate': method({
    summary: 'Carica un modello Word con {{segnaposto}}: quelli sconosciuti sono rifiutati per nome',
    access: 'settings.manage',
    input: z.object({ kind: z.enum(DOCUMENT_KINDS), fileName: requiredText('Nome del file', 200), contentBase64: z.string().min(1, 'Il file è vuoto'), note: optionalText(300) }),
    output: templateSchema,
  }),
  'documents.withdrawTemplate': method({
    summary: 'Ritira una versione di un modello: si torna alla precedente o al documento incorporato',
    access: 'settings.manage',
    input: z.object({ id }),
    output: z.array(templateSchema),
  }),
  'documents.templateContent': method({
    summary: 'Il file di un modello caricato',
    access: 'documents.read',
    input: z.object({ id }),
    output: fileContent,
  }),
  'documents.logo': method({
    summary: 'Il logo del soggetto promotore stampato nell’intestazione dei documenti, se impostato',
    access: 'documents.read',
    input: z.object({}),
    output: fileContent.nullable(),
  }),
  'documents.setLogo': method({
    summary: 'Imposta (o toglie, con null) il logo per l’intestazione dei documenti: PNG o JPG, al massimo 300 KB',
    access: 'settings.manage',
    input: z.object({ logo: z.object({ fileName: requiredText('Nome del file', 200), contentBase64: z.string().min(1, 'Il file è vuoto') }).nullable() }),
    output: fileContent.nullable(),
  }),
  'documents.startRegisters': method({
    summary: 'Prepara i registri presenze di un mese per tutti i tirocini in corso (in blocco, annullabile)',
    access: 'documents.write',
    input: z.object({ month: monthKey }),
    output: jobSchema,
  }),
  'documents.job': method({
    summary: 'A che punto è una preparazione in blocco',
    access: 'documents.read',
    input: z.object({ id: z.string() }),
    output: jobSchema,
  }),
  'documents.cancelJob': method({
    summary: 'Ferma una preparazione in blocco (quello già fatto resta)',
    access: 'documents.write',
    input: z.object({ id: z.string() }),
    output: jobSchema,
  }),
  'documents.jobZip': method({
    summary: 'I documenti preparati in blocco, in un unico file .zip',
    access: 'documents.read',
    input: z.object({ id: z.string() }),
    output: fileContent,
  }),
};
