/**
 * «Scambio dati»: a desk exports its records for the regional office in one encrypted file; the
 * regional office verifies it, previews what it will do, imports it, and reviews conflicts and
 * possible duplicate people; it publishes rule sets, templates and the associations register back.
 */
import { z } from 'zod';
import { method } from './define';
import { EXCHANGE_AREAS } from './exchange-tables';
import { id } from './fields';

export const EXCHANGE_JOB_STATES = ['in_corso', 'completato', 'annullato', 'fallito'] as const;

/** A long export or import: progress is pushed as `exchange.job` events, and can be asked for. */
export const exchangeJobSchema = z.object({
  id: z.string(),
  kind: z.enum(['esportazione', 'verifica']),
  label: z.string(),
  state: z.enum(EXCHANGE_JOB_STATES),
  done: z.number().int(),
  total: z.number().int(),
  /** Why it failed, in Italian, when `state` is 'fallito'. */
  error: z.string().nullable(),
  /** The finished export: what to download. */
  result: z
    .object({ exportId: z.string(), fileName: z.string(), size: z.number().int(), sha256: z.string() })
    .nullable(),
});
export type ExchangeJob = z.output<typeof exchangeJobSchema>;

/** The name the events channel uses for job progress. */
export const EXCHANGE_JOB_EVENT = 'exchange.job';

const policyRowSchema = z.object({
  table: z.string(),
  label: z.string(),
  area: z.enum(EXCHANGE_AREAS),
  included: z.boolean(),
  optional: z.boolean(),
  leftOutByDefault: z.boolean(),
});

const officeSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['sportello', 'ufficio_regionale']),
  isLocal: z.boolean(),
});
export type ExchangeOffice = z.output<typeof officeSchema>;

export const exchangeStatusSchema = z.object({
  office: officeSchema,
  /** The key is set (from a passphrase or a key file); its fingerprint lets two offices check they agree. */
  key: z.object({ set: z.boolean(), fingerprint: z.string().nullable(), source: z.enum(['frase', 'file']).nullable() }),
  policy: z.array(policyRowSchema),
  lastExport: z
    .object({ id: z.string(), at: z.string(), hlcTo: z.string().nullable(), fileName: z.string(), full: z.boolean() })
    .nullable(),
  /** Records written here since the last export (what «Esporta» would send). */
  changedSinceLastExport: z.number().int(),
  offices: z.array(officeSchema),
  openConflicts: z.number().int(),
  proposedDuplicates: z.number().int(),
  pending: z.number().int(),
});
export type ExchangeStatus = z.output<typeof exchangeStatusSchema>;

const areaCountsSchema = z.object({
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  conflicts: z.number().int(),
  duplicates: z.number().int(),
  pending: z.number().int(),
});
export type AreaCounts = z.output<typeof areaCountsSchema>;

export const bundleSummarySchema = z.object({
  exportId: z.string(),
  kind: z.enum(['dati', 'pubblicazione']),
  site: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.enum(['sportello', 'ufficio_regionale']) }),
  exportedAt: z.string(),
  exportedBy: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  full: z.boolean(),
  hlcFrom: z.string().nullable(),
  hlcTo: z.string().nullable(),
  /** The same range as times (ISO), for the screen: changes made after `fromAt` and up to `toAt`. */
  fromAt: z.string().nullable(),
  toAt: z.string().nullable(),
  counts: z.record(z.string(), z.number().int()),
  files: z.number().int(),
  /** Tables the sender kept at its desk (GDPR settings), with their labels. */
  leftOut: z.array(z.string()),
});
export type BundleSummary = z.output<typeof bundleSummarySchema>;

export const importPreviewSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  bundle: bundleSummarySchema,
  /** When this very file (its export id) was imported before. */
  alreadyImportedAt: z.string().nullable(),
  /** The sending office is not known here yet: importing registers it, once the operator confirms. */
  unknownOffice: z.boolean(),
  areas: z.array(z.object({ area: z.enum(EXCHANGE_AREAS), label: z.string(), counts: areaCountsSchema })),
  totals: areaCountsSchema,
});
export type ImportPreview = z.output<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  exportId: z.string(),
  alreadyImportedAt: z.string().nullable(),
  areas: z.array(z.object({ area: z.enum(EXCHANGE_AREAS), label: z.string(), counts: areaCountsSchema })),
  totals: areaCountsSchema,
  /** Records that were waiting for their parent and applied now that it came. */
  appliedFromPending: z.number().int(),
  filesWritten: z.number().int(),
});
export type ImportResult = z.output<typeof importResultSchema>;

