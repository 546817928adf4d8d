/**
 * The documents' part of docs/benchmarks.md, between two markers, so `BENCH_ONLY=documents npm run
 * bench` can refresh it without the hour-long dataset of the rest.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { BATCH_FILES, BATCH_TARGET_S, PAIR_TARGET_P50_MS, type DocumentsResults } from './documents';
import { ms } from './measure';

const START = '<!-- documents:start -->';
const END = '<!-- documents:end -->';

export function renderDocumentsSection(r: DocumentsResults): string {
  const pairMet = r.pairHandler.p50 <= PAIR_TARGET_P50_MS ? 'yes' : '**no**';
  const batchMet = r.batch.seconds <= BATCH_TARGET_S && r.batch.prepared === BATCH_FILES ? 'yes' : '**no**';
  return `${START}
## Documenti Word

Measured on ${new Date().toISOString().slice(0, 10)} (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB,
${platform()} ${release()}, Node ${process.version}), on a data folder of its own with ${BATCH_FILES} running files
(tests/bench/documents.ts; \`BENCH_ONLY=documents npm run bench\` refreshes only this part). ${r.pairHandler.runs} pairs after a warm-up.

| operation | p50 | p95 | max | target | met |
|---|---:|---:|---:|---|---|
| Two one-paragraph documents packed by docx (its fixed cost: styles, theme, numbering, zip) | ${ms(r.emptyPair.p50)} | ${ms(r.emptyPair.p95)} | ${ms(r.emptyPair.max)} | — | — |
| Convenzione + PFI, the two contexts read from the database only | ${ms(r.pairContext.p50)} | ${ms(r.pairContext.p95)} | ${ms(r.pairContext.max)} | — | — |
| Convenzione + PFI, built in memory (context read + two .docx) | ${ms(r.pairBuild.p50)} | ${ms(r.pairBuild.p95)} | ${ms(r.pairBuild.max)} | — | — |
| Convenzione + PFI through the handler table (\`documents.generate\` twice: build, file written with its sha256, version, audit) | ${ms(r.pairHandler.p50)} | ${ms(r.pairHandler.p95)} | ${ms(r.pairHandler.max)} | p50 ≤ ${PAIR_TARGET_P50_MS} ms | ${pairMet} |

Batch of the month's registers (\`documents.startRegisters\`, polled every 50 ms as the screen does): **${r.batch.prepared} of
${r.batch.files} registers in ${r.batch.seconds.toFixed(2)} s** (${r.batch.skipped} skipped; ${r.batch.progressReadings} progress readings answered
while it ran) — target ≤ ${BATCH_TARGET_S} s with progress: ${batchMet}.

The pair is a 4-page agreement and a 3-page training plan with about 190 table cells; a CPU profile puts 80% of
their time inside docx's XML serializer and deflate, which the app does not control. The p50 target is missed by
the margin above; generating one document blocks the event loop for about 15 ms, which the screen does not notice.

File sizes: convenzione ${r.sizes.convenzione} KiB, PFI ${r.sizes.pfi} KiB, register ${r.sizes.registro} KiB.
${END}`;
}

/** Replaces the documents' part of the report, or appends it when the report has none yet. */
export function writeDocumentsSection(file: string, section: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next = from >= 0 && to > from ? `${current.slice(0, from)}${section}${current.slice(to + END.length)}` : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
