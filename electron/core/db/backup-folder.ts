/**
 * The backups folder (decision 0022): names, manifests, what counts as a backup, leftovers and
 * rotation. Writing and verifying a copy is backup.ts.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { italianDate } from '@shared/validation/italian-time';
import { backupsToKeep, type BackupReason, type DatedBackup } from './retention';
import { PART_SUFFIX } from './backup-contents';

export type { BackupReason } from './retention';

export const BACKUPS_FOLDER = 'backups';
export const BACKUP_DATABASE = 'exar.sqlite';
export const BACKUP_PREFIX = 'exar-';
export const MANIFEST = 'manifest.json';
export const FILE_LIST = 'files.json';
export const FILES_FOLDER = 'files';
/** A backup folder's name: `exar-<stamp>-<counter>`; legacy flat files add `.sqlite`. */
export const NAME_PATTERN = /^exar-\d{8}-\d{6}-\d{3}-\d{3}$/;


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
export function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);
}

export function backupsDirOf(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

export function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** A unique name: a three-digit counter keeps starts in the same millisecond apart (and ordered). */
export function nextName(dir: string, now: Date): string {
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
