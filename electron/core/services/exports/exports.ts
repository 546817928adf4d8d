/**
 * «Esporta» of a list (associations, candidates, needs, internships), as Excel or CSV: the rows its
 * own filters select, taken once when the export starts, written a page at a time into a temporary
 * file under the data folder that is renamed only when complete. A job of the core's one registry
 * (../../jobs.ts, shared with the exchange): progress pushed as `exports.job` events, cancelled
 * between two pages (no file is left), the file fetched in pieces by the operator who started it
 * and removed an hour after. Every finished export is a line of the audit log: who, which list,
 * the filters in words, how many rows, which format.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/api/errors';
import {
  EXPORT_FORMAT_LABELS,
  EXPORT_LIST_LABELS,
  LIST_EXPORT_JOB_EVENT,
  type ExportFormat,
  type ListExportJob,
} from '@shared/api/exports';
import { italianDateTime } from '@shared/validation/italian-time';
import type { ReadCtx, WriteCtx } from '../../context';
import type { EventBus } from '../../events';
import { fileChunk, JOB_KEEP_MS, JobRegistry, type FileChunk, type RunningJob } from '../../jobs';
import type { Logger } from '../../log';
import { writeAudit } from '../audit/audit-log';
import { valuesOf } from './columns';
import type { ExportSource } from './source';
import { csvWriter, xlsxWriter, type SheetWriter } from './writers';

/** Where the files wait to be downloaded, under the data folder. */
export const LIST_EXPORTS_FOLDER = join('esportazioni', 'elenchi');
/**
 * Rows read and written between two looks at «Annulla». Small, so the garbage of a page (row objects,
 * exceljs's XML) dies young instead of piling up until a full collection: at 1,000 rows the peak of
 * an export of 100,000 candidates was 60 MB higher (tests/bench/exports.ts).
 */
export const EXPORT_PAGE = 250;
/** Rows between two progress events: the page follows without an event every few milliseconds. */
const REPORT_EVERY = 1000;
const PART = '.part';

/** The finished files, by job: removed with the job an hour after it ended. */
const files = new Map<string, string>();

function removeFile(path: string | undefined): void {
  if (path) rmSync(path, { force: true });
}

const jobs = new JobRegistry<ListExportJob>({
  event: LIST_EXPORT_JOB_EVENT,
  notFound: 'Esportazione non trovata: forse è finita da più di un’ora o l’applicazione è stata riavviata. Esporta di nuovo.',
  onForget: (job) => {
    removeFile(files.get(job.view.id));
    files.delete(job.view.id);
  },
});

/** Files a restart left behind (their jobs forgotten): gone once they are older than a job is kept. */
function sweepStale(folder: string, now: number): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    try {
      if (now - statSync(path).mtimeMs > JOB_KEEP_MS) rmSync(path, { force: true });
    } catch {
      // Removed meanwhile by another export's sweep.
    }
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `candidati-2026-12-07-1530.xlsx`: the list and the Italian date and time. */
function fileNameFor(stem: string, format: ExportFormat, at: Date): string {
  return `${stem}-${italianDateTime(at).replace('T', '-').replace(':', '')}.${format}`;
}

interface Plan<I, R> {
  source: ExportSource<I, R>;
  format: ExportFormat;
  rowids: number[];
  seesSpecial: boolean;
  path: string;
}

/** Writes the rows page by page; the number written, or null when cancelled (nothing is left then). */
async function writeRows<I, R>(job: RunningJob<ListExportJob>, ctx: ReadCtx, plan: Plan<I, R>): Promise<number | null> {
  const columns = plan.source.columns(ctx, plan.seesSpecial);
  const temporary = `${plan.path}${PART}`;
  const sheet = { name: plan.source.sheet, columns };
  const writer: SheetWriter = plan.format === 'xlsx' ? xlsxWriter(temporary, sheet) : csvWriter(temporary, sheet);
  let written = 0;
  let reported = 0;
  let finished = false;
  try {
    // The request that started the job answers first; the file is written in the turns after it.
    await nextTurn();
    for (let at = 0; at < plan.rowids.length; at += EXPORT_PAGE) {
      if (job.cancelled) return null;
      const page = plan.rowids.slice(at, at + EXPORT_PAGE);
      // A row removed since the export started is simply not there.
      const rows = plan.source.rows(ctx, page, plan.seesSpecial);
      for (const row of rows) writer.row(valuesOf(columns, row));
      written += rows.length;
      job.view.done = Math.min(plan.rowids.length, at + page.length);
      await writer.drained();
      if (job.view.done - reported >= REPORT_EVERY || job.view.done === plan.rowids.length) {
        reported = job.view.done;
        job.report();
      }
      await nextTurn();
    }
    if (job.cancelled) return null;
    await writer.end();
    finished = true;
    renameSync(temporary, plan.path);
    return written;
  } finally {
    if (!finished) {
      writer.abort();
      rmSync(temporary, { force: true });
    }
  }
}

