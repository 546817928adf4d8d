/**
 * What the figures mean, kept with the bench so docs/benchmarks.md is regenerated whole. The
 * table passed in is measured by this run; the figures in the text come from the investigation
 * of 2026-11-24 on the same dataset and say so.
 */
export function analysis(listAnatomyTable: string): string {
  return `
## Where the time goes

### Filtered list: the count, not the page

Each statement of \`services/candidates/list.ts\` for a filtered list, timed on its own (this run):

${listAnatomyTable}

The page is read in name order off \`candidates_province_idx (res_province, deleted_at, name_sort)\` and stops
after 50 rows. The **total** used to be the slow part: before \`candidates_filters_idx\` existed, \`SELECT count(*)
… WHERE c.deleted_at IS NULL AND c.status = ? AND c.res_province = ?\` read every profile of the province from
the table to check its status (about 52,000 random row reads for TO, 123 ms; p95 of the whole call 130 ms,
measured on 2026-11-24). The covering index \`candidates_filters_idx (deleted_at, status, res_province,
target_category, operator_id)\` answers any count over those four filters from the index alone (the plan column
above), and the page plans did not change.

Still reading rows: counts under the filters on JSON lists (shift, licence), age and education level, e.g.
shift "sera" ~217 ms, licence B ~198 ms, education ≥ diploma ~188 ms on this dataset (2026-11-24). They are
chosen by a click, not typed, so a fifth of a second is tolerable today; if it is not, keep them in indexable
columns, or cap the count of a filtered list the way the search caps its matches ("più di 10.000").

### Search typed with filters already set

The issue's search shapes (no filters) are all inside 10 ms. With filters set, the search has to find
matches that also pass them, and neither index knows both. \`list.ts\` starts from the filters when at most
500 profiles pass them (one FTS5 lookup per profile, ~15 µs each), otherwise from the words: the FTS index is
read alone, newest first, in chunks of 2,048 to 65,536 rowids, and each match is checked against the list's
filters kept in memory by search rowid (\`services/candidates/list-filter-columns.ts\`, issue 17) until 1,001
pass or the matches run out. Before, each match was joined to its row to test the filters (~5 µs a match:
p95 65 ms for two letters with a status and a province on 2026-11-24); now a match costs the FTS index's
own ~0.2 µs. What remains in the tail: two letters such as "ba" match ~47,000 profiles, and a status in a small
province keeps a few hundred of them, so every match is read to give the exact total (~10–20 ms on a quiet
machine). Next step if that matters: the one- and two-letter prefixes of each live profile's words as a
bitmap in the same memory (676 bits a person), so those searches never touch the FTS index.
Tried and dropped (2026-11-24): the status, province and operator as tokens in the search document, added to
the MATCH: FTS5 has to read the huge posting list of a common token such as "attivo" (p95 226 ms).

### Search

Every search shape is well inside 10 ms in the service itself: on a quiet machine the slowest of 200 queries per
shape spent at most ~1.4 ms in the FTS5 probe, ~2.6 ms on the page and ~1.4 ms on the count (the worst are queries
just under the 1,000-match cap, e.g. "du", "de luca", "conti co", which join, sort and count ~900 rows). zod
parsing of a 50-row answer costs ~0.06 ms. So a p95 above a few milliseconds through the handler is the machine:
garbage collection pauses and, when the load average is above the number of cores, other processes.

### Seeding

The seed is CPU-bound in the service path. A CPU profile of 4,000 creates (2026-11-24) found half of it
spent building and compiling SQL: drizzle builds every query anew and better-sqlite3 compiles it again, and
\`createCandidate\` read the full row three times. The statements every write repeats are now compiled
once per connection (\`electron/core/db/prepared.ts\`, decision 0034): 4.4 → ~2.1 ms per candidate, 4.2 → 2.1 ms
per need. What is left is mostly SQLite's own work: a profile updates 16 indexes, the search table with
its one-, two- and three-letter prefix indexes, the skill vocabulary and the audit log. Reaching 180 s means
fewer indexes on \`candidates\` or a seed that writes rows without the services (the \`piemonte100\` fast path
the issue asks for, not built yet).
`;
}
