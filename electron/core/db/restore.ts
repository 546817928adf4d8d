/**
 * Putting a backup back (decision 0022), with the core closed: by the command line when the app
 * cannot start (scripts/restore.ts), by the app after closing its core. Nothing is lost on the way:
 * the current state is backed up first (or, when it cannot be read, set aside under another name),
 * a file of the data folder that differs from the backup's goes to `orfani/`, and the result is
 * verified before it is reported done.
 */
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { DATABASE_FILE } from './names';
import { backupFilePath, readFileList, takeBackupSync, verifyBackup } from './backup';
import { backupsDirOf, listBackupInfos, listLegacyBackups, type BackupInfo, type BackupReason } from './backup-folder';
import { countRows, referencedFiles } from './backup-contents';
import { openMarkerOf } from './connection';
import { ORPHANS_FOLDER } from '../files/orphans';

/** Why a restore did not happen (or did not verify), in Italian for the person running it. */
export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

export interface RestorableBackup {
  name: string;
  takenAt: string | null;
  reason: BackupReason | 'legacy';
  databaseSize: number;
  counts: Record<string, number>;
  files: number;
}

export interface RestoreResult {
  restored: string;
  /** The backup of the state replaced, when it could be read. */
  safetyBackup: string | null;
  /** The replaced database's name when it could not be backed up (damaged): kept, never deleted. */
  setAside: string | null;
  /** Files of the data folder that differed from the backup's, now in orfani/. */
  movedToOrphans: string[];
  /** Rows of the restored database whose file is missing or altered (already so in the backup). */
  fileProblems: string[];
}

export interface RestoreOptions {
  now?: () => Date;
  nativeBinding?: string;
}

