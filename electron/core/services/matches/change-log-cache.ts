/**
 * Records kept in memory and brought up to date from a change log: triggers append the id of
 * every record written (migration 0006), and before each use only those ids are read again.
 * Triggers cannot be forgotten by a future write path (the regional import included); the log
 * is emptied once applied, so it never grows.
 */
import type BetterSqlite3 from 'better-sqlite3';

/** Where the records are kept: a Map, or a store of its own shape (the candidates' columns). */
export interface ChangeLogStore<T> {
  set(id: string, record: T): unknown;
  delete(id: string): unknown;
}

export interface ChangeLogSource<T, S extends ChangeLogStore<T>> {
  /** The log table and its id column, e.g. `candidate_changes` / `candidate_id`. */
  log: string;
  idColumn: string;
  /** Every record to keep, by id. */
  loadAll(sqlite: BetterSqlite3.Database): S;
  /** The records among `ids` that are still to be kept (a missing id means: drop it). */
  loadSome(sqlite: BetterSqlite3.Database, ids: string[]): Map<string, T>;
}

interface Cache<S> {
  byId: S;
  /** Last log `seq` already applied. */
  seq: number;
}

/** Past this many changed records a full reload is quicker than reading them one by one. */
const FULL_RELOAD_AFTER = 5_000;
const CHUNK = 500;

/** A function giving the up-to-date records of a database; one cache per open connection. */
export function changeLogCache<T, S extends ChangeLogStore<T> = Map<string, T>>(source: ChangeLogSource<T, S>): (sqlite: BetterSqlite3.Database) => S {
  const caches = new WeakMap<BetterSqlite3.Database, Cache<S>>();

  const lastSeq = (sqlite: BetterSqlite3.Database) =>
    (sqlite.prepare(`SELECT coalesce(max(seq), 0) AS seq FROM ${source.log}`).get() as { seq: number }).seq;

  // A read must not fail on a write: if emptying the log fails (a full disk) the same ids are read again next time.
  const forget = (sqlite: BetterSqlite3.Database, upTo: number) => {
    try {
      sqlite.prepare(`DELETE FROM ${source.log} WHERE seq <= ?`).run(upTo);
    } catch {
      // Nothing is lost: the cache remembers `upTo`.
    }
  };

  const loadAll = (sqlite: BetterSqlite3.Database): Cache<S> => {
    const seq = lastSeq(sqlite);
    const byId = source.loadAll(sqlite);
    forget(sqlite, seq);
    return { byId, seq };
  };

  const refresh = (sqlite: BetterSqlite3.Database, cache: Cache<S>): Cache<S> => {
    const seq = lastSeq(sqlite);
    // AUTOINCREMENT never reuses a number: nothing above what was applied means nothing new (an emptied log reads 0).
    if (seq <= cache.seq) return cache;
    const changed = (
      sqlite.prepare(`SELECT DISTINCT ${source.idColumn} AS id FROM ${source.log} WHERE seq > ?`).all(cache.seq) as { id: string }[]
    ).map((r) => r.id);
    if (changed.length > FULL_RELOAD_AFTER) return loadAll(sqlite);
    for (let i = 0; i < changed.length; i += CHUNK) {
      const ids = changed.slice(i, i + CHUNK);
      const fresh = source.loadSome(sqlite, ids);
      for (const id of ids) {
        const record = fresh.get(id);
        if (record === undefined) cache.byId.delete(id);
        else cache.byId.set(id, record);
      }
    }
    forget(sqlite, seq);
    cache.seq = seq;
    return cache;
  };

  return (sqlite) => {
    const current = caches.get(sqlite);
    const cache = current ? refresh(sqlite, current) : loadAll(sqlite);
    caches.set(sqlite, cache);
    return cache.byId;
  };
}

/** `?, ?, ?` for an IN list. */
export function placeholders(ids: readonly unknown[]): string {
  return ids.map(() => '?').join(',');
}
