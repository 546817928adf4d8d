/**
 * The month's attendance registers for every running file, in one batch the desk can follow and
 * stop: each register is generated and archived on its own (what is done stays done when the batch
 * is cancelled), files that cannot have one are listed with the reason. The batch yields to the
 * event loop between files, so progress and cancel requests are answered while it runs.
 */
import { and, asc, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { DATA_CHANGED_EVENT, type BridgeEvent } from '@shared/api/bridge';
import { AppError } from '@shared/api/errors';
import type { JobView } from '@shared/api/documents';
import { italianMonth, monthPeriod } from '@shared/rules/calendar';
import type { ReadCtx, WriteCtx } from '../../context';
import { internships } from '../../db/schema';
import { readStoredFile } from '../../files/stored-files';
import { newId } from '../../ids';
import { requireDocument } from './archive';
import { archiveDocument, prepare, renderDocument } from './generate';

interface Job extends JobView {
  cancelled: boolean;
  finishedAt: number | null;
}

const jobs = new Map<string, Job>();
/** Finished jobs are forgotten after an hour: their documents stay in the archive. */
const KEEP_MS = 60 * 60 * 1000;

function view(job: Job): JobView {
  const { cancelled: _c, finishedAt: _f, ...rest } = job;
  return { ...rest, skipped: [...rest.skipped], documents: [...rest.documents] };
}

function forget(): void {
  const now = Date.now();
  for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) jobs.delete(id);
}

export function requireJob(id: string): Job {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', 'Preparazione non trovata: forse è finita da più di un’ora o l’applicazione è stata riavviata.');
  return job;
}

export const jobView = (id: string): JobView => view(requireJob(id));

export function cancelJob(id: string): JobView {
  const job = requireJob(id);
  if (job.state === 'in_corso') job.cancelled = true;
  return view(job);
}

/** Files running at some point of the month (active, suspended, or ended inside it). */
function filesOfMonth(ctx: WriteCtx, month: string): { id: string; number: string }[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const period = monthPeriod(y, m);
  return ctx.db
    .select({ id: internships.id, number: internships.number })
    .from(internships)
    .where(
      and(
        isNull(internships.deletedAt),
        inArray(internships.status, ['attivo', 'sospeso', 'concluso', 'interrotto']),
        lte(internships.startDate, period.to),
        or(gte(internships.actualEndDate, period.from), and(isNull(internships.actualEndDate), gte(internships.plannedEndDate, period.from))),
      ),
    )
    .orderBy(asc(internships.number))
    .all();
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Where a batch reports each step (the core's event channel): the page follows without asking. */
export type JobEmit = (event: BridgeEvent) => void;

const reportTo = (emit: JobEmit | undefined, job: Job) => {
  emit?.({ type: 'documents.job', payload: view(job) });
  // A finished batch added documents to the files: the screens that list them ask again.
  if (job.state !== 'in_corso') emit?.({ type: DATA_CHANGED_EVENT, payload: null });
};

async function run(job: Job, ctx: WriteCtx, month: string, files: { id: string; number: string }[], emit?: JobEmit): Promise<void> {
  for (const file of files) {
    if (job.cancelled) break;
    try {
      const input = { internshipId: file.id, kind: 'registro' as const, month };
      const { context, problems } = prepare(ctx, input, true);
      if (problems.length > 0) {
        job.skipped.push(`${file.number}: ${problems.map((p) => p.message).join(' ')}`);
      } else {
        const doc = archiveDocument(ctx, input, await renderDocument(ctx, context), context);
        job.documents.push({ id: doc.id, fileName: doc.fileName, internshipId: doc.internshipId });
      }
    } catch (error) {
      job.skipped.push(`${file.number}: ${error instanceof AppError ? error.message : 'errore imprevisto (vedi il registro dell’applicazione)'}`);
    }
    job.done += 1;
    reportTo(emit, job);
    await nextTurn();
  }
  job.state = job.cancelled ? 'annullato' : 'completato';
  job.finishedAt = Date.now();
  reportTo(emit, job);
}

/** The batch runs after the request has been answered, on the context it was started with. */
export function startRegisterBatch(ctx: WriteCtx, month: string, emit?: JobEmit): JobView {
  forget();
  const files = filesOfMonth(ctx, month);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const job: Job = {
    id: newId(),
    label: `Registri presenze di ${italianMonth(y, m)}`,
    state: 'in_corso',
    done: 0,
    total: files.length,
    skipped: [],
    documents: [],
    cancelled: false,
    finishedAt: null,
  };
  jobs.set(job.id, job);
  void run(job, ctx, month, files, emit).catch(() => {
    job.state = 'fallito';
    job.finishedAt = Date.now();
    reportTo(emit, job);
  });
  return view(job);
}

/** The batch's documents in one .zip (stored, not recompressed: a .docx is already compressed). */
export function jobZip(ctx: ReadCtx, id: string): { fileName: string; mimeType: string; contentBase64: string } {
  const job = requireJob(id);
  if (job.documents.length === 0) throw new AppError('NOT_FOUND', 'Nessun documento preparato in questa lavorazione.');
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const made of job.documents) {
    const row = requireDocument(ctx, made.id);
    entries[row.fileName] = [readStoredFile(ctx.dataDir, row.storedPath, row.sha256, 'del documento', 'preparalo di nuovo'), { level: 0 }];
  }
  return { fileName: `${job.label}.zip`, mimeType: 'application/zip', contentBase64: Buffer.from(zipSync(entries)).toString('base64') };
}
