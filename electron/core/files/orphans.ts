/**
 * The start-up sweep of stored files (decision 0022). A process killed between writing a file and
 * committing its row leaves a file no record points to; it may be a person's only copy of a CV, so
 * it is moved to `orfani/` (same relative path) and logged, never deleted. `.part` files are
 * unfinished writes (stored-files.ts renames only whole files) and are removed.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { PART_SUFFIX, referencedFiles, STORED_FOLDERS, storedFilesIn } from '../db/backup-contents';
import type { Logger } from '../log';

export const ORPHANS_FOLDER = 'orfani';

export interface SweepResult {
  orphans: string[];
  partsRemoved: string[];
}

function partFiles(dataDir: string): string[] {
  const found: string[] = [];
  for (const top of STORED_FOLDERS) {
    const root = join(dataDir, top);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(PART_SUFFIX)) found.push(join(entry.parentPath, entry.name));
    }
  }
  return found;
}

/** A free name in orfani/: a second orphan with the same path gets `-2`, `-3`… rather than overwriting the first. */
function freeTarget(dataDir: string, path: string): string {
  const base = join(dataDir, ORPHANS_FOLDER, ...path.split('/'));
  if (!existsSync(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!existsSync(candidate)) return candidate;
  }
}

/** Runs at start, before any call: nothing is half written by this process yet. */
export function sweepStoredFiles(dataDir: string, sqlite: BetterSqlite3.Database, log: Logger): SweepResult {
  const partsRemoved: string[] = [];
  for (const part of partFiles(dataDir)) {
    rmSync(part, { force: true });
    partsRemoved.push(relative(dataDir, part).split(sep).join(posix.sep));
  }
  const referenced = referencedFiles(sqlite);
  const orphans: string[] = [];
  for (const path of storedFilesIn(dataDir)) {
    if (referenced.has(path)) continue;
    const target = freeTarget(dataDir, path);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(dataDir, ...path.split('/')), target);
    orphans.push(path);
    log.info(`stored file without a record moved to ${relative(dataDir, target)}`);
  }
  if (partsRemoved.length > 0) log.info(`unfinished stored files removed: ${partsRemoved.join(', ')}`);
  return { orphans, partsRemoved };
}
