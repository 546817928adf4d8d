import type BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const BACKUP_PREFIX = 'exar-';
const BACKUP_SUFFIX = '.sqlite';
export const BACKUPS_KEPT = 10;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * A consistent copy of the live database (VACUUM INTO reads one snapshot, so it is safe while
 * the app writes). Keeps the newest BACKUPS_KEPT copies. Returns the new file's path.
 */
export function backupDatabase(sqlite: BetterSqlite3.Database, dir: string, now: Date): string {
  mkdirSync(dir, { recursive: true });
  let target = join(dir, `${BACKUP_PREFIX}${stamp(now)}${BACKUP_SUFFIX}`);
  for (let n = 2; listBackups(dir).includes(target.slice(dir.length + 1)); n++) {
    target = join(dir, `${BACKUP_PREFIX}${stamp(now)}-${n}${BACKUP_SUFFIX}`);
  }
  sqlite.prepare('VACUUM INTO ?').run(target);
  const backups = listBackups(dir);
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) {
    rmSync(join(dir, old), { force: true });
  }
  return target;
}

export function listBackups(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.startsWith(BACKUP_PREFIX) && f.endsWith(BACKUP_SUFFIX))
      .sort();
  } catch {
    return [];
  }
}
