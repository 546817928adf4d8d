/**
 * Backups of the data folder (decision 0022). One backup is one folder under `backups/`:
 *
 *   exar-20261124-163005-123-000/
 *     exar.sqlite      the database (journal mode DELETE, so it opens alone)
 *     files/…          the files under attachments/ and documenti/ (hard links where possible)
 *     files.json       path, size and sha256 of each of those files
 *     manifest.json    when, why, row counts of the main tables, and `verifiedAt`
 *
 * A backup is written as `<name>.part`, verified (integrity_check on the copy, its row counts equal
 * to the source's at copy time, every copied file's hash), and only then renamed to `<name>`: a
 * folder without `.part` and with a verified manifest is a backup, nothing else is. A crash at any
 * point leaves a `.part` folder, removed at the next start, and never touches the backups before it.
 * Rotation (retention.ts) also renames before deleting, so a half-deleted folder is never counted.
 */
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { italianDate } from '@shared/validation/italian-time';
import { backupsToKeep, type BackupReason, type DatedBackup } from './retention';

export type { BackupReason } from './retention';

export const BACKUPS_FOLDER = 'backups';
export const BACKUP_DATABASE = 'exar.sqlite';
export const PART_SUFFIX = '.part';
const BACKUP_PREFIX = 'exar-';
const MANIFEST = 'manifest.json';
const FILE_LIST = 'files.json';
const FILES_FOLDER = 'files';
/** The folders of the data folder whose files belong to the records (stored-files.ts, documents/archive.ts). */
export const STORED_FOLDERS = ['attachments', 'documenti'] as const;
/** A backup folder's name: `exar-<stamp>-<counter>`; legacy flat files add `.sqlite`. */
const NAME_PATTERN = /^exar-\d{8}-\d{6}-\d{3}-\d{3}$/;

/**
 * The tables whose counts a backup must reproduce: the people, hosts, files and what the office
 * wrote about them. Tables a given schema version lacks are skipped (a backup before a migration).
 */
export const MAIN_TABLES = [
  'associations',
  'association_sites',
  'candidates',
  'candidate_notes',
  'candidate_attachments',
  'needs',
  'matches',
  'internships',
  'documents',
  'document_templates',
  'operators',
  'settings',
  'sites',
  'audit_log',
] as const;

export interface BackupManifest {
  format: 1;
  name: string;
  takenAt: string;
  reason: BackupReason;
  /** Migrations applied in the copy (what version of the app can open it). */
  migrations: number;
  databaseSize: number;
  counts: Record<string, number>;
  files: number;
  filesSize: number;
  /** Files the copied rows point to that were missing or altered in the data folder already. */
  problems: string[];
  verifiedAt: string;
  /** Milliseconds spent: copy of the database, files, verification. */
  timings: { database: number; files: number; verify: number };
}

export interface StoredFileEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface BackupInfo {
  name: string;
  folder: string;
  manifest: BackupManifest;
}

export interface BackupOptions {
  /** The live connection: the copy is read through it, so it sees exactly what the app committed. */
  sqlite: BetterSqlite3.Database;
  dataDir: string;
  backupsDir?: string;
  now: Date;
  reason: BackupReason;
  nativeBinding?: string;
  /**
   * False for the copy a restore takes of the current state: rotating then could remove the very
   * backup being restored (a second copy the same day replaces the first as «newest of the day»).
   */
  rotate?: boolean;
}

/** Raised when a copy could not be written or did not verify; the previous backups are untouched. */
export class BackupFailedError extends Error {
  constructor(readonly problems: string[]) {
    super(`La copia di sicurezza non è riuscita: ${problems.join('; ')}`);
    this.name = 'BackupFailedError';
  }
}

