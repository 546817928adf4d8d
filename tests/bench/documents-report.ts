/**
 * The documents' part of docs/benchmarks.md, between two markers, so `BENCH_ONLY=documents npm run
 * bench` can refresh it without the hour-long dataset of the rest.
 */
import { cpus, platform, release, totalmem } from 'node:os';
import { BATCH_FILES, BATCH_TARGET_S, PAIR_TARGET_P50_MS, type DocumentsResults } from './documents';
import { ms } from './measure';
import { writeMarkedSection } from './marked-section';

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
| Convenzione + PFI made by docx alone, as before issue 17 (context read, every block made anew, docx's Packer) | ${ms(r.pairDocx.p50)} | ${ms(r.pairDocx.p95)} | ${ms(r.pairDocx.max)} | — | — |
| Convenzione + PFI, built in memory (context read + two .docx) | ${ms(r.pairBuild.p50)} | ${ms(r.pairBuild.p95)} | ${ms(r.pairBuild.max)} | — | — |
| The same with no block remembered (each made by docx; shared parts from the frame) | ${ms(r.pairFresh.p50)} | ${ms(r.pairFresh.p95)} | ${ms(r.pairFresh.max)} | — | — |
| Convenzione + PFI through the handler table (\`documents.generate\` twice: build, file written with its sha256, version, audit) | ${ms(r.pairHandler.p50)} | ${ms(r.pairHandler.p95)} | ${ms(r.pairHandler.max)} | p50 ≤ ${PAIR_TARGET_P50_MS} ms | ${pairMet} |

Batch of the month's registers (\`documents.startRegisters\`, polled every 50 ms as the screen does): **${r.batch.prepared} of
${r.batch.files} registers in ${r.batch.seconds.toFixed(2)} s** (${r.batch.skipped} skipped; ${r.batch.progressReadings} progress readings answered
while it ran) — target ≤ ${BATCH_TARGET_S} s with progress: ${batchMet}.

The pair is a 4-page agreement and a 3-page training plan with about 190 table cells. docx's Packer writes and
deflates some twenty parts for every document, and its objects for every paragraph and cell are made and turned
into XML each time; now (electron/core/documents/packer.ts, remembered.ts) the parts every document shares
(styles, theme, numbering, settings, fonts, the office's header) are taken from the first document docx packed,
deflated once, and only the body, footer and core properties are written, by the app's own writer with the same
text, and deflated by zlib; paragraphs and tables already written for another file (the legal text, labels, the
office's data) are not made again. The bench's files share more than an office's do (one tutor, the same
activities and dates), so more of their blocks are remembered: a file sharing nothing but the office and the
legal text costs between the built row and the row without remembered blocks.${r.pairBuild.p50 - r.pairContext.p50 < r.emptyPair.p50 ? `
The two documents now take less than docx's fixed cost for two empty ones (first row).` : ''}
The handler adds the file written with its sha256, the version row, the timeline and the audit line.
${pairMet === 'yes' ? `The p50 target is met by ${ms(PAIR_TARGET_P50_MS - r.pairHandler.p50)} ms` : `The p50 target is missed by ${ms(r.pairHandler.p50 - PAIR_TARGET_P50_MS)} ms`}; building one document blocks the event loop
for about ${Math.round((r.pairBuild.p50 - r.pairContext.p50) / 2)} ms, context read apart. The machine is shared: p50s move by a few ms from run to run.

File sizes: convenzione ${r.sizes.convenzione} KiB, PFI ${r.sizes.pfi} KiB, register ${r.sizes.registro} KiB.
${END}`;
}

/** Replaces the documents' part of the report, or appends it when the report has none yet. */
export function writeDocumentsSection(file: string, section: string): void {
  writeMarkedSection(file, START, END, section);
}
