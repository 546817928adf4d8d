/**
 * The list export on the desk (issue 16): every candidate to Excel, in a process of its own so its
 * peak memory is the export's, through the handler table as the page starts it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface ExportsResults {
  rows: number;
  seconds: number;
  /** How long the click waited for the job's first answer (the filters applied, the total known). */
  firstAnswerMs: number;
  /** Progress events pushed to the page. */
  progress: number;
  bytes: number;
  baselineMb: number;
  peakMb: number;
}

export const TARGETS = { seconds: 15, peakMb: 300 };

const ROOT = join(__dirname, '..', '..');

export function benchExports(deskDir: string, log: (line: string) => void): ExportsResults {
  // Plain node with tsx's loader: one process, whose peak memory is the export's own.
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'exports-child.ts'), deskDir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
  if (run.status !== 0) throw new Error(`export child failed:\n${run.stdout}\n${run.stderr}`);
  const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as ExportsResults;
  log(`candidates to Excel: ${r.rows} rows in ${r.seconds.toFixed(2)} s (first answer ${r.firstAnswerMs.toFixed(0)} ms, ${r.progress} progress events), ${(r.bytes / 2 ** 20).toFixed(1)} MiB, peak ${r.peakMb} MB (baseline ${r.baselineMb} MB)`);
  return r;
}
