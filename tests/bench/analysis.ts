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

### Search typed with filters already set (the two missed lines)

The issue's search shapes (no filters) are all inside 10 ms. With filters set, the search has to find
matches that also pass them, and neither index knows both: \`list.ts\` starts from the filters when at most
500 profiles pass them (one FTS5 lookup per profile, ~15 µs each: a rare filter plus one letter answers in a
few ms), otherwise from the words, walking the FTS matches newest first and keeping those that pass until it
has 1,001 or runs out. One or two letters with a filter that keeps 1–20% of the profiles (a status in one
province, one operator's profiles) walk thousands of matches to fill the page: 15–70 ms. That is the cost of
exact totals and the requested order under the cap; it is paid once per keystroke while a filter is set, and
the next letter brings it under 10 ms (the surname shapes above). Tried and dropped (2026-11-24): putting
the status, province and operator in the search document as tokens and adding them to the MATCH made it
worse (p95 226 ms over 305 such searches): FTS5 has to read the huge posting list of a common token such as
"attivo". What would help next: start from the filters' index for larger filtered sets too, with the FTS
matches of the prefix collected once into a temporary table shared by the page and the count.

### Search

Every search shape is well inside 10 ms in the service itself: on a quiet machine the slowest of 200 queries per
shape spent at most ~1.4 ms in the FTS5 probe, ~2.6 ms on the page and ~1.4 ms on the count (the worst are queries
just under the 1,000-match cap, e.g. "du", "de luca", "conti co", which join, sort and count ~900 rows). zod
parsing of a 50-row answer costs ~0.06 ms. So a p95 above a few milliseconds through the handler is the machine:
garbage collection pauses and, when the load average is above the number of cores, other processes.

### Seeding

The seed is CPU-bound in the service path, about 3.5 ms of CPU per candidate with its notes and special data
(a 256 MB page cache changes nothing). A CPU profile of 5,000 creates shows about half of it spent building and
compiling SQL: drizzle builds every query anew and better-sqlite3 compiles it again (\`prepare\` ~13%, drizzle's
\`is()\` and SQL building ~20%), and \`createCandidate\` reads the full row three times (reindex, audit, the
returned profile). Preparing the hot statements once (drizzle \`.prepare()\` with placeholders for
\`findCandidate\`/\`getCandidate\`, the search-index statements kept) would cut the seed time and \`candidates.create\`
alike. The database is ~0.7 GB at 100,000 candidates, ~0.4 GB of it the audit log: a create stores every field
of the new record as JSON.
`;
}
