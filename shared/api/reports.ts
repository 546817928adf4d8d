/**
 * «Report» (issue 16): the AICS–Exar protocol's own figures for a period, as the partnership
 * reports them, and the monitoring workbook (Excel) with one sheet per breakdown. What each figure
 * counts, exactly, is in docs/decisions/0031-reports.md; the statements are in
 * electron/core/services/reports/. A role without `candidates.special` sees the four protected
 * target categories as one row «Categorie tutelate» (decision 0026).
 */
import { z } from 'zod';
import { method } from './define';
import { EXCHANGE_CHUNK_BYTES, EXCHANGE_JOB_STATES } from './exchange';
import { endsBeforeStart, requiredDate } from './fields';
import { officeFilter } from './reference';

/** The longest period a report covers: five years of a regional office stay well within a second. */
export const REPORT_MAX_MONTHS = 60;

export const reportInput = z
  .object({
    /** First and last day of the period, both included ('YYYY-MM-DD'). */
    from: requiredDate('Dal'),
    to: requiredDate('Al'),
    /** One operator's needs, proposals and files (the files they follow as promoter tutor); null: everybody's. */
    operatorId: z.string().max(64).nullish().transform((v) => v || null),
    /** The «Sportello» filter: the records one office created (a regional office holds several). */
    site: officeFilter,
  })
  .superRefine((v, ctx) => {
    if (endsBeforeStart(v.from, v.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Al: la fine del periodo viene prima dell’inizio' });
    const months = (Number(v.to.slice(0, 4)) - Number(v.from.slice(0, 4))) * 12 + Number(v.to.slice(5, 7)) - Number(v.from.slice(5, 7));
    if (months >= REPORT_MAX_MONTHS) ctx.addIssue({ code: 'custom', path: ['to'], message: `Al: il periodo può durare al massimo ${REPORT_MAX_MONTHS / 12} anni` });
  });
export type ReportInput = z.input<typeof reportInput>;
export type ReportParams = z.output<typeof reportInput>;

/** The six figures of the protocol, in the order the partnership reports them. */
export const PROTOCOL_FIGURES = ['associations', 'hostsWithoutEmployees', 'needsReceived', 'peopleProposed', 'started', 'hired'] as const;
export type ProtocolFigure = (typeof PROTOCOL_FIGURES)[number];
export const PROTOCOL_FIGURE_LABELS: Record<ProtocolFigure, string> = {
  associations: 'Associazioni coinvolte',
  hostsWithoutEmployees: 'Ospitanti senza dipendenti (protocollo)',
  needsReceived: 'Fabbisogni ricevuti',
  peopleProposed: 'Persone proposte',
  started: 'Tirocini avviati',
  hired: 'Persone assunte dopo il tirocinio',
};
/** What each counts, in a line: the page's help and the workbook's note column. */
export const PROTOCOL_FIGURE_HELP: Record<ProtocolFigure, string> = {
  associations: 'Con almeno un fabbisogno ricevuto o un tirocinio in corso nel periodo',
  hostsWithoutEmployees: 'Associazioni senza dipendenti che ospitano un tirocinio in corso nel periodo grazie al protocollo',
  needsReceived: 'Fabbisogni con data di ricezione nel periodo',
  peopleProposed: 'Persone diverse proposte a un fabbisogno nel periodo',
  started: 'Tirocini con data di inizio nel periodo (esclusi bozze e in firma)',
  hired: 'Persone con un tirocinio finito nel periodo e assunte dall’ospitante o altrove',
};

/** How a file ended: the three outcomes of a concluded file, or its interruption. */
export const REPORT_OUTCOMES = ['assunto_ente', 'assunto_altrove', 'senza_assunzione', 'interrotto', 'non_indicato'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];
export const REPORT_OUTCOME_LABELS: Record<ReportOutcome, string> = {
  assunto_ente: 'Assunto dall’ospitante',
  assunto_altrove: 'Assunto altrove',
  senza_assunzione: 'Non assunto',
  interrotto: 'Interrotto',
  non_indicato: 'Esito non registrato',
};

/** The row a role without the clearance reads for the four protected categories (decision 0026). */
export const FOLDED_CATEGORIES_KEY = 'tutelate';
export const FOLDED_CATEGORIES_ROW = 'Categorie tutelate';

const count = z.number().int();

/** Files started, ended and ending in a hire, for one row of a breakdown. */
const fileCounts = { started: count, ended: count, hired: count };

export const protocolFiguresSchema = z.object({
  associations: count,
  hostsWithoutEmployees: count,
  needsReceived: count,
  peopleProposed: count,
  started: count,
  hired: count,
});
export type ProtocolFigures = z.output<typeof protocolFiguresSchema>;

export const reportFiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Whose figures, in words («tutti gli operatori», «Anna Bianchi»), and which office's. */
  operatorLabel: z.string(),
  officeLabel: z.string(),
  /** The protected categories are one row: the caller has no `candidates.special`. */
  categoriesFolded: z.boolean(),
  protocol: protocolFiguresSchema,
  /** Every month of the period, none left out: files started and ended in it. */
  months: z.array(z.object({ month: z.string(), label: z.string(), started: count, ended: count })),
  /** The files that ended in the period, by how; `percent` of `endedTotal`, one decimal. */
  outcomes: z.array(z.object({ key: z.enum(REPORT_OUTCOMES), label: z.string(), count, percent: z.number() })),
  endedTotal: count,
  committees: z.array(z.object({ committee: z.string(), province: z.string(), needs: count, ...fileCounts })),
  categories: z.array(z.object({ key: z.string(), label: z.string(), ...fileCounts })),
  types: z.array(z.object({ key: z.string(), label: z.string(), ...fileCounts })),
  /** Needs received in the period, by what became of them (status today). */
  needs: z.object({ received: count, covered: count, open: count, closedWithout: count }),
  needsByMonth: z.array(z.object({ month: z.string(), label: z.string(), received: count, covered: count })),
  /** The months of the period closed in the attendance registers: what they locked. */
  allowance: z.object({
    closedMonths: count,
    hostCents: count,
    projectCents: count,
    dueCents: count,
    attendedCentiHours: count,
    plannedCentiHours: count,
    /** Months with hours entered but not closed yet: not in the amounts above. */
    openMonths: count,
  }),
});
export type ReportFigures = z.output<typeof reportFiguresSchema>;