export const exportLogSchema = z.object({
  id: z.string(),
  at: z.string(),
  operatorName: z.string(),
  kind: z.enum(['dati', 'pubblicazione']),
  full: z.boolean(),
  hlcFrom: z.string().nullable(),
  hlcTo: z.string().nullable(),
  records: z.number().int(),
  files: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
});

export const importLogSchema = z.object({
  exportId: z.string(),
  at: z.string(),
  operatorName: z.string(),
  officeCode: z.string(),
  officeName: z.string(),
  kind: z.enum(['dati', 'pubblicazione']),
  fileName: z.string(),
  sha256: z.string(),
  exportedAt: z.string(),
  totals: areaCountsSchema,
});

const changeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const conflictSummarySchema = z.object({
  /** `table:recordId:writer`: one open conflict per record and office. */
  id: z.string(),
  table: z.string(),
  area: z.enum(EXCHANGE_AREAS),
  what: z.string(),
  recordId: z.string(),
  /** «Polisportiva Aurora», «Rossi Mario (RSSMRA…)»: how people recognise the record. */
  title: z.string(),
  current: z.object({ officeCode: z.string(), at: z.string() }),
  theirs: z.object({ officeCode: z.string(), at: z.string() }),
  receivedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolution: z.enum(['corrente', 'arrivata', 'combinata']).nullable(),
});
export type ConflictSummary = z.output<typeof conflictSummarySchema>;

export const conflictDetailSchema = conflictSummarySchema.extend({
  fields: z.array(
    z.object({ column: z.string(), label: z.string(), current: changeValue, theirs: changeValue, differs: z.boolean() }),
  ),
});
export type ConflictDetail = z.output<typeof conflictDetailSchema>;

export const duplicateProposalSchema = z.object({
  firstId: z.string(),
  secondId: z.string(),
  taxCode: z.string(),
  proposedAt: z.string(),
  status: z.enum(['proposta', 'unita', 'respinta']),
  note: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  people: z.array(
    z.object({ id: z.string(), name: z.string(), officeCode: z.string(), birthDate: z.string(), comune: z.string().nullable(), hlc: z.string(), live: z.boolean() }),
  ),
});
export type DuplicateProposal = z.output<typeof duplicateProposalSchema>;

const fileSchema = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

/** Largest piece of a file carried by one call (upload or download), before base64. */
export const EXCHANGE_CHUNK_BYTES = 4 * 1024 * 1024;
/** A bundle bigger than this is refused at upload (a full piemonte10 export with files is well under). */
export const EXCHANGE_MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024;

const passphrase = z.string().min(12, 'La frase segreta deve avere almeno 12 caratteri').max(200, 'Al massimo 200 caratteri');

