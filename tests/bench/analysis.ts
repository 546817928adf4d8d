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

Filters no index answers (age, education level, availability, shifts, licences, own vehicle) used to read
rows: shift "sera" ~217 ms, licence B ~198 ms, education ≥ diploma ~188 ms (2026-11-24). Every filter is
now kept in memory for every live profile (\`services/candidates/list-filter-columns.ts\`, decision 0035), so a
list without words counts there; up to 1,000 people passing are read by id, more are paged off the sort's
index with the other filters written \`+c.column\` so the planner does not start from, say, the birth dates and
sort everyone of an age range (48 ms for «over 50»; 0.6 ms walked). The rows «Elenco senza parole» above are
those lists through the handler.

### Search typed with filters already set

With filters set, the search has to find matches that also pass them, and neither index knows both. Every
filter is tested in memory (above), so \`list.ts\` always starts from the words: each match of the FTS index,
newest first, is tested against the filters until 1,001 pass or the matches run out. Three slow paths are
gone (decision 0035):
- starting from the filters when fewer than 500 people passed them asked FTS5 once per person: ~120 µs for a
  two-letter prefix, 80 ms for 350 people (the p95 of 53–65 ms of 2026-12-07 for two letters with a status
  and a province);
- one letter with an age range let SQLite's planner start from the birth dates and probe FTS5 per person:
  **4.9 s** (measured 2026-12-07 on a copy of this dataset; 0.6 ms now);
- a one- or two-letter word matches most people ("a": 86,000; "ba": 47,000), and reading every match from FTS5
  costs ~0.13 µs each (11 ms for "a"): its whole match list is kept in memory (\`search/match-list-cache.ts\`),
  valid for one version of the FTS index (FTS5's structure record, rewritten by every write), so a search
  with filters walks an array. The first use after a write reads the list again (the old cost).
Tried and dropped (2026-11-24): the status, province and operator as tokens in the search document, added to
the MATCH: FTS5 has to read the huge posting list of a common token such as "attivo" (p95 226 ms).

### Search

Every search shape is well inside 10 ms in the service itself: on a quiet machine the slowest of 200 queries per
shape spent at most ~1.4 ms in the FTS5 probe, ~2.6 ms on the page and ~1.4 ms on the count (the worst are queries
just under the 1,000-match cap, e.g. "du", "de luca", "conti co", which join, sort and count ~900 rows). zod
parsing of a 50-row answer costs ~0.06 ms. So a p95 above a few milliseconds through the handler is the machine:
garbage collection pauses and, when the load average is above the number of cores, other processes.

### Ctrl+K

«Cerca ovunque» runs the four lists' own searches for a few rows each. Timed apart on piemonte10 (2026-12-08,
two-letter words, p50): candidates 0.9 ms, internships 0.2 ms, associations 5.6 ms and needs 11.5 ms, most of
the last two in the lists' totals, whose count ran each search again over thousands of matches. Ctrl+K shows
no totals, so it now reads each list's page alone (\`associationsPage\`, \`needsPage\`): 0.8 and 1.3 ms.

### Seeding

The seed is CPU-bound in the service path. A CPU profile of 4,000 creates (2026-11-24) found half of it
spent building and compiling SQL; the statements every write repeats were compiled once per connection
(\`electron/core/db/prepared.ts\`, decision 0034), and since decision 0035 a profile no longer writes the skill
vocabulary table (four rows and two indexes each) nor a UUID-keyed audit line. A profile of the fast path on
piemonte1 (2026-12-08) still found drizzle's own work at half of the time: building each create's SQL, and mapping
each row read back (a create read its 60 columns three times). Now every insert and update a create or a move
repeats is compiled once per connection and per set of columns (\`preparedInsert\`, \`preparedUpdateById\`: the
values go through each column's mapping, and \`prepared.test.ts\` compares what they store with drizzle's own
insert and update), and a create reads its row back once: piemonte1 by the fast path went from 30.8 s to 18.7 s,
piemonte10 by the plain path from ~297 s to 207 s and by the fast path from ~208 s to 171 s (2026-12-08, nothing
else running). The fast path (\`scripts/seed/fast-path.ts\`) is the default for piemonte10 and piemonte100: the
same service functions with their validation, load PRAGMAs, 20,000 records per transaction and the big tables'
plain indexes built at the end from their own \`CREATE INDEX\` text (a smaller file: indexes packed in one pass).
What remains is SQLite's own work (the inserts, the FTS index: ~20%), zod's checks of every record (~9%),
the garbage collector (~8%) and drizzle's row mapping (~15%).
`;
}
