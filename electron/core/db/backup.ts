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
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { countRows, migrationsIn, PART_SUFFIX, referencedFiles, storedFilesIn } from './backup-contents';
import {
  BACKUP_DATABASE,
  BackupFailedError,
  backupsDirOf,
  FILE_LIST,
  FILES_FOLDER,
  MANIFEST,
  nextName,
  rotateBackups,
  type BackupInfo,
  type BackupManifest,
  type BackupOptions,
  type StoredFileEntry,
} from './backup-folder';


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
