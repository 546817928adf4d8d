/**
 * The monitoring report as an Excel workbook (issue 16): the period's figures, one sheet per
 * breakdown, written with the list exports' streamed writer (exports/writers.ts) into their folder
 * (so their sweep removes what a restart left), as a job of the core's registry (../../jobs.ts):
 * progress pushed as `reports.job` events a sheet at a time, the file fetched in pieces by the
 * operator who started it and removed an hour after. Every finished report is an audit line, found
 * with the list exports under «Esportazioni».
 */
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/api/errors';
import { REPORT_JOB_EVENT, type ReportJob, type ReportParams } from '@shared/api/reports';
import { formatItalianDate, italianDateTime } from '@shared/validation/italian-time';
import type { ReadCtx, WriteCtx } from '../../context';
import type { EventBus } from '../../events';
import { fileChunk, JobRegistry, type FileChunk } from '../../jobs';
import type { Logger } from '../../log';
import { writeAudit } from '../audit/audit-log';
import { LIST_EXPORTS_FOLDER } from '../exports/exports';
import { xlsxWorkbook } from '../exports/writers';
import { listOffices } from '../settings/offices';
import { allowanceByMonth, endedCount, protocolFigures, reportFiguresWithDetail, sqlParams } from './figures';
import { reportSheets, type OfficeFigures, type ReportSheet } from './sheets';

const LABEL = 'Report di monitoraggio in Excel';
const PART = '.part';

/** The finished files, by job: removed with the job an hour after it ended. */
const files = new Map<string, string>();

const jobs = new JobRegistry<ReportJob>({
  event: REPORT_JOB_EVENT,
  notFound: 'Report non trovato: forse è finito da più di un’ora o l’applicazione è stata riavviata. Crealo di nuovo.',
  onForget: (job) => {
    const path = files.get(job.view.id);
    if (path) rmSync(path, { force: true });
    files.delete(job.view.id);
  },
});

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ReportEnv {
  events: EventBus;
  log: Logger;
  /** The caller holds `candidates.special`: the protected categories each in its own row. */
  seesSpecial: boolean;
}

/**
 * At a regional office (several offices' records), each office's protocol figures, and the total;
 * null at a desk alone, or when the report is already one office's.
 */
function officeFigures(ctx: ReadCtx, params: ReportParams, seesSpecial: boolean, total: OfficeFigures): OfficeFigures[] | null {
  const offices = listOffices(ctx);
  if (params.site || offices.length < 2) return null;
  const rows = offices.map((office) => {
    const p = { ...sqlParams(params, seesSpecial), site: office.id };
    const months = allowanceByMonth(ctx, p);
    return {
      office: `${office.code} · ${office.name}`,
      protocol: protocolFigures(ctx, p),
      ended: endedCount(ctx, p),
      hostCents: months.reduce((a, m) => a + m.hostCents, 0),
      projectCents: months.reduce((a, m) => a + m.projectCents, 0),
    };
  });
  return [...rows, total];
}

/** The words of the audit line: the period, whose, which office. */
function periodInWords(params: ReportParams, operatorLabel: string, officeLabel: string): string {
  return `periodo: dal ${formatItalianDate(params.from)} al ${formatItalianDate(params.to)}, operatore: ${operatorLabel}, sportello: ${officeLabel}`;
}

async function writeWorkbook(path: string, sheets: ReportSheet[], onSheet: () => void): Promise<void> {
  const temporary = `${path}${PART}`;
  const book = xlsxWorkbook(temporary);
  let finished = false;
  try {
    // The request that started the job answers first; the file is written in the turns after it.
    await nextTurn();
    for (const spec of sheets) {
      const sheet = book.sheet(spec);
      for (const row of spec.rows) sheet.row(row);
      sheet.commit();
      await book.drained();
      onSheet();
      await nextTurn();
    }
    await book.end();
    finished = true;
    renameSync(temporary, path);
  } finally {
    if (!finished) {
      book.abort();
      rmSync(temporary, { force: true });
    }
  }
}

/** Starts the workbook of the period; answers at once with the job, its number of sheets known. */
export function startMonitoringReport(ctx: WriteCtx, env: ReportEnv, params: ReportParams): ReportJob {
  // The figures are read now, in one go: what is written meanwhile does not half-enter the file.
  const detail = reportFiguresWithDetail(ctx, params, env.seesSpecial);
  const f = detail.figures;
  const total: OfficeFigures = { office: 'Totale', protocol: f.protocol, ended: f.endedTotal, hostCents: f.allowance.hostCents, projectCents: f.allowance.projectCents };
  const at = ctx.now();
  const sheets = reportSheets({ detail, offices: officeFigures(ctx, params, env.seesSpecial, total), generatedAt: italianDateTime(at).replace('T', ' '), generatedBy: ctx.actor.name });

  const folder = join(ctx.dataDir, LIST_EXPORTS_FOLDER);
  mkdirSync(folder, { recursive: true });
  const job = jobs.start(env.events, { label: LABEL, result: null }, ctx.actor.id);
  job.view.total = sheets.length;
  const path = join(folder, `${job.view.id}.xlsx`);
  const fileName = `report-monitoraggio-${params.from}-${params.to}.xlsx`;

  void writeWorkbook(path, sheets, () => {
    job.view.done += 1;
    job.report();
  })
    .then(() => {
      writeAudit(ctx, {
        entity: 'settings',
        entityId: ctx.siteId,
        action: 'export',
        changes: [
          { field: 'elenco', before: null, after: `${LABEL}: ${sheets.length} fogli` },
          { field: 'filtri', before: null, after: periodInWords(params, f.operatorLabel, f.officeLabel) },
        ],
      });
      files.set(job.view.id, path);
      job.view.result = { fileName, size: statSync(path).size, sheets: sheets.length };
      jobs.finish(job, 'completato');
    })
    .catch((error: unknown) => {
      env.log.error('monitoring report failed', error);
      rmSync(path, { force: true });
      jobs.finish(job, 'fallito', 'Il report non è riuscito (vedi il registro dell’applicazione): nessun file è stato lasciato a metà. Riprova.');
    });
  return { ...job.view };
}

/** The job as its starter sees it; anyone else is answered as for an unknown one. */
export function monitoringReportJob(ctx: ReadCtx, id: string): ReportJob {
  return jobs.view(id, ctx.actor.id);
}

/** A piece of the finished file, for its starter only. */
export function monitoringReportChunk(ctx: ReadCtx, id: string, offset: number, chunkBytes: number): FileChunk {
  const job = jobs.require(id, ctx.actor.id);
  const path = files.get(id);
  if (job.view.state !== 'completato' || !job.view.result || !path) throw new AppError('CONFLICT', 'Il file non è ancora pronto: attendi la fine del report.');
  return fileChunk(path, job.view.result.fileName, offset, chunkBytes, 'Il file di questo report non è più nella cartella dei dati: crealo di nuovo.');
}