/** The name the events channel uses for the monitoring workbook's progress. */
export const REPORT_JOB_EVENT = 'reports.job';
export const REPORT_CHUNK_BYTES = EXCHANGE_CHUNK_BYTES;

export const reportJobSchema = z.object({
  id: z.string(),
  label: z.string(),
  state: z.enum(EXCHANGE_JOB_STATES),
  /** Sheets written so far, of `total`. */
  done: count,
  total: count,
  error: z.string().nullable(),
  result: z.object({ fileName: z.string(), size: count, sheets: count }).nullable(),
});
export type ReportJob = z.output<typeof reportJobSchema>;

const jobId = z.string().max(64);

export const reportsMethods = {
  'reports.figures': method({
    summary: 'I numeri del protocollo AICS–Exar per un periodo (e un operatore): avvii, esiti, comitati, categorie, fabbisogni, indennità',
    access: 'candidates.read',
    // The category breakdown folds the protected categories for a role without the clearance (decision 0026).
    visibility: 'handler',
    input: reportInput,
    output: reportFiguresSchema,
  }),
  'reports.monitoring': method({
    summary: 'Avvia il report di monitoraggio del periodo in Excel (un foglio per ogni prospetto); l’esportazione è registrata',
    access: 'candidates.read',
    // It writes its audit line when the file is complete.
    reads: false,
    visibility: 'handler',
    input: reportInput,
    output: reportJobSchema,
  }),
  'reports.job': method({
    reads: true,
    summary: 'Dove è arrivato un report di monitoraggio (solo per chi l’ha avviato)',
    access: 'session',
    input: z.object({ id: jobId }),
    output: reportJobSchema,
  }),
  'reports.downloadChunk': method({
    reads: true,
    summary: 'Un pezzo del file di un report di monitoraggio, per scaricarlo (solo per chi l’ha avviato)',
    access: 'session',
    input: z.object({ id: jobId, offset: z.number().int().min(0) }),
    output: z.object({ fileName: z.string(), size: z.number().int(), chunkBase64: z.string(), nextOffset: z.number().int().nullable() }),
  }),
};
