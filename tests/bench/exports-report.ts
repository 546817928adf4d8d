/**
 * The list exports' part of docs/benchmarks.md, between two markers, so `BENCH_ONLY=exports npm run
 * bench` can refresh it alone (it needs the piemonte10 desk, seeded once and cached).
 */
import { cpus, platform, release, totalmem } from 'node:os';
import { TARGETS, type ExportsResults } from './exports';
import { writeMarkedSection } from './marked-section';

const START = '<!-- exports:start -->';
const END = '<!-- exports:end -->';

const met = (ok: boolean) => (ok ? 'yes' : '**no**');

export function renderExportsSection(r: ExportsResults, load: number[]): string {
  return `${START}
## Esportazione degli elenchi

Measured on ${new Date().toISOString().slice(0, 10)} (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB,
${platform()} ${release()}, Node ${process.version}; load average at the end ${load.map((l) => l.toFixed(2)).join(' / ')}) on a copy of the
piemonte10 desk, tests/bench/exports.ts: every candidate (no filter) to Excel as a coordinator (special columns included), in a
process of its own. One run.

| operation | time | target | peak memory | target | met |
|---|---:|---|---:|---|---|
| ${r.rows.toLocaleString('en')} candidates to .xlsx (${(r.bytes / 2 ** 20).toFixed(1)} MiB, ${r.progress} progress events) | ${r.seconds.toFixed(2)} s | ≤ ${TARGETS.seconds} s | ${r.peakMb} MB | ≤ ${TARGETS.peakMb} MB | ${met(r.seconds <= TARGETS.seconds && r.peakMb <= TARGETS.peakMb)} |

The click is answered in ${r.firstAnswerMs.toFixed(0)} ms (the filters applied once, the total known); the process held ${r.baselineMb} MB
before the export. exceljs's streaming writer does not wait for its zip to take the sheet: the export waits
for it between pages of 1,000 rows (services/exports/writers.ts), so memory stays flat instead of holding
the whole sheet's XML until the end.
${END}`;
}

export function writeExportsSection(file: string, section: string): void {
  writeMarkedSection(file, START, END, section);
}
