/**
 * The candidates list: filters, Italian sort, pages, and search as you type that stays fast
 * at 100,000 profiles.
 *
 * Search strategy (see docs/decisions/0006): first ask FTS5 for at most SEARCH_RESULT_CAP + 1
 * matching rowids, unranked, which stops early however broad the prefix. When the matches fit
 * under the cap they are few enough to filter, count and sort exactly through the
 * `search_rowid` index. When they do not (one or two letters), sorting every match by name
 * would cost tens of milliseconds per keystroke for a list nobody reads to the end, so the page
 * is taken newest first straight from the FTS index and the total is reported as "more than".
 */
import { italianDate } from '@shared/validation/italian-time';
import { isLeapYear } from '@shared/rules/calendar';
import type { CandidateList, CandidateListParams, CandidateRow } from '@shared/api/candidates';
import { candidateRowSchema, EDUCATION_LEVELS, SEARCH_RESULT_CAP } from '@shared/api/candidates';
import { sortKey } from '@shared/validation/text';
import type BetterSqlite3 from 'better-sqlite3';
import type { ReadCtx } from '../../context';
import { parseJsonColumn } from '../../db/json-column';
import { toFtsQuery } from '../../search/fts-query';
import { isShortWordQuery, keepShortWordMatches, keptShortWordMatches, shortWordMatches } from '../../search/match-list-cache';
import { filtersInMemory, type AgeBounds } from './list-filter-columns';
import { candidateMemory } from './memory';

/** A WHERE fragment with its positional parameters. */
interface Clause {
  sql: string;
  params: unknown[];
}

