/**
 * What a backup must hold, read from a live database or a copy (decision 0022): the row counts of the
 * main tables, and the stored files the rows point to. The orphan sweep at start reads the same.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { decodeChanges } from '../services/audit/changes-codec';

/** An unfinished write (a stored file, a backup folder): never counted as the thing it will be. */
export const PART_SUFFIX = '.part';
/** The folders of the data folder whose files belong to the records (stored-files.ts, documents/archive.ts). */
export const STORED_FOLDERS = ['attachments', 'documenti'] as const;

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

export function migrationsIn(sqlite: BetterSqlite3.Database): number {
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
    return decodeChanges('audit_log.changes', changes).flatMap((c) =>
      c.field.endsWith('.firmato') ? [c.before, c.after].filter((v): v is string => typeof v === 'string') : [],
    );
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
