import type BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const BACKUP_PREFIX = 'exar-';
const BACKUP_SUFFIX = '.sqlite';
export const BACKUPS_KEPT = 10;

/** `20261124-163005-123`: fixed width, so file names sort in the order they were taken. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);
}

/**
 * A consistent copy of the live database (VACUUM INTO reads one snapshot, so it is safe while
 * the app writes). Keeps the newest BACKUPS_KEPT copies. Returns the new file's path.
 */
export function backupDatabase(sqlite: BetterSqlite3.Database, dir: string, now: Date): string {
  mkdirSync(dir, { recursive: true });
  // A two-digit counter keeps names unique (and still ordered) when starts share a millisecond.
  const prefix = `${BACKUP_PREFIX}${stamp(now)}-`;
  const counters = listBackups(dir)
    .filter((f) => f.startsWith(prefix))
    .map((f) => Number(f.slice(prefix.length, -BACKUP_SUFFIX.length)));
  const next = counters.length === 0 ? 0 : Math.max(...counters) + 1;
  const target = join(dir, `${prefix}${String(next).padStart(3, '0')}${BACKUP_SUFFIX}`);
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