/** Backups a restore can use, newest first: verified ones, then copies of earlier versions. */
export function listRestorable(dataDir: string): RestorableBackup[] {
  const dir = backupsDirOf(dataDir);
  const verified: RestorableBackup[] = listBackupInfos(dir).map((b) => ({
    name: b.name,
    takenAt: b.manifest.takenAt,
    reason: b.manifest.reason,
    databaseSize: b.manifest.databaseSize,
    counts: b.manifest.counts,
    files: b.manifest.files,
  }));
  const legacy: RestorableBackup[] = listLegacyBackups(dir).map((name) => ({
    name,
    takenAt: null,
    reason: 'legacy',
    databaseSize: statSync(join(dir, name)).size,
    counts: {},
    files: 0,
  }));
  return [...verified.reverse(), ...legacy.reverse()];
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function open(path: string, options: RestoreOptions, readonly: boolean): BetterSqlite3.Database {
  return new BetterSqlite3(path, { readonly, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
}

function integrityProblem(path: string, options: RestoreOptions): string | null {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = open(path, options, true);
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.length === 1 && rows[0]?.integrity_check === 'ok' ? null : rows.map((r) => r.integrity_check).slice(0, 3).join('; ');
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

function stampOf(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Backs up the current database (it is opened without migrating, so any version the backups can
 * hold is fine); when it cannot be read it is renamed instead. Either way the -wal goes with it:
 * a clean close folds it into the copy, a rename carries it along.
 */
function secureCurrentState(dataDir: string, file: string, options: RestoreOptions, now: Date): { safetyBackup: string | null; setAside: string | null } {
  if (!existsSync(file) || statSync(file).size === 0) return { safetyBackup: null, setAside: null };
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    sqlite = open(file, options, false);
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
    if (rows.length === 1 && rows[0]?.quick_check === 'ok') {
      const info = takeBackupSync({ sqlite, dataDir, now, reason: 'before-restore', nativeBinding: options.nativeBinding, rotate: false });
      sqlite.close();
      return { safetyBackup: info.name, setAside: null };
    }
  } catch {
    // Unreadable or not backed up: renamed below, so it is still there for whoever tries to recover it.
  } finally {
    if (sqlite?.open) sqlite.close();
  }
  const aside = `${file}.prima-del-ripristino-${stampOf(now)}`;
  renameSync(file, aside);
  for (const side of ['-wal', '-shm']) if (existsSync(`${file}${side}`)) renameSync(`${file}${side}`, `${aside}${side}`);
  return { safetyBackup: null, setAside: aside };
}

function freeOrphanTarget(dataDir: string, path: string): string {
  const base = join(dataDir, ORPHANS_FOLDER, ...path.split('/'));
  if (!existsSync(base)) return base;
  for (let n = 2; ; n++) if (!existsSync(`${base}-${n}`)) return `${base}-${n}`;
}

function copyDurably(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const part = `${target}.part`;
  copyFileSync(source, part);
  renameSync(part, target);
}

/** Puts the backup's files back; a different file at the same place goes to orfani/ first. */
function restoreFiles(dataDir: string, info: BackupInfo): string[] {
  const moved: string[] = [];
  for (const entry of readFileList(info.folder)) {
    const target = join(dataDir, ...entry.path.split('/'));
    if (existsSync(target)) {
      if (sha256File(target) === entry.sha256) continue;
      const orphan = freeOrphanTarget(dataDir, entry.path);
      mkdirSync(dirname(orphan), { recursive: true });
      renameSync(target, orphan);
      moved.push(entry.path);
    }
    copyDurably(backupFilePath(info.folder, entry.path), target);
  }
  return moved;
}

function findBackup(dataDir: string, name: string): { info: BackupInfo | null; legacy: string | null } {
  const dir = backupsDirOf(dataDir);
  const info = listBackupInfos(dir).find((b) => b.name === name) ?? null;
  if (info) return { info, legacy: null };
  const legacy = listLegacyBackups(dir).find((f) => f === name || f === `${name}.sqlite`) ?? null;
  return { info: null, legacy: legacy ? join(dir, legacy) : null };
}

/**
 * Restores `backupName` into `dataDir`. The application must be closed. Steps: verify the backup;
 * back up (or set aside) the current state; remove a stale -wal/-shm; copy the database and the
 * files back; verify the result (integrity, counts equal to the backup's, every row's file hash).
 */
export async function restore(dataDir: string, backupName: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const now = (options.now ?? (() => new Date()))();
  const file = join(dataDir, DATABASE_FILE);
  const { info, legacy } = findBackup(dataDir, backupName);
  if (!info && !legacy) {
    const names = listRestorable(dataDir).map((b) => b.name);
    throw new RestoreError(
      `La copia di sicurezza «${backupName}» non esiste in ${backupsDirOf(dataDir)}` +
        (names.length > 0 ? `. Copie disponibili: ${names.join(', ')}.` : ': non ci sono copie di sicurezza.'),
    );
  }
  const source = info ? join(info.folder, DATABASE_FILE) : legacy!;
  const before = info ? await verifyBackup(info, options.nativeBinding) : [integrityProblem(source, options)].filter((p): p is string => p !== null);
  if (before.length > 0) throw new RestoreError(`La copia «${backupName}» non è integra e non è stata usata: ${before.join('; ')}.`);

  const secured = secureCurrentState(dataDir, file, options, now);
  // Whatever is left beside the file now belongs to no database: replayed into the restored one it would corrupt it.
  for (const side of ['-wal', '-shm']) rmSync(`${file}${side}`, { force: true });
  copyDurably(source, file);
  const movedToOrphans = info ? restoreFiles(dataDir, info) : [];
  rmSync(openMarkerOf(file), { force: true });

  const problem = integrityProblem(file, options);
  if (problem !== null) throw new RestoreError(`Il database ripristinato non supera il controllo di integrità: ${problem}.`);
  const restored = open(file, options, true);
  const fileProblems: string[] = [];
  try {
    if (info) {
      const counts = countRows(restored);
      const wrong = Object.entries(info.manifest.counts).filter(([table, n]) => counts[table] !== n);
      if (wrong.length > 0) throw new RestoreError(`Il database ripristinato non ha le righe attese (${wrong.map(([t]) => t).join(', ')}).`);
    }
    for (const [path, sha256] of referencedFiles(restored)) {
      const target = join(dataDir, ...path.split('/'));
      if (!existsSync(target)) fileProblems.push(`${path}: mancante`);
      else if (sha256File(target) !== sha256) fileProblems.push(`${path}: impronta diversa`);
    }
  } finally {
    restored.close();
  }
  return { restored: info?.name ?? backupName, ...secured, movedToOrphans, fileProblems };
}
