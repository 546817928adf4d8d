/**
 * The one database connection. Opening it also protects the data (decision 0022): it refuses to
 * create an empty office where backups say one existed, checks the file after an unclean shutdown
 * and sets a damaged one aside, refuses a file written by a newer version of the app, takes a
 * verified backup before applying pending migrations (one transaction) and keeps `user_version`
 * in step with them.
 */
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { takeBackupSync } from './backup';
import { backupsDirOf, newestBackupName, removeBackupLeftovers } from './backup-folder';
import { BackupBeforeMigrationError, DatabaseDamagedError, DatabaseMissingError, DatabaseTooNewError } from './errors';
import * as schema from './schema';

export { DatabaseTooNewError } from './errors';

export type Db = BetterSQLite3Database<typeof schema>;

/** What opening found and did, for the log and for tests. */
export interface OpenReport {
  /** The previous run did not close the file (marker left, or a -wal beside it). */
  uncleanShutdown: boolean;
  /** Milliseconds of `PRAGMA quick_check`, when it ran. */
  quickCheckMs: number | null;
  /** The backup taken before migrating, by name. */
  backupBeforeMigration: string | null;
  migrationsApplied: number;
  /** Anomalies worth a line in the log that do not stop the start (a user_version out of step). */
  warnings: string[];
}

export interface Database {
  sqlite: BetterSqlite3.Database;
  db: Db;
  file: string;
  report: OpenReport;
  close(): void;
}

export interface OpenDatabaseOptions {
  file: string;
  migrationsFolder: string;
  /** Where backups go; defaults to `backups/` beside the database file. */
  backupsDir?: string;
  /** Path of a better-sqlite3 binary built for another runtime (Electron). */
  nativeBinding?: string;
  now?: () => Date;
}

/** Written at open, removed at a clean close: still there at the next open means the process died. */
export function openMarkerOf(file: string): string {
  return `${file}.in-uso`;
}

/** `20261124-163005`, for the names of files set aside. */
function asideStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

const SIDE_FILES = ['-wal', '-shm'] as const;

/** Damaged copies set aside earlier: a fresh office must not be started over them either. */
function damagedCopies(file: string): string[] {
  const prefix = `${basename(file)}.danneggiato-`;
  try {
    return readdirSync(dirname(file)).filter((f) => f.startsWith(prefix) && !f.endsWith('-wal') && !f.endsWith('-shm'));
  } catch {
    return [];
  }
}

/**
 * Renames the file and its -wal/-shm to `<file>.danneggiato-<stamp>[-wal|-shm]`: kept together so
 * SQLite (or whoever attempts a recovery) still finds the journal that belongs to it; never deleted.
 */
function setAside(file: string, now: Date): string {
  const aside = `${file}.danneggiato-${asideStamp(now)}`;
  renameSync(file, aside);
  for (const side of SIDE_FILES) if (existsSync(`${file}${side}`)) renameSync(`${file}${side}`, `${aside}${side}`);
  rmSync(openMarkerOf(file), { force: true });
  return aside;
}

function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
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
  // FULL: a save the app acknowledged to a person survives a power cut too (decision 0022).
  sqlite.pragma('synchronous = FULL');
}

function quickCheck(sqlite: BetterSqlite3.Database): string | null {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  return rows.length === 1 && rows[0]?.quick_check === 'ok' ? null : rows.map((r) => r.quick_check).slice(0, 3).join('; ');
}

