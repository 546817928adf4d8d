/**
 * «Esporta»: each list (associations, candidates, needs, internships) as an Excel workbook or a CSV
 * for Italian Excel, holding exactly what the list's filters select. The export runs as a job of
 * the core: progress pushed as `exports.job` events, cancellable, the file fetched in pieces, every
 * export audited. Each list's export needs the list's own read permission; a job is followed,
 * cancelled and downloaded only by the operator who started it.
 */
import { z } from 'zod';
import { associationListInput } from './associations';
import { candidateListInput } from './candidates';
import { method } from './define';
import { EXCHANGE_CHUNK_BYTES, EXCHANGE_JOB_STATES } from './exchange';
import { internshipListInput } from './internships';
import { needListInput } from './needs';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = { xlsx: 'Excel', csv: 'CSV' };

export const EXPORT_LISTS = ['associations', 'candidates', 'needs', 'internships'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
/** «Elenco candidati»: what the job, the file and the audit line call each list. */
export const EXPORT_LIST_LABELS: Record<ExportList, string> = {
  associations: 'Elenco associazioni',
  candidates: 'Elenco candidati',
  needs: 'Elenco fabbisogni',
  internships: 'Elenco tirocini',
};

/** Pieces of the finished file, one call each: the exchange's size, for the same transports. */
export const EXPORT_CHUNK_BYTES = EXCHANGE_CHUNK_BYTES;

/** The name the events channel uses for a list export's progress. */
export const LIST_EXPORT_JOB_EVENT = 'exports.job';

const format = z.enum(EXPORT_FORMATS, { error: 'Scegli il formato: Excel o CSV' });

export const listExportJobSchema = z.object({
  id: z.string(),
  list: z.enum(EXPORT_LISTS),
  format,
  label: z.string(),
  state: z.enum(EXCHANGE_JOB_STATES),
  /** Rows written so far, of `total` (known from the start: the filters are applied once, when it starts). */
  done: z.number().int(),
  total: z.number().int(),
  /** Why it failed, in Italian, when `state` is 'fallito'. */
  error: z.string().nullable(),
  /** The finished file: its name for the operator's computer and its size. */
  result: z.object({ fileName: z.string(), size: z.number().int(), rows: z.number().int() }).nullable(),
});
export type ListExportJob = z.output<typeof listExportJobSchema>;

const jobId = z.string().max(64);

/** A list's export: the format, and the list's own filters exactly as its `*.list` method takes them. */
const exportOf = <S extends z.ZodType>(filters: S) => z.object({ format, filters });

export const exportsMethods = {
  'exports.associations': method({
    summary: 'Esporta l’elenco delle associazioni filtrato, in Excel o CSV; l’esportazione è registrata',
    access: 'associations.read',
    // It writes its audit line; the screens hear of it when the job ends.
    reads: false,
    input: exportOf(associationListInput),
    output: listExportJobSchema,
  }),
  'exports.candidates': method({
    summary: 'Esporta l’elenco dei candidati filtrato, in Excel o CSV (i dati particolari solo a chi li può vedere); l’esportazione è registrata',
    access: 'candidates.read',
    reads: false,
    // What the file holds of a person's category and special data depends on the caller's clearance.
    visibility: 'handler',
    input: exportOf(candidateListInput),
    output: listExportJobSchema,
  }),
  'exports.needs': method({
    summary: 'Esporta l’elenco dei fabbisogni filtrato, in Excel o CSV; l’esportazione è registrata',
    access: 'needs.read',
    reads: false,
    // The protected categories a need asks fold into one for a role without the clearance (decision 0026).
    visibility: 'handler',
    input: exportOf(needListInput),
    output: listExportJobSchema,
  }),
  'exports.internships': method({
    summary: 'Esporta l’elenco dei tirocini filtrato, in Excel o CSV; l’esportazione è registrata',
    access: 'internships.read',
    reads: false,
    visibility: 'handler',
    input: exportOf(internshipListInput),
    output: listExportJobSchema,
  }),
  'exports.job': method({
    reads: true,
    summary: 'Dove è arrivata un’esportazione di un elenco (solo per chi l’ha avviata)',
    access: 'session',
    input: z.object({ id: jobId }),
    output: listExportJobSchema,
  }),
  'exports.cancelJob': method({
    summary: 'Annulla l’esportazione di un elenco in corso: nessun file resta',
    access: 'session',
    input: z.object({ id: jobId }),
    output: listExportJobSchema,
  }),
  'exports.downloadChunk': method({
    reads: true,
    summary: 'Un pezzo del file di un elenco esportato, per scaricarlo o salvarlo (solo per chi l’ha avviato)',
    access: 'session',
    input: z.object({ id: jobId, offset: z.number().int().min(0) }),
    output: z.object({ fileName: z.string(), size: z.number().int(), chunkBase64: z.string(), nextOffset: z.number().int().nullable() }),
  }),
};
