/**
 * Records kept in memory and brought up to date from a change log: triggers append the id of
 * every record written (migration 0006), and before each use only those ids are read again.
 * Triggers cannot be forgotten by a future write path (the regional import included); the log
 * is emptied once applied, so it never grows.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { ImageStore } from '../../memory-image/image-store';

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
  /** Where the store is kept between starts (memory-image/image-store.ts), if it is. */
  image?: ImageStore<S>;
}

/** Where the memory came from when this connection first used it. */
export type CacheOrigin = 'image' | 'database';

interface Cache<S> {
  byId: S;
  /** Last log `seq` already applied. */
  seq: number;
  origin: CacheOrigin;
  /** The `seq` of the image on disk that still matches this memory, if any: nothing to write at close. */
  imageSeq: number | null;
}

/** What a close did with the memory: wrote its image, found the image on disk still matching, or had none to keep. */
export type SaveOutcome = 'written' | 'unchanged' | 'not loaded';

export interface ChangeLogCache<S> {
  (sqlite: BetterSqlite3.Database): S;
  /** Where this connection's memory came from; null when it has not been used. */
  origin(sqlite: BetterSqlite3.Database): CacheOrigin | null;
  /** Keeps the memory for the next start (at a clean close); nothing when it was never loaded or is already kept. */
  save(sqlite: BetterSqlite3.Database): SaveOutcome;
}

/** Past this many changed records a full reload is quicker than reading them one by one. */
const FULL_RELOAD_AFTER = 5_000;
const CHUNK = 500;

/** A function giving the up-to-date records of a database; one cache per open connection. */
export function changeLogCache<T, S extends ChangeLogStore<T> = Map<string, T>>(source: ChangeLogSource<T, S>): ChangeLogCache<S> {
  const caches = new WeakMap<BetterSqlite3.Database, Cache<S>>();

  const lastSeq = (sqlite: BetterSqlite3.Database) =>
    (sqlite.prepare(`SELECT coalesce(max(seq), 0) AS seq FROM ${source.log}`).get() as { seq: number }).seq;

  // A read must not fail on a write: if emptying the log fails (a full disk) the same ids are read again next time.
  // The image's mark goes in the same transaction as the rows it would need.
  const forget = (sqlite: BetterSqlite3.Database, upTo: number, cache?: Cache<S>) => {
    let imageGone = false;
    try {
      sqlite.transaction(() => {
        sqlite.prepare(`DELETE FROM ${source.log} WHERE seq <= ?`).run(upTo);
        imageGone = source.image?.forget(sqlite, upTo) ?? false;
      })();
    } catch {
      // Nothing is lost: the cache remembers `upTo`, and the log still holds what an image would need.
      return;
    }
    if (cache && cache.imageSeq !== null && cache.imageSeq < upTo) cache.imageSeq = null;
    if (imageGone) {
      try {
        source.image?.discardFile(sqlite);
      } catch {
        // Without its mark the file is never read; the next close writes over it.
      }
    }
  };

  const loadAll = (sqlite: BetterSqlite3.Database): Cache<S> => {
    const seq = lastSeq(sqlite);
    const byId = source.loadAll(sqlite);
    forget(sqlite, seq);
    return { byId, seq, origin: 'database', imageSeq: null };
  };

  /** A start: the image kept at the last close, brought up to date, or every row. */
  const open = (sqlite: BetterSqlite3.Database): Cache<S> => {
    const kept = source.image?.read(sqlite);
    if (!kept) return loadAll(sqlite);
    return refresh(sqlite, { byId: kept.store, seq: kept.seq, origin: 'image', imageSeq: kept.seq });
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
    forget(sqlite, seq, cache);
    cache.seq = seq;
    return cache;
  };

  const use = (sqlite: BetterSqlite3.Database): Cache<S> => {
    const current = caches.get(sqlite);
    const cache = current ? refresh(sqlite, current) : open(sqlite);
    caches.set(sqlite, cache);
    return cache;
  };

  return Object.assign((sqlite: BetterSqlite3.Database) => use(sqlite).byId, {
    origin: (sqlite: BetterSqlite3.Database) => caches.get(sqlite)?.origin ?? null,
    save: (sqlite: BetterSqlite3.Database): SaveOutcome => {
      if (!source.image || !caches.has(sqlite)) return 'not loaded';
      const cache = use(sqlite);
      if (cache.imageSeq !== null && cache.imageSeq === cache.seq) return 'unchanged';
      source.image.write(sqlite, cache.byId, cache.seq);
      cache.imageSeq = cache.seq;
      return 'written';
    },
  });
}

/** `?, ?, ?` for an IN list. */
export function placeholders(ids: readonly unknown[]): string {
  return ids.map(() => '?').join(',');
}