/** `20261124-163005-123`: fixed width, so names sort in the order the copies were taken. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);
}

export function backupsDirOf(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** A unique name: a three-digit counter keeps starts in the same millisecond apart (and ordered). */
function nextName(dir: string, now: Date): string {
  const prefix = `${BACKUP_PREFIX}${stamp(now)}-`;
  const used = entries(dir)
    .filter((e) => e.startsWith(prefix))
    .map((e) => Number(e.slice(prefix.length, prefix.length + 3)))
    .filter((n) => Number.isInteger(n));
  const next = used.length === 0 ? 0 : Math.max(...used) + 1;
  return `${prefix}${String(next).padStart(3, '0')}`;
}

export function readManifest(folder: string): BackupManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as Partial<BackupManifest>;
    if (manifest.format !== 1 || typeof manifest.verifiedAt !== 'string' || typeof manifest.takenAt !== 'string') return null;
    return manifest as BackupManifest;
  } catch {
    return null;
  }
}

/**
 * The verified backups, oldest first. A `.part` folder, a folder without a verified manifest or with
 * an empty database is not a backup: it is never counted, listed or offered.
 */
export function listBackupInfos(dir: string): BackupInfo[] {
  const found: BackupInfo[] = [];
  for (const name of entries(dir).sort()) {
    if (!NAME_PATTERN.test(name)) continue;
    const folder = join(dir, name);
    const manifest = readManifest(folder);
    if (!manifest) continue;
    try {
      if (statSync(join(folder, BACKUP_DATABASE)).size === 0) continue;
    } catch {
      continue;
    }
    found.push({ name, folder, manifest });
  }
  return found;
}

export function listBackups(dir: string): string[] {
  return listBackupInfos(dir).map((b) => b.name);
}

/**
 * Copies written by earlier versions (`exar-<stamp>.sqlite`, VACUUM INTO at every start): not
 * verified, so never counted or rotated, but offered for a restore when they are not empty.
 */
export function listLegacyBackups(dir: string): string[] {
  return entries(dir)
    .filter((e) => e.startsWith(BACKUP_PREFIX) && e.endsWith('.sqlite'))
    .filter((e) => {
      try {
        return statSync(join(dir, e)).size > 0;
      } catch {
        return false;
      }
    })
    .sort();
}

export function newestBackup(dir: string): BackupInfo | null {
  return listBackupInfos(dir).at(-1) ?? null;
}

/** The name to show a person for the newest backup, verified first, a legacy copy otherwise. */
export function newestBackupName(dir: string): string | null {
  return newestBackup(dir)?.name ?? listLegacyBackups(dir).at(-1) ?? null;
}

export function hasBackupOn(dir: string, day: string): boolean {
  return listBackupInfos(dir).some((b) => italianDate(new Date(b.manifest.takenAt)) === day);
}