export function openDatabase(options: OpenDatabaseOptions): Database {
  const { file, migrationsFolder } = options;
  const now = options.now ?? (() => new Date());
  const dataDir = dirname(file);
  const backupsDir = options.backupsDir ?? backupsDirOf(dataDir);
  mkdirSync(dataDir, { recursive: true });
  // Unfinished copies of a run that died: never backups, never counted.
  removeBackupLeftovers(backupsDir);

  const existed = existsSync(file) && statSync(file).size > 0;
  if (!existed) {
    const newest = newestBackupName(backupsDir);
    const aside = damagedCopies(file);
    // Never an empty office over a real one: an empty start is deliberate only where nothing says otherwise.
    if (newest !== null || aside.length > 0) throw new DatabaseMissingError(dataDir, newest, aside);
    // A -wal without its database would be replayed into the new file: kept, under another name.
    for (const side of SIDE_FILES) {
      if (existsSync(`${file}${side}`)) renameSync(`${file}${side}`, `${file}${side}.senza-archivio-${asideStamp(now())}`);
    }
  }
  const marker = openMarkerOf(file);
  const uncleanShutdown = existed && (existsSync(marker) || (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0));
  const report: OpenReport = { uncleanShutdown, quickCheckMs: null, backupBeforeMigration: null, migrationsApplied: 0, warnings: [] };

  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    if (existed && isDamage(error)) throw damaged(file, backupsDir, now(), (error as Error).message);
    throw error;
  }
  try {
    if (uncleanShutdown) {
      const started = Date.now();
      const problem = quickCheck(sqlite);
      report.quickCheckMs = Date.now() - started;
      if (problem !== null) {
        sqlite.close();
        throw damaged(file, backupsDir, now(), problem);
      }
    }
    const journal = readJournal(migrationsFolder);
    const known = journal.entries.map((e) => e.when);
    const latestKnown = Math.max(0, ...known);
    const applied = appliedMigrations(sqlite);
    const latestApplied = Math.max(0, ...applied);
    const userVersion = Number(sqlite.pragma('user_version', { simple: true }));
    if (latestApplied > latestKnown || applied.some((at) => !known.includes(at)) || userVersion > known.length) {
      throw new DatabaseTooNewError(Math.max(applied.length, userVersion), known.length);
    }
    // A file with no table at all is as empty as a 0-byte one (a start that died before its first migration).
    if (applied.length === 0 && !hasTables(sqlite)) {
      const newest = newestBackupName(backupsDir);
      if (newest !== null) throw new DatabaseMissingError(dataDir, newest, []);
    }
    // 0 is a file from before user_version was kept (or a new one): set below, nothing to report.
    if (userVersion !== 0 && userVersion !== applied.length) {
      report.warnings.push(`user_version ${userVersion} ma ${applied.length} migrazioni applicate in ${file}`);
    }
    // Only now: switching to WAL rewrites the file header, and a refused file must stay untouched.
    writeFileSync(marker, `${process.pid} ${now().toISOString()}\n`);
    applyPragmas(sqlite);
    const pending = known.filter((at) => !applied.includes(at));
    if (existed && pending.length > 0 && applied.length > 0) {
      try {
        report.backupBeforeMigration = takeBackupSync({
          sqlite,
          dataDir,
          backupsDir,
          now: now(),
          reason: 'before-migration',
          nativeBinding: options.nativeBinding,
        }).name;
      } catch (error) {
        throw new BackupBeforeMigrationError(error instanceof Error ? error.message : String(error));
      }
    }
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    report.migrationsApplied = pending.length;
    sqlite.pragma(`user_version = ${known.length}`);
    const open = sqlite;
    return {
      sqlite,
      db,
      file,
      report,
      close: () => {
        open.close();
        // After the close: the marker gone means the file was left whole.
        rmSync(marker, { force: true });
      },
    };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    if (error instanceof DatabaseDamagedError) throw error;
    // Closed above, so not an unclean shutdown for the next start.
    rmSync(marker, { force: true });
    if (existed && isDamage(error)) throw damaged(file, backupsDir, now(), (error as Error).message);
    throw error;
  }
}

function hasTables(sqlite: BetterSqlite3.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined;
}

function damaged(file: string, backupsDir: string, now: Date, detail: string): DatabaseDamagedError {
  const aside = setAside(file, now);
  return new DatabaseDamagedError(dirname(file), basename(aside), newestBackupName(backupsDir), detail);
}