export interface ExportRequest<I> {
  format: ExportFormat;
  /** The list's own input, as its `*.list` method parsed it. */
  filters: I;
}

export interface ExportEnv {
  events: EventBus;
  log: Logger;
  /** The caller holds `candidates.special`: protected categories and special data in the clear. */
  seesSpecial: boolean;
}

/** Starts the export of a list under its filters; answers at once with the job, its total already known. */
export function startListExport<I, R>(ctx: WriteCtx, env: ExportEnv, source: ExportSource<I, R>, request: ExportRequest<I>): ListExportJob {
  const folder = join(ctx.dataDir, LIST_EXPORTS_FOLDER);
  mkdirSync(folder, { recursive: true });
  sweepStale(folder, Date.now());
  const rowids = source.selection(ctx, request.filters);
  const label = `${EXPORT_LIST_LABELS[source.list]} in ${EXPORT_FORMAT_LABELS[request.format]}`;
  const job = jobs.start(env.events, { list: source.list, format: request.format, label, result: null }, ctx.actor.id);
  job.view.total = rowids.length;
  const path = join(folder, `${job.view.id}.${request.format}`);
  const words = source.filtersInWords(ctx, request.filters);
  const fileName = fileNameFor(source.fileStem, request.format, ctx.now());

  void writeRows(job, ctx, { source, format: request.format, rowids, seesSpecial: env.seesSpecial, path })
    .then((written) => {
      if (written === null) return jobs.finish(job, 'annullato');
      writeAudit(ctx, {
        entity: 'settings',
        entityId: ctx.siteId,
        action: 'export',
        changes: [
          { field: 'elenco', before: null, after: `${label}: ${written} ${written === 1 ? 'riga' : 'righe'}` },
          { field: 'filtri', before: null, after: words.length > 0 ? `filtri: ${words.join(', ')}` : 'nessun filtro' },
        ],
      });
      files.set(job.view.id, path);
      job.view.result = { fileName, size: statSync(path).size, rows: written };
      jobs.finish(job, 'completato');
    })
    .catch((error: unknown) => {
      env.log.error(`list export ${source.list} failed`, error);
      removeFile(path);
      const message = error instanceof AppError ? error.message : 'L’esportazione non è riuscita (vedi il registro dell’applicazione): nessun file è stato lasciato a metà. Riprova.';
      jobs.finish(job, 'fallito', message);
    });
  return { ...job.view };
}

/** The job as its starter sees it; anyone else is answered as for an unknown one. */
export function listExportJob(ctx: ReadCtx, id: string): ListExportJob {
  return jobs.view(id, ctx.actor.id);
}

export function cancelListExport(ctx: ReadCtx, id: string): ListExportJob {
  return jobs.cancel(id, ctx.actor.id);
}

/** A piece of the finished file, for its starter only. */
export function listExportChunk(ctx: ReadCtx, id: string, offset: number, chunkBytes: number): FileChunk {
  const job = jobs.require(id, ctx.actor.id);
  const path = files.get(id);
  if (job.view.state !== 'completato' || !job.view.result || !path) throw new AppError('CONFLICT', 'Il file non è ancora pronto: attendi la fine dell’esportazione.');
  return fileChunk(path, job.view.result.fileName, offset, chunkBytes, 'Il file di questa esportazione non è più nella cartella dei dati: esporta di nuovo.');
}