/** Removes what a crash left: `.part` folders (unfinished copies, rotations half done). */
export function removeBackupLeftovers(dir: string): string[] {
  const removed: string[] = [];
  for (const name of entries(dir)) {
    if (!name.endsWith(PART_SUFFIX)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** Applies the retention rule to the verified backups; returns the names removed. */
export function rotateBackups(dir: string, now: Date): string[] {
  const infos = listBackupInfos(dir);
  const dated: DatedBackup[] = infos.map((b) => ({ name: b.name, day: italianDate(new Date(b.manifest.takenAt)), reason: b.manifest.reason }));
  const keep = backupsToKeep(dated, italianDate(now));
  const removed: string[] = [];
  for (const b of infos) {
    if (keep.has(b.name)) continue;
    // Renamed first: a crash in the middle of deleting leaves a leftover, never a half backup.
    const doomed = join(dir, `${b.name}.rimosso${PART_SUFFIX}`);
    renameSync(b.folder, doomed);
    rmSync(doomed, { recursive: true, force: true });
    removed.push(b.name);
  }
  return removed;
}

function tableExists(sqlite: BetterSqlite3.Database, table: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

export function countRows(sqlite: BetterSqlite3.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of MAIN_TABLES) {
    if (!tableExists(sqlite, table)) continue;
    counts[table] = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  }
  return counts;
}

function migrationsIn(sqlite: BetterSqlite3.Database): number {
  if (!tableExists(sqlite, '__drizzle_migrations')) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/**
 * Every stored file the rows point to (deleted rows too: a tombstoned record still owns its file),
 * relative to the data folder with «/», with the hash written when the file was stored.
 */
export function referencedFiles(sqlite: BetterSqlite3.Database): Map<string, string> {
  const refs = new Map<string, string>();
  const add = (path: string | null, sha256: string | null) => {
    if (path && sha256) refs.set(path.split(/[\\/]/).join('/'), sha256);
  };
  if (tableExists(sqlite, 'candidate_attachments')) {
    for (const row of sqlite.prepare('SELECT stored_name AS name, sha256 FROM candidate_attachments').iterate() as Iterable<{ name: string; sha256: string }>) {
      add(`attachments/${row.name}`, row.sha256);
    }
  }
  if (tableExists(sqlite, 'documents')) {
    const rows = sqlite.prepare('SELECT stored_path AS path, sha256, signed_stored_path AS signedPath, signed_sha256 AS signedSha FROM documents').iterate() as Iterable<{
      path: string;
      sha256: string;
      signedPath: string | null;
      signedSha: string | null;
    }>;
    for (const row of rows) {
      add(row.path, row.sha256);
      add(row.signedPath, row.signedSha);
    }
  }
  // A replaced signed scan stays in the data folder on purpose, found through the audit line that
  // replaced it (documents/archive.ts): «documenti/…/firmati/x.pdf (sha256)» in `before`.
  if (tableExists(sqlite, 'audit_log')) {
    const rows = sqlite.prepare("SELECT changes FROM audit_log WHERE entity = 'internships' AND changes LIKE '%.firmato%'").iterate() as Iterable<{ changes: string }>;
    for (const row of rows) {
      for (const value of replacedScans(row.changes)) {
        const match = /^(.+) \(([0-9a-f]{64})\)$/.exec(value);
        if (match && !refs.has(match[1]!.split(/[\\/]/).join('/'))) add(match[1]!, match[2]!);
      }
    }
  }
  if (tableExists(sqlite, 'document_templates')) {
    for (const row of sqlite.prepare('SELECT stored_path AS path, sha256 FROM document_templates').iterate() as Iterable<{ path: string; sha256: string }>) {
      add(row.path, row.sha256);
    }
  }
  return refs;
}

function replacedScans(changes: string): string[] {
  try {
    const list = JSON.parse(changes) as unknown;
    if (!Array.isArray(list)) return [];
    return list.flatMap((c: unknown) => {
      const change = c as { field?: unknown; before?: unknown; after?: unknown };
      if (typeof change.field !== 'string' || !change.field.endsWith('.firmato')) return [];
      return [change.before, change.after].filter((v): v is string => typeof v === 'string');
    });
  } catch {
    return [];
  }
}

/** Files under attachments/ and documenti/, relative with «/»; `.part` files are unfinished writes, not files. */
export function storedFilesIn(dataDir: string): string[] {
  const found: string[] = [];
  for (const top of STORED_FOLDERS) {
    const root = join(dataDir, top);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name.endsWith(PART_SUFFIX)) continue;
      found.push(relative(dataDir, join(entry.parentPath, entry.name)).split(sep).join(posix.sep));
    }
  }
  return found.sort();
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Flushes a file to the disk: a rename is durable only if what it names is. */
function fsyncPath(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  }
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 1));
  fsyncPath(path);
}