export const exchangeMethods = {
  'exchange.status': method({
    reads: true,
    summary: 'Scambio dati: chiave, cosa viaggia, ultima esportazione, sportelli conosciuti, cosa attende una decisione',
    access: 'exchange.run',
    input: z.object({}),
    output: exchangeStatusSchema,
  }),
  'exchange.setPassphrase': method({
    summary: 'Imposta la chiave di scambio da una frase segreta concordata con l’ufficio regionale (non conservata in chiaro)',
    access: 'settings.manage',
    input: z
      .object({ passphrase, confirm: z.string() })
      .refine((v) => v.passphrase === v.confirm, { path: ['confirm'], message: 'Le due frasi non coincidono' }),
    output: z.object({ fingerprint: z.string() }),
  }),
  'exchange.createKeyFile': method({
    summary: 'Crea un file chiave casuale, lo adotta come chiave di scambio e lo restituisce da consegnare agli sportelli',
    access: 'settings.manage',
    input: z.object({}),
    output: fileSchema.extend({ fingerprint: z.string() }),
  }),
  'exchange.loadKeyFile': method({
    summary: 'Adotta come chiave di scambio un file chiave ricevuto dall’ufficio regionale',
    access: 'settings.manage',
    input: z.object({ contentBase64: z.string().max(4096) }),
    output: z.object({ fingerprint: z.string() }),
  }),
  'exchange.setPolicy': method({
    summary: 'Quali dati restano allo sportello (GDPR): per tabella',
    access: 'settings.manage',
    input: z.object({ included: z.record(z.string(), z.boolean()) }),
    output: exchangeStatusSchema,
  }),
  'exchange.startExport': method({
    summary: 'Avvia l’esportazione per l’ufficio regionale (le modifiche dall’ultima, o completa), con o senza i file',
    access: 'exchange.run',
    input: z.object({ full: z.boolean().default(false), includeFiles: z.boolean().default(false) }),
    output: exchangeJobSchema,
  }),
  'exchange.startPublication': method({
    summary: 'Ufficio regionale: avvia la pubblicazione di regole, modelli, elenco dei comitati AICS e anagrafica delle associazioni per gli sportelli',
    access: 'exchange.publish',
    input: z.object({
      ruleSets: z.boolean().default(true),
      templates: z.boolean().default(true),
      associations: z.boolean().default(true),
      committees: z.boolean().default(true),
    }),
    output: exchangeJobSchema,
  }),
  'exchange.job': method({
    reads: true,
    summary: 'Dove è arrivata un’esportazione',
    access: 'exchange.run',
    input: z.object({ id: z.string() }),
    output: exchangeJobSchema,
  }),
  'exchange.cancelJob': method({
    summary: 'Annulla un’esportazione in corso: nessun file resta e il punto di partenza della prossima non si sposta',
    access: 'exchange.run',
    input: z.object({ id: z.string() }),
    output: exchangeJobSchema,
  }),
  'exchange.downloadChunk': method({
    reads: true,
    summary: 'Un pezzo del file esportato, per scaricarlo o salvarlo',
    access: 'exchange.run',
    input: z.object({ exportId: id, offset: z.number().int().min(0) }),
    output: z.object({ fileName: z.string(), size: z.number().int(), chunkBase64: z.string(), nextOffset: z.number().int().nullable() }),
  }),
  'exchange.uploadChunk': method({
    reads: true,
    summary: 'Un pezzo del file da importare (il primo apre il caricamento)',
    access: 'exchange.import',
    input: z.object({
      uploadId: z.string().nullable(),
      fileName: z.string().max(255),
      offset: z.number().int().min(0),
      chunkBase64: z.string().max(Math.ceil((EXCHANGE_CHUNK_BYTES * 4) / 3) + 8),
    }),
    output: z.object({ uploadId: z.string(), received: z.number().int() }),
  }),
  'exchange.preview': method({
    reads: true,
    summary: 'Verifica il file caricato (chiave, impronte, versione, sportello) e dice cosa farebbe l’importazione, senza scrivere nulla',
    access: 'exchange.import',
    input: z.object({ uploadId: z.string() }),
    output: importPreviewSchema,
  }),
  'exchange.import': method({
    summary: 'Importa il file verificato in una sola transazione',
    access: 'exchange.import',
    input: z.object({ uploadId: z.string(), registerOffice: z.boolean().default(false) }),
    output: importResultSchema,
  }),
  'exchange.exports': method({
    reads: true,
    summary: 'Registro delle esportazioni',
    access: 'exchange.run',
    input: z.object({}),
    output: z.array(exportLogSchema),
  }),
  'exchange.imports': method({
    reads: true,
    summary: 'Registro delle importazioni',
    access: 'exchange.run',
    input: z.object({}),
    output: z.array(importLogSchema),
  }),
  'exchange.conflicts': method({
    reads: true,
    summary: 'Conflitti: versioni dello stesso record modificate in due sedi',
    access: 'exchange.resolve',
    input: z.object({ resolved: z.boolean().default(false) }),
    output: z.array(conflictSummarySchema),
  }),
  'exchange.conflict': method({
    reads: true,
    summary: 'Un conflitto con le due versioni campo per campo',
    access: 'exchange.resolve',
    input: z.object({ id: z.string() }),
    output: conflictDetailSchema,
  }),
  'exchange.resolveConflict': method({
    summary: 'Risolve un conflitto: tiene la versione attuale, quella arrivata, o le combina campo per campo',
    access: 'exchange.resolve',
    input: z.object({
      id: z.string(),
      choice: z.enum(['corrente', 'arrivata', 'combinata']),
      /** With 'combinata': the columns taken from the arrived version. */
      takeTheirs: z.array(z.string()).default([]),
    }),
    output: conflictSummarySchema,
  }),
  'exchange.duplicates': method({
    reads: true,
    summary: 'Persone con lo stesso codice fiscale registrate in due sedi: unioni proposte',
    access: 'exchange.resolve',
    input: z.object({ status: z.enum(['proposta', 'unita', 'respinta']).default('proposta') }),
    output: z.array(duplicateProposalSchema),
  }),
  'exchange.dismissDuplicate': method({
    summary: 'Non sono la stessa persona: la proposta di unione è respinta, con il motivo',
    access: 'exchange.resolve',
    input: z.object({ firstId: id, secondId: id, note: z.string().trim().min(3, 'Scrivi il motivo').max(500) }),
    output: duplicateProposalSchema,
  }),
};
