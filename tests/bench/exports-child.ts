/**
 * Exports the whole candidates list to Excel in a process of its own, as a coordinator through the
 * handler table, and prints its figures as one JSON line: the time from the click to the finished
 * file, the progress events the page got, the file's size, and the process's peak memory (the core
 * open on the desk, the export's own on top).
 * Usage: node --import tsx tests/bench/exports-child.ts <dataDir>
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LIST_EXPORT_JOB_EVENT, type ListExportJob } from '@shared/api/exports';
import { LIST_EXPORTS_FOLDER } from '../../electron/core/services/exports/exports';
import { createHarness } from '../support/core-harness';

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function main() {
  const [dataDir] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: exports-child.ts <dataDir>');
  const h = createHarness({ dataDir });
  const session = await h.sessionAs('coordinatore');
  const baselineMb = peakMb();
  let progress = 0;
  const ended = new Promise<ListExportJob>((resolve) => {
    h.core.onEvent((event) => {
      if (event.type !== LIST_EXPORT_JOB_EVENT) return;
      const job = event.payload as ListExportJob;
      if (job.state === 'in_corso') progress += 1;
      else resolve(job);
    });
  });
  const t0 = performance.now();
  const started = await h.ok('exports.candidates', { format: 'xlsx', filters: {} }, session);
  const firstAnswerMs = performance.now() - t0;
  const job = await ended;
  const seconds = (performance.now() - t0) / 1000;
  if (job.state !== 'completato' || !job.result) throw new Error(`export ${job.state}: ${job.error}`);
  const bytes = statSync(join(dataDir, LIST_EXPORTS_FOLDER, `${started.id}.xlsx`)).size;
  h.core.close();
  console.log(JSON.stringify({ rows: job.result.rows, seconds, firstAnswerMs, progress, bytes, baselineMb, peakMb: peakMb() }));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
