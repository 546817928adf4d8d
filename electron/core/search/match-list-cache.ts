/**
 * The whole match list of a one- or two-letter word, kept in memory (issue 17). Such a word
 * matches most people ("a": 86,000 of 100,000 on piemonte10), and a search with filters set must
 * test every match: read from FTS5 that is ~0.13 µs a match (11 ms for "a") at every keystroke;
 * kept here it is an array walk of a fraction of a millisecond.
 *
 * The lists stay exact without knowing which records changed: they belong to one version of the
 * FTS index, its structure record (row 10 of `<table>_data`), which FTS5 rewrites whenever the
 * index changes (insert, rewrite or delete of a document, on any path and any connection; a test
 * holds it to that). A new version empties the cache and the next search reads its list again.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { FtsTable } from './fts-document';

/** Longest word whose matches are kept: the prefix indexes' short lengths, where lists are long. */
const SHORT_WORD = 2;
/**
 * At most this many rowids in all (64 MB), oldest-used lists dropped first. The 26 single letters
 * alone are ~1.2 million rowids at 100,000 people and ~12 million at a million (growth bench): a
 * smaller cap dropped and re-read them at every keystroke there.
 */
const MAX_ROWIDS = 16_000_000;
/** FTS5's fixed id of the structure record in the `_data` shadow table. */
const STRUCTURE_RECORD_ID = 10;

interface Lists {
  version: Buffer;
  /** By FTS query, in order of last use (a Map keeps insertion order). */
  byQuery: Map<string, Int32Array>;
  rowids: number;
}

const caches = new WeakMap<BetterSqlite3.Database, Map<FtsTable, Lists>>();

/** `"ba"*`, the form `toFtsQuery` gives one typed word, with at most SHORT_WORD characters. */
export function isShortWordQuery(fts: string): boolean {
  const word = /^"([^"]+)"\*$/u.exec(fts)?.[1];
  return word !== undefined && [...word].length <= SHORT_WORD;
}

/** The two statements, exported for the query-plan test: a key lookup, and FTS5's own walk in rowid order. */
export function matchListStatements(table: FtsTable) {
  return {
    version: `SELECT block FROM ${table}_data WHERE id = ${STRUCTURE_RECORD_ID}`,
    matches: `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC`,
  };
}

function indexVersion(sqlite: BetterSqlite3.Database, table: FtsTable): Buffer {
  const block = sqlite.prepare(matchListStatements(table).version).pluck().get() as Buffer | undefined;
  return block ?? Buffer.alloc(0);
}

function listsOf(sqlite: BetterSqlite3.Database, table: FtsTable): Lists {
  let tables = caches.get(sqlite);
  if (!tables) {
    tables = new Map();
    caches.set(sqlite, tables);
  }
  const version = indexVersion(sqlite, table);
  let lists = tables.get(table);
  if (!lists || !lists.version.equals(version)) {
    lists = { version, byQuery: new Map(), rowids: 0 };
    tables.set(table, lists);
  }
  return lists;
}

/**
 * The kept list of a one-word query of one or two letters, highest (newest) rowid first, or null
 * (another query, not kept, or inside a transaction, whose writes may still be undone).
 */
export function keptShortWordMatches(sqlite: BetterSqlite3.Database, table: FtsTable, fts: string): Int32Array | null {
  if (!isShortWordQuery(fts) || sqlite.inTransaction) return null;
  const lists = listsOf(sqlite, table);
  const kept = lists.byQuery.get(fts);
  if (!kept) return null;
  lists.byQuery.delete(fts);
  lists.byQuery.set(fts, kept);
  return kept;
}

/**
 * Keeps the whole match list of a short word, newest first, read by a search that walked to its end
 * anyway: a search that stops early (a broad word without filters) never pays for the whole list.
 */
export function keepShortWordMatches(sqlite: BetterSqlite3.Database, table: FtsTable, fts: string, newestFirst: readonly number[]): Int32Array | null {
  if (!isShortWordQuery(fts) || sqlite.inTransaction) return null;
  const lists = listsOf(sqlite, table);
  const list = Int32Array.from(newestFirst);
  const old = lists.byQuery.get(fts);
  if (old) lists.rowids -= old.length;
  lists.byQuery.set(fts, list);
  lists.rowids += list.length;
  for (const [query, dropped] of lists.byQuery) {
    if (lists.rowids <= MAX_ROWIDS || query === fts) break;
    lists.byQuery.delete(query);
    lists.rowids -= dropped.length;
  }
  return list;
}

/** The whole list of a short word, read from FTS5 if it is not kept; null for any other query. */
export function shortWordMatches(sqlite: BetterSqlite3.Database, table: FtsTable, fts: string): Int32Array | null {
  const kept = keptShortWordMatches(sqlite, table, fts);
  if (kept || !isShortWordQuery(fts) || sqlite.inTransaction) return kept;
  return keepShortWordMatches(sqlite, table, fts, sqlite.prepare(matchListStatements(table).matches).pluck().all(fts) as number[]);
}

/** Reads the lists of the single letters at start, off the request path: the first keystroke of most searches. */
export function warmShortWords(sqlite: BetterSqlite3.Database, table: FtsTable): void {
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') shortWordMatches(sqlite, table, `"${letter}"*`);
}
