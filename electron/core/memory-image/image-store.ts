/**
 * A memory kept between two starts (decision 0036): at a clean close the core writes what it holds
 * in memory to `cache/<name>.img` beside the database, and the next start reads it back instead of
 * rebuilding it from every row. The file is only a copy: the database stays the truth.
 *
 * The image is of the data as it was at one position `seq` of the change log, and it is valid while
 * every log row after `seq` is still in the log: the start applies them. The database holds a mark
 * (`settings`, key `cache.<name>`: a random token and `seq`) written after the file; emptying the
 * log past `seq` deletes the mark in the same transaction, and then the file. So a file whose
 * token is not the database's — a crash before the mark, a restored backup, a copy from another
 * desk, a migration since — is never read: the memory is rebuilt from the rows, as without it.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { ColumnarImage } from '@shared/rules/columnar-image';
import { decodeImage, encodeImage } from './image-codec';

/** Raise when a store's image changes shape or what it derives from a row: older files are then ignored. */
export const IMAGE_FORMAT = 1;
export const IMAGE_FOLDER = 'cache';

interface Mark {
  token: string;
  seq: number;
}

export interface ImageStore<S> {
  /** The memory as of the mark's `seq`, or null when there is no valid image. */
  read(sqlite: BetterSqlite3.Database): { store: S; seq: number } | null;
  /**
   * Called inside the transaction that empties the log up to `upTo`: an image from before `upTo`
   * would miss those rows, so its mark goes. True when a mark went (then call `discardFile`).
   */
  forget(sqlite: BetterSqlite3.Database, upTo: number): boolean;
  discardFile(sqlite: BetterSqlite3.Database): void;
  /** Writes the image of `store` as of `seq`, then its mark. Throws on failure, leaving no file. */
  write(sqlite: BetterSqlite3.Database, store: S, seq: number): void;
}

export interface ImageSource<S> {
  /** `candidates` → `cache/candidates.img`, mark `cache.candidates`. */
  name: string;
  /** The change log whose positions `seq` counts. */
  log: string;
  image(store: S): ColumnarImage;
  /** Throws ImageError when the parts are not a whole store. */
  restore(image: ColumnarImage): S;
}

/** Null for a database without a file (`:memory:`): nothing to keep. */
function fileOf(sqlite: BetterSqlite3.Database, name: string): string | null {
  if (!sqlite.name || sqlite.name === ':memory:' || sqlite.memory) return null;
  return join(dirname(sqlite.name), IMAGE_FOLDER, `${name}.img`);
}

/** The migrations applied: an image from before a migration is not read (it may have rewritten rows without the log). */
function schemaOf(sqlite: BetterSqlite3.Database): string {
  try {
    const r = sqlite.prepare('SELECT count(*) AS n, coalesce(max(created_at), 0) AS at FROM __drizzle_migrations').get() as { n: number; at: number };
    return `${r.n}:${r.at}`;
  } catch {
    return 'none';
  }
}

export function imageStore<S>(source: ImageSource<S>): ImageStore<S> {
  const key = `cache.${source.name}`;
  const readMark = (sqlite: BetterSqlite3.Database): Mark | null => {
    const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    if (!row) return null;
    const mark = JSON.parse(row.value) as Partial<Mark>;
    return typeof mark.token === 'string' && typeof mark.seq === 'number' ? { token: mark.token, seq: mark.seq } : null;
  };
  // AUTOINCREMENT's high-water mark: a log behind the image's position is not the log it was taken against.
  const logTop = (sqlite: BetterSqlite3.Database) =>
    (sqlite.prepare('SELECT coalesce(max(seq), 0) AS seq FROM sqlite_sequence WHERE name = ?').get(source.log) as { seq: number }).seq;

  return {
    read: (sqlite) => {
      const file = fileOf(sqlite, source.name);
      if (!file) return null;
      try {
        const mark = readMark(sqlite);
        if (!mark || logTop(sqlite) < mark.seq) return null;
        const decoded = decodeImage(readFileSync(file));
        if (!decoded) return null;
        const { header } = decoded;
        if (header.format !== IMAGE_FORMAT || header.token !== mark.token || header.seq !== mark.seq || header.schema !== schemaOf(sqlite)) return null;
        return { store: source.restore(decoded.parts), seq: mark.seq };
      } catch {
        // A copy that cannot be read (missing, unreadable, not a whole store: ImageError) is rebuilt from the rows.
        return null;
      }
    },
    forget: (sqlite, upTo) => {
      return sqlite.prepare("DELETE FROM settings WHERE key = ? AND json_extract(value, '$.seq') < ?").run(key, upTo).changes > 0;
    },
    discardFile: (sqlite) => {
      const file = fileOf(sqlite, source.name);
      if (file) rmSync(file, { force: true });
    },
    write: (sqlite, store, seq) => {
      const file = fileOf(sqlite, source.name);
      if (!file || sqlite.readonly) return;
      const token = randomUUID();
      const bytes = encodeImage({ format: IMAGE_FORMAT, token, seq, schema: schemaOf(sqlite) }, source.image(store));
      mkdirSync(dirname(file), { recursive: true });
      const part = `${file}.part`;
      try {
        const fd = openSync(part, 'w');
        try {
          writeSync(fd, bytes);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(part, file);
        sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify({ token, seq }));
      } catch (error) {
        rmSync(part, { force: true });
        rmSync(file, { force: true });
        throw error;
      }
    },
  };
}
