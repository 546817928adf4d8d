/**
 * «Report» on the desk (issue 16): the page's figures and the monitoring workbook for the busiest
 * year of the desk, as a coordinator through the handler table, from the click to the finished
 * file. `BENCH_ONLY=reports npm run bench` measures it on a copy of the piemonte10 desk and writes
 * its part of docs/benchmarks.md, between two markers.
 */
import { cpus, platform, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { REPORT_JOB_EVENT, type ReportJob } from '@shared/api/reports';
import { createHarness } from '../support/core-harness';
import { writeMarkedSection } from './marked-section';

export interface ReportsResults {
  year: string;
  /** Files started and needs received in that year: the size of what the report reads. */
  records: number;
  figuresMs: number;
  seconds: number;
  sheets: number;
  bytes: number;
}

export const TARGETS = { seconds: 2 };

export async function benchReports(deskDir: string, log: (line: string) => void): Promise<ReportsResults> {
  const h = createHarness({ dataDir: deskDir });
  try {
    const session = await h.sessionAs('coordinatore');
    const busiest = h.core.state.database.sqlite
      // Files started and needs received: a seeded desk may hold needs and no files yet.
      .prepare(
        `SELECT year, count(*) AS n FROM (
           SELECT substr(start_date, 1, 4) AS year FROM internships WHERE deleted_at IS NULL AND start_date IS NOT NULL
           UNION ALL SELECT substr(received_on, 1, 4) FROM needs WHERE deleted_at IS NULL
         ) GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
      )
      .get() as { year: string; n: number } | undefined;
    const year = busiest?.year ?? new Date().toISOString().slice(0, 4);
    const input = { from: `${year}-01-01`, to: `${year}-12-31` };

    const f0 = performance.now();
    await h.ok('reports.figures', input, session);
    const figuresMs = performance.now() - f0;

    const ended = new Promise<ReportJob>((resolve) => {
      h.core.onEvent((event) => {
        const job = event.payload as ReportJob;
        if (event.type === REPORT_JOB_EVENT && job.state !== 'in_corso') resolve(job);
      });
    });
    const t0 = performance.now();
    await h.ok('reports.monitoring', input, session);
    const job = await ended;
    const seconds = (performance.now() - t0) / 1000;
    if (job.state !== 'completato' || !job.result) throw new Error(`report ${job.state}: ${job.error}`);
    const r = { year, records: busiest?.n ?? 0, figuresMs, seconds, sheets: job.result.sheets, bytes: job.result.size };
    log(`report ${year} (${r.records} files started and needs received): figures ${figuresMs.toFixed(0)} ms, workbook ${seconds.toFixed(2)} s, ${r.sheets} sheets, ${(r.bytes / 1024).toFixed(0)} KiB`);
    return r;
  } finally {
    h.core.close();
  }
}

const START = '<!-- reports:start -->';
const END = '<!-- reports:end -->';

export function renderReportsSection(r: ReportsResults, load: number[]): string {
  const met = r.seconds <= TARGETS.seconds ? 'yes' : '**no**';
  return `${START}
## Report del protocollo

Measured on ${new Date().toISOString().slice(0, 10)} (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB,
${platform()} ${release()}, Node ${process.version}; load average at the end ${load.map((l) => l.toFixed(2)).join(' / ')}) on a copy of the
piemonte10 desk, tests/bench/reports.ts: the busiest year (${r.year}, ${r.records.toLocaleString('en')} files started and needs received) as a coordinator. One run.

| operation | time | target | met |
|---|---:|---|---|
| «Report» page figures (reports.figures) | ${r.figuresMs.toFixed(0)} ms | | |
| monitoring workbook, click to finished file (${r.sheets} sheets, ${(r.bytes / 1024).toFixed(0)} KiB) | ${r.seconds.toFixed(2)} s | ≤ ${TARGETS.seconds} s | ${met} |
${END}`;
}

export function writeReportsSection(file: string, section: string): void {
  writeMarkedSection(file, START, END, section);
}
