/**
 * The one database connection. Opening it also protects the data: it refuses a file written
 * by a newer version of the app, takes a backup before touching an existing file, and applies
 * pending migrations in one transaction.
 */
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupDatabase } from './backup';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Database {
  sqlite: BetterSqlite3.Database;
  db: Db;
  file: string;
  close(): void;
}

export interface OpenDatabaseOptions {
  file: string;
  migrationsFolder: string;
  /** Where start-up backups go; defaults to `backups/` beside the database file. */
  backupsDir?: string;
  /** Path of a better-sqlite3 binary built for another runtime (Electron). */
  nativeBinding?: string;
  now?: () => Date;
}

/** Raised when the file was written by a newer version: opening it could lose data. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly databaseMigration: number,
    readonly knownMigration: number,
  ) {
    super(
      "L'archivio dati è stato aggiornato da una versione più recente dell'applicazione. " +
        "Installa l'ultima versione per aprirlo: i dati non sono stati toccati.",
    );
    this.name = 'DatabaseTooNewError';
  }
}

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export function readJournal(migrationsFolder: string): Journal {
  return JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

function appliedMigrations(sqlite: BetterSqlite3.Database): number[] {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return [];
  return sqlite
    .prepare('SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at')
    .all()
    .map((row) => Number((row as { at: number }).at));
}

function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
}

export function openDatabase(options: OpenDatabaseOptions): Database {
  const { file, migrationsFolder } = options;
  mkdirSync(dirname(file), { recursive: true });
  const existed = existsSync(file) && statSync(file).size > 0;
  const sqlite = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    const journal = readJournal(migrationsFolder);
    const known = journal.entries.map((e) => e.when);
    const latestKnown = Math.max(0, ...known);
    const applied = appliedMigrations(sqlite);
    const latestApplied = Math.max(0, ...applied);
    if (latestApplied > latestKnown || applied.some((at) => !known.includes(at))) {
      throw new DatabaseTooNewError(applied.length, known.length);
    }
    // Only now: switching to WAL rewrites the file header, and a refused file must stay untouched.
    applyPragmas(sqlite);
    if (existed) {
      backupDatabase(sqlite, options.backupsDir ?? join(dirname(file), 'backups'), options.now?.() ?? new Date());
    }
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    sqlite.pragma(`user_version = ${known.length}`);
    return { sqlite, db, file, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
