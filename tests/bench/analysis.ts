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
after 50 rows. The **total** is what is slow: \`SELECT count(*) FROM candidates c WHERE c.deleted_at IS NULL AND
c.status = ? AND c.res_province = ?\` runs as \`SEARCH c USING INDEX candidates_province_idx (res_province=? AND
deleted_at=?)\` and has to read every profile of the province from the table to check its status (about 52,000
random row reads for TO). No index holds both columns. The same happens to every count with a filter no index
covers; measured on 2026-11-24 on this dataset: province + target category 171 ms, province + age ≤ 30
100 ms, shift "sera" 217 ms, licence B 198 ms, education ≥ diploma 188 ms; one equality filter alone 1.5–3 ms
(its own index covers the count).

What I would change (not done here: it needs a schema change and a migration, outside list.ts):

- one covering index for the counts over the equality filters,
  \`CREATE INDEX candidates_filters_idx ON candidates(deleted_at, status, res_province, target_category, operator_id)\`.
  On a copy of this dataset it built in 0.4 s and took the attivo + TO count from 123 ms to 1.6 ms (CN 34 → 0.4 ms,
  BI 2.8 → 0.1 ms, province + category 171 → 5.8 ms) with the page plans unchanged (the planner keeps the
  name-ordered indexes for the page);
- for the filters on JSON lists, age and education the count still reads rows: either keep them in indexable
  columns, or cap the count of a filtered list the way the search caps its matches ("più di 10.000") — a change
  to the list contract for the product owner to decide.

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