/** A hard link costs no space and the data folder never rewrites a file in place; a copy where links fail. */
function linkOrCopy(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

function openCopy(path: string, nativeBinding: string | undefined, readonly: boolean): BetterSqlite3.Database {
  return new BetterSqlite3(path, { readonly, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

/**
 * The long parts of a backup are generators that yield between files: the backup before a migration
 * runs them straight through (`runSync`), the daily one gives the event loop a turn at each yield
 * (`runAsync`), so an operator's call never waits behind a thousand files being hashed.
 */
type Steps<T> = Generator<void, T, void>;

function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

async function runAsync<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTurn();
  }
}

function* copyFiles(dataDir: string, folder: string): Steps<StoredFileEntry[]> {
  const copied: StoredFileEntry[] = [];
  for (const path of storedFilesIn(dataDir)) {
    const source = join(dataDir, ...path.split('/'));
    const target = backupFilePath(folder, path);
    try {
      linkOrCopy(source, target);
    } catch (error) {
      // Removed between listing and linking (an exchange import replacing it): the rows decide below.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    copied.push({ path, size: statSync(target).size, sha256: sha256File(target) });
    yield;
  }
  return copied;
}

/** Rows of the copy whose file is missing from the set or does not match the hash the row stored. */
function fileProblems(copy: BetterSqlite3.Database, files: StoredFileEntry[]): string[] {
  const byPath = new Map(files.map((f) => [f.path, f.sha256]));
  const problems: string[] = [];
  for (const [path, sha256] of referencedFiles(copy)) {
    const found = byPath.get(path);
    if (found === undefined) problems.push(`${path}: mancante nella cartella dei dati`);
    else if (found !== sha256) problems.push(`${path}: diverso da quello registrato`);
  }
  return problems;
}

/**
 * Checks a backup folder (finished or `.part`): the database passes `PRAGMA integrity_check`, its
 * counts equal `counts` (the source's at copy time, or the manifest's), each listed file is there
 * with its size and hash. Returns what is wrong, in Italian; empty means good.
 */
function* verifySteps(folder: string, expected: Expected, nativeBinding: string | undefined): Steps<string[]> {
  const problems: string[] = [];
  const path = join(folder, BACKUP_DATABASE);
  if (!existsSync(path) || statSync(path).size === 0) return ['il database della copia è vuoto o mancante'];
  let copy: BetterSqlite3.Database | null = null;
  try {
    copy = openCopy(path, nativeBinding, true);
    const check = copy.pragma('integrity_check') as { integrity_check: string }[];
    if (check.length !== 1 || check[0]?.integrity_check !== 'ok') problems.push(`controllo di integrità: ${check.map((c) => c.integrity_check).slice(0, 3).join(', ')}`);
    else {
      const counts = countRows(copy);
      for (const [table, n] of Object.entries(expected.counts)) {
        if (counts[table] !== n) problems.push(`${table}: ${counts[table] ?? 'assente'} righe invece di ${n}`);
      }
    }
  } catch (error) {
    problems.push(`il database della copia non si apre (${(error as Error).message})`);
  } finally {
    copy?.close();
  }
  for (const file of expected.files) {
    const target = join(folder, FILES_FOLDER, ...file.path.split('/'));
    try {
      if (statSync(target).size !== file.size || sha256File(target) !== file.sha256) problems.push(`${file.path}: impronta diversa`);
    } catch {
      problems.push(`${file.path}: mancante nella copia`);
    }
    yield;
  }
  return problems;
}

interface Expected {
  counts: Record<string, number>;
  files: StoredFileEntry[];
}

export function verifyBackupFolderSync(folder: string, expected: Expected, nativeBinding?: string): string[] {
  return runSync(verifySteps(folder, expected, nativeBinding));
}

export function verifyBackupFolder(folder: string, expected: Expected, nativeBinding?: string): Promise<string[]> {
  return runAsync(verifySteps(folder, expected, nativeBinding));
}

/** Reads the file list of a finished backup. */
export function readFileList(folder: string): StoredFileEntry[] {
  try {
    return JSON.parse(readFileSync(join(folder, FILE_LIST), 'utf8')) as StoredFileEntry[];
  } catch {
    return [];
  }
}

/** Verifies a finished backup against its own manifest (before a restore, or `--list`). */
export function verifyBackup(info: BackupInfo, nativeBinding?: string): Promise<string[]> {
  return verifyBackupFolder(info.folder, { counts: info.manifest.counts, files: readFileList(info.folder) }, nativeBinding);
}

/** The path of one stored file inside a backup. */
export function backupFilePath(folder: string, path: string): string {
  return join(folder, FILES_FOLDER, ...path.split('/'));
}

interface Copied {
  counts: Record<string, number>;
  migrations: number;
  databaseMs: number;
}

function* finishBackup(options: BackupOptions, dir: string, name: string, part: string, copied: Copied): Steps<BackupInfo> {
  const startedFiles = Date.now();
  const files = yield* copyFiles(options.dataDir, part);
  const copyPath = join(part, BACKUP_DATABASE);
  const copy = openCopy(copyPath, options.nativeBinding, false);
  let problems: string[];
  try {
    // The online backup copies the WAL flag; DELETE mode lets the copy open alone, read-only, anywhere.
    copy.pragma('journal_mode = DELETE');
    problems = fileProblems(copy, files);
  } finally {
    copy.close();
  }
  const filesMs = Date.now() - startedFiles;
  writeJson(join(part, FILE_LIST), files);
  const startedVerify = Date.now();
  const failures = yield* verifySteps(part, { counts: copied.counts, files }, options.nativeBinding);
  if (failures.length > 0) throw new BackupFailedError(failures);
  fsyncPath(copyPath);
  const manifest: BackupManifest = {
    format: 1,
    name,
    takenAt: options.now.toISOString(),
    reason: options.reason,
    migrations: copied.migrations,
    databaseSize: statSync(copyPath).size,
    counts: copied.counts,
    files: files.length,
    filesSize: files.reduce((sum, f) => sum + f.size, 0),
    problems,
    verifiedAt: new Date().toISOString(),
    timings: { database: copied.databaseMs, files: filesMs, verify: Date.now() - startedVerify },
  };
  writeJson(join(part, MANIFEST), manifest);
  const folder = join(dir, name);
  renameSync(part, folder);
  fsyncDir(dir);
  return { name, folder, manifest };
}

function start(options: BackupOptions): { dir: string; name: string; part: string } {
  const dir = options.backupsDir ?? backupsDirOf(options.dataDir);
  mkdirSync(dir, { recursive: true });
  const name = nextName(dir, options.now);
  const part = join(dir, `${name}${PART_SUFFIX}`);
  mkdirSync(part);
  return { dir, name, part };
}

function cleanUp(part: string): void {
  rmSync(part, { recursive: true, force: true });
}

/**
 * The backup taken before migrations, synchronously: the start waits for it anyway. VACUUM INTO
 * reads one snapshot; the counts are read in the same turn, so nothing can be written in between.
 */
export function takeBackupSync(options: BackupOptions): BackupInfo {
  const { dir, name, part } = start(options);
  try {
    const started = Date.now();
    const counts = countRows(options.sqlite);
    const migrations = migrationsIn(options.sqlite);
    options.sqlite.prepare('VACUUM INTO ?').run(join(part, BACKUP_DATABASE));
    return runSync(finishBackup(options, dir, name, part, { counts, migrations, databaseMs: Date.now() - started }));
  } catch (error) {
    cleanUp(part);
    throw error;
  } finally {
    if (options.rotate !== false) rotateAfter(dir, options.now);
  }
}

function rotateAfter(dir: string, now: Date): void {
  try {
    rotateBackups(dir, now);
  } catch {
    // Rotation only frees space: a copy it could not remove is removed the next time.
  }
}

/**
 * The scheduled backup, with SQLite's online backup API: it copies 100 pages per turn of the event
 * loop, so calls keep being answered meanwhile; writes made through this connection during the
 * copy are carried into it. The counts are read right after the last page, in the same turn (the
 * await resumes in the microtasks of the step that finished, before any other call can write).
 */
export async function takeBackup(options: BackupOptions): Promise<BackupInfo> {
  const { dir, name, part } = start(options);
  try {
    const started = Date.now();
    await options.sqlite.backup(join(part, BACKUP_DATABASE));
    const counts = countRows(options.sqlite);
    const migrations = migrationsIn(options.sqlite);
    const info = await runAsync(finishBackup(options, dir, name, part, { counts, migrations, databaseMs: Date.now() - started }));
    if (options.rotate !== false) rotateAfter(dir, options.now);
    return info;
  } catch (error) {
    cleanUp(part);
    throw error;
  }
}