/** Today's calendar date in Italy, whatever the clock's time zone (ages change at Italian midnight). */
function italianToday(now: Date): { y: number; m: number; d: number } {
  const [y, m, d] = italianDate(now).split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

/**
 * ISO date of the day `years` years before today (for age filters). On 29 February of a leap
 * year, the same day N years back may not exist: the 28th is the last day one can have been born
 * on to be N already (born on 1 March, one is N only tomorrow).
 */
export function yearsBefore(now: Date, years: number): string {
  const { y, m, d } = italianToday(now);
  const year = y - years;
  const day = m === 2 && d === 29 && !isLeapYear(year) ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The birth dates the age filters compare with: aged at least N, born on or before today N years ago; at most N, born after today N+1 years ago. */
export function ageBounds(input: CandidateListParams, today: Date): AgeBounds {
  return {
    bornOnOrBefore: input.ageMin === null ? null : yearsBefore(today, input.ageMin),
    bornAfter: input.ageMax === null ? null : yearsBefore(today, input.ageMax + 1),
  };
}

/** Filters the table's indexes answer (the bin aside). */
function indexedFilters(input: CandidateListParams): boolean {
  return Boolean(input.status || input.province || input.targetCategory || input.operatorId || input.comune || input.site);
}

/** Filters no index of the table answers: SQL reads the rows to check them, memory does not. */
function unindexedFilters(input: CandidateListParams): boolean {
  return Boolean(input.availableBy || input.shift || input.licence || input.ownVehicle !== null || input.ageMin !== null || input.ageMax !== null || input.educationMin);
}

/**
 * The filters other than the search text, as SQL over `c` (the candidates table). `checkedAlong`:
 * the columns no list index leads with are written `+c.x`, which keeps the planner off their own
 * indexes: it then walks the sort's index and checks them row by row, instead of collecting every
 * person of an age range and sorting them (48 ms for «over 50» on piemonte10, 0.6 ms walked).
 */
export function filterClauses(input: CandidateListParams, today: Date, checkedAlong = false): Clause[] {
  const col = (name: string) => (checkedAlong ? `+c.${name}` : `c.${name}`);
  // `> ''` rather than IS NOT NULL: the planner uses it as a range on the indexes that start with deleted_at.
  const out: Clause[] = [{ sql: input.deleted ? "c.deleted_at > ''" : 'c.deleted_at IS NULL', params: [] }];
  // Merged profiles are tombstones, not deleted people. The unary + keeps the planner off the
  // merged_into index, which would match nearly every row here.
  if (input.deleted) out.push({ sql: '+c.merged_into IS NULL', params: [] });
  if (input.status) out.push({ sql: 'c.status = ?', params: [input.status] });
  if (input.targetCategory) out.push({ sql: 'c.target_category = ?', params: [input.targetCategory] });
  if (input.province) out.push({ sql: 'c.res_province = ?', params: [input.province] });
  if (input.comune) out.push({ sql: 'c.res_comune_sort = ?', params: [sortKey(input.comune)] });
  if (input.availableBy) out.push({ sql: `(${col('available_from')} IS NULL OR ${col('available_from')} <= ?)`, params: [input.availableBy] });
  // JSON arrays of fixed codes: a quoted code cannot occur inside another one.
  if (input.shift) out.push({ sql: 'instr(c.shifts, ?) > 0', params: [`"${input.shift}"`] });
  if (input.licence) out.push({ sql: 'instr(c.driving_licences, ?) > 0', params: [`"${input.licence}"`] });
  if (input.ownVehicle !== null) out.push({ sql: `${col('own_vehicle')} = ?`, params: [input.ownVehicle ? 1 : 0] });
  const ages = ageBounds(input, today);
  if (ages.bornOnOrBefore !== null) out.push({ sql: `${col('birth_date')} <= ?`, params: [ages.bornOnOrBefore] });
  if (ages.bornAfter !== null) out.push({ sql: `${col('birth_date')} > ?`, params: [ages.bornAfter] });
  if (input.educationMin) out.push({ sql: `${col('education_rank')} >= ?`, params: [EDUCATION_LEVELS.indexOf(input.educationMin)] });
  if (input.operatorId) out.push({ sql: 'c.operator_id = ?', params: [input.operatorId] });
  if (input.site) out.push({ sql: 'c.site_id = ?', params: [input.site] });
  return out;
}

/**
 * Ties are broken by the table's rowid, which every index carries as its last column: the order
 * is stable and the page is read straight off the index, with no sort step.
 */
/** Up to this many filtered profiles, a search starts from the filters rather than from the words. */
export const FILTER_FIRST_LIMIT = 500;

/**
 * Filters an index answers (so sizing the filtered set is cheap), and none that are not: only
 * then is it worth checking whether the filtered set is small.
 */
export function narrowsByIndex(input: CandidateListParams): boolean {
  return (input.deleted || indexedFilters(input)) && !unindexedFilters(input);
}

function orderBy(input: CandidateListParams): string {
  const dir = input.direction === 'desc' ? 'DESC' : 'ASC';
  switch (input.sort) {
    // Ascending age means the latest birth dates first.
    case 'age':
      return dir === 'ASC' ? 'c.birth_date DESC, c.rowid DESC' : 'c.birth_date ASC, c.rowid ASC';
    case 'comune':
      return `c.res_comune_sort ${dir}, c.rowid ${dir}`;
    case 'updated':
      return `c.updated_at ${dir}, c.rowid ${dir}`;
    default:
      return `c.name_sort ${dir}, c.rowid ${dir}`;
  }
}

const ROW_COLUMNS = `c.id, c.first_name AS firstName, c.last_name AS lastName, c.tax_code AS taxCode,
  c.birth_date AS birthDate, c.res_comune AS resComune, c.res_province AS resProvince, c.status,
  c.target_category AS targetCategory, c.skills, o.full_name AS operatorName, c.updated_at AS updatedAt,
  c.deleted_at AS deletedAt, office.code AS officeCode`;

/** What a row shows besides the profile: its operator's name and its office's code, one key lookup each. */
const JOINS = 'LEFT JOIN operators o ON o.id = c.operator_id LEFT JOIN sites office ON office.id = c.site_id';

const FROM = `FROM candidates c ${JOINS}`;

interface RawRow extends Omit<CandidateRow, 'skills' | 'targetCategoryHidden'> {
  skills: string;
}

function toRows(raw: RawRow[]): CandidateRow[] {
  return raw.map((r) => ({ ...r, skills: parseJsonColumn('candidates.skills', candidateRowSchema.shape.skills, r.skills), targetCategoryHidden: false }));
}

/** The SQL of each list shape, exported so the query-plan tests check exactly what runs. */
export function listStatements(input: CandidateListParams, today: Date) {
  const filters = filterClauses(input, today);
  const where = filters.map((f) => f.sql).join(' AND ');
  const params = filters.flatMap((f) => f.params);
  const limit = [input.pageSize, (input.page - 1) * input.pageSize];
  return {
    /** No search text: an index on the sort column, filters checked along it. */
    plain: {
      page: { sql: `SELECT ${ROW_COLUMNS} ${FROM} WHERE ${where} ORDER BY ${orderBy(input)} LIMIT ? OFFSET ?`, params: [...params, ...limit] },
      count: { sql: `SELECT count(*) AS n FROM candidates c WHERE ${where}`, params },
    },
    /**
     * No search text, more than the cap passing filters memory counted (so at least 1 in 100
     * people pass): the page off the sort's index, the other filters checked along it.
     */
    walked: () => {
      const along = filterClauses(input, today, true);
      return {
        sql: `SELECT ${ROW_COLUMNS} ${FROM} WHERE ${along.map((f) => f.sql).join(' AND ')} ORDER BY ${orderBy(input)} LIMIT ? OFFSET ?`,
        params: [...along.flatMap((f) => f.params), ...limit],
      };
    },
    /**
     * Search under the cap: the matched rowids (a JSON array) reach the rows through their index.
     * CROSS JOIN fixes the loop order; left to itself the planner may walk every live profile
     * in name order and test each against the list.
     */
    matched: (rowids: number[]) => {
      const from = 'FROM json_each(?) m CROSS JOIN candidates c ON c.search_rowid = m.value';
      const p = [JSON.stringify(rowids), ...params];
      return {
        page: {
          sql: `SELECT ${ROW_COLUMNS} ${from} ${JOINS} WHERE ${where} ORDER BY ${orderBy(input)} LIMIT ? OFFSET ?`,
          params: [...p, ...limit],
        },
        count: { sql: `SELECT count(*) AS n ${from} WHERE ${where}`, params: p },
      };
    },
    /**
     * No search text, the filters answered in memory and at most the cap passing: their rows by id,
     * sorted here. CROSS JOIN keeps the ids in charge, as for `matched`.
     */
    byIds: (ids: string[]) => ({
      sql: `SELECT ${ROW_COLUMNS} FROM json_each(?) m CROSS JOIN candidates c ON c.id = m.value ${JOINS} WHERE ${where} ORDER BY ${orderBy(input)} LIMIT ? OFFSET ?`,
      params: [JSON.stringify(ids), ...params, ...limit],
    }),
    /** Search over the cap, the page already chosen in memory (`newestMatches`): its rows, newest first as `broad`. */
    newestPage: (rowids: number[]) => ({
      sql: `SELECT ${ROW_COLUMNS} FROM json_each(?) m CROSS JOIN candidates c ON c.search_rowid = m.value ${JOINS} ORDER BY c.search_rowid DESC`,
      params: [JSON.stringify(rowids)],
    }),
    /** Search over the cap: walk the FTS index newest first, keep rows that pass the filters. */
    broad: (fts: string) => ({
      page: {
        sql: `SELECT ${ROW_COLUMNS} FROM candidates_fts f JOIN candidates c ON c.search_rowid = f.rowid
          ${JOINS}
          WHERE candidates_fts MATCH ? AND ${where} ORDER BY f.rowid DESC LIMIT ? OFFSET ?`,
        params: [fts, ...params, ...limit],
      },
    }),
    /**
     * Search inside a small filtered set (see FILTER_FIRST_LIMIT): the filters' index gives the
     * rows, each checked against the FTS index, so a rare filter with a one-letter prefix does
     * not walk tens of thousands of matches looking for the few that pass.
     */
    filterFirst: (fts: string) => {
      // EXISTS keeps the filters' index in charge: one FTS5 rowid lookup per filtered row
      // (~15 µs), where IN would first collect every match of a one-letter prefix.
      const matched = `${where} AND EXISTS (SELECT 1 FROM candidates_fts f WHERE f.rowid = c.search_rowid AND candidates_fts MATCH ?)`;
      const p = [...params, fts];
      return {
        size: { sql: `SELECT count(*) AS n FROM (SELECT 1 FROM candidates c WHERE ${where} LIMIT ${FILTER_FIRST_LIMIT + 1})`, params },
        page: { sql: `SELECT ${ROW_COLUMNS} ${FROM} WHERE ${matched} ORDER BY ${orderBy(input)} LIMIT ? OFFSET ?`, params: [...p, ...limit] },
        count: { sql: `SELECT count(*) AS n FROM candidates c WHERE ${matched}`, params: p },
      };
    },
    /**
     * Every profile the filters and the search select, as rowids in the requested order: what an
     * export of the list holds (services/exports). No page and no cap, so a broad search is whole.
     */
    selection: (fts: string | null) => ({
      sql: `SELECT c.rowid FROM candidates c WHERE ${where}${fts ? ' AND c.search_rowid IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)' : ''}
        ORDER BY ${orderBy(input)}`,
      params: fts ? [...params, fts] : params,
    }),
    /**
     * The first step of every search: up to cap + 1 rowids that match AND pass the filters,
     * unranked, walking the FTS index so a broad prefix stops as soon as the cap is reached.
     */
    probe: (fts: string) => ({
      sql: `SELECT f.rowid FROM candidates_fts f JOIN candidates c ON c.search_rowid = f.rowid
        WHERE candidates_fts MATCH ? AND ${where} LIMIT ?`,
      params: [fts, ...params, SEARCH_RESULT_CAP + 1],
    }),
  };
}

function all<T>(sqlite: BetterSqlite3.Database, q: { sql: string; params: unknown[] }): T[] {
  return sqlite.prepare(q.sql).all(...q.params) as T[];
}

function countOf(sqlite: BetterSqlite3.Database, q: { sql: string; params: unknown[] }): number {
  return (sqlite.prepare(q.sql).get(...q.params) as { n: number }).n;
}

/** The matches of the words older than a rowid, newest first, a chunk at a time: the FTS index alone. */
const NEWEST_MATCHES = 'SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?';
/** Chunks grow from the first (most searches stop there) to the largest (a walk of every match). */
const FIRST_CHUNK = 2_048;
const LARGEST_CHUNK = 65_536;

/**
 * Up to cap + 1 search rowids that match the words and pass the indexed filters, newest first:
 * the FTS index read alone, in chunks (about half the cost per match of stepping a row at a time),
 * each match checked against the filters kept in memory (list-filter-columns.ts) instead of a row
 * read. It stops at cap + 1, as the SQL probe does.
 */
export function newestMatches(ctx: ReadCtx, input: CandidateListParams, fts: string, firstChunk = FIRST_CHUNK): number[] | null {
  const passes = candidateMemory(ctx).filters.rowidTest(input, ageBounds(input, ctx.now()));
  if (!passes) return null;
  const found: number[] = [];
  // One or two letters: their whole match list kept in memory (search/match-list-cache.ts). With
  // filters set it is read whole at the first use (they may keep few of its matches: all are tested);
  // without, a walk stops at the cap, so the list is kept only if a walk happened to read it all.
  const filtered = indexedFilters(input) || unindexedFilters(input);
  const kept = filtered ? shortWordMatches(ctx.sqlite, 'candidates_fts', fts) : keptShortWordMatches(ctx.sqlite, 'candidates_fts', fts);
  if (kept) {
    for (const rowid of kept) {
      if (!passes(rowid)) continue;
      found.push(rowid);
      if (found.length > SEARCH_RESULT_CAP) break;
    }
    return found;
  }
  // Otherwise the walk reads the matches; if it reads them all, a short word's list is kept for the next keystroke.
  const read: number[] | null = isShortWordQuery(fts) ? [] : null;
  const chunkOf = ctx.sqlite.prepare(NEWEST_MATCHES).pluck();
  let before = Number.MAX_SAFE_INTEGER;
  for (let size = firstChunk; ; size = Math.min(size * 4, LARGEST_CHUNK)) {
    const chunk = chunkOf.all(fts, before, size) as number[];
    for (const rowid of chunk) {
      read?.push(rowid);
      if (!passes(rowid)) continue;
      found.push(rowid);
      if (found.length > SEARCH_RESULT_CAP) return found;
    }
    if (chunk.length < size) {
      if (read) keepShortWordMatches(ctx.sqlite, 'candidates_fts', fts, read);
      return found;
    }
    before = chunk[chunk.length - 1]!;
  }
}

export function listCandidates(ctx: ReadCtx, input: CandidateListParams): CandidateList {
  const { sqlite } = ctx;
  const statements = listStatements(input, ctx.now());
  const base = { page: input.page, pageSize: input.pageSize };
  const fts = toFtsQuery(input.query);
  if (!fts) {
    // Filters no index answers are counted in memory; SQL would read every row for the total.
    const memory = filtersInMemory(input) && unindexedFilters(input) ? candidateMemory(ctx) : null;
    const passes = memory?.filters.slotTest(input, ageBounds(input, ctx.now()));
    if (memory && passes) {
      const slots = memory.filters.passing(passes);
      const page = slots.length <= SEARCH_RESULT_CAP ? statements.byIds(memory.idsOf(slots)) : statements.walked();
      return { ...base, items: toRows(all<RawRow>(sqlite, page)), total: slots.length, broad: false };
    }
    const items = toRows(all<RawRow>(sqlite, statements.plain.page));
    return { ...base, items, total: countOf(sqlite, statements.plain.count), broad: false };
  }
  // With the filters in memory every match is tested for a few nanoseconds, so walking the words'
  // matches beats starting from the filters: there, each filtered row costs one FTS lookup, ~120 µs
  // for a two-letter prefix (80 ms for 350 rows on piemonte10). Only the bin's list starts there.
  let rowids = filtersInMemory(input) ? newestMatches(ctx, input, fts) : null;
  const inMemory = rowids !== null;
  if (rowids === null) {
    if (narrowsByIndex(input)) {
      const first = statements.filterFirst(fts);
      if (countOf(sqlite, first.size) <= FILTER_FIRST_LIMIT) {
        const items = toRows(all<RawRow>(sqlite, first.page));
        return { ...base, items, total: countOf(sqlite, first.count), broad: false };
      }
    }
    rowids = all<{ rowid: number }>(sqlite, statements.probe(fts)).map((r) => r.rowid);
  }
  if (rowids.length <= SEARCH_RESULT_CAP) {
    const matched = statements.matched(rowids);
    const items = toRows(all<RawRow>(sqlite, matched.page));
    return { ...base, items, total: countOf(sqlite, matched.count), broad: false };
  }
  const from = (input.page - 1) * input.pageSize;
  // The first pages of a broad search are already among the newest matches found in memory.
  const page = inMemory && from + input.pageSize <= SEARCH_RESULT_CAP ? statements.newestPage(rowids.slice(from, from + input.pageSize)) : statements.broad(fts).page;
  const items = toRows(all<RawRow>(sqlite, page));
  return { ...base, items, total: SEARCH_RESULT_CAP, broad: true };
}

/** The rowids of every profile the list's filters select, in its order: the rows of an export (services/exports). */
export function candidateListSelection(ctx: ReadCtx, input: CandidateListParams): number[] {
  const q = listStatements(input, ctx.now()).selection(toFtsQuery(input.query));
  return ctx.sqlite.prepare(q.sql).pluck().all(...q.params) as number[];
}
