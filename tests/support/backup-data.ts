/**
 * A data folder for the backup tests: a migrated database with stored files and the rows that point
 * to them (written raw, foreign keys off: the tests are about files and copies, not about people).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/core';
import { openDatabase, type Database } from '../../electron/core/db/connection';
import { DATABASE_FILE } from '../../electron/core/db/names';
import { sha256Of, writeStoredFile } from '../../electron/core/files/stored-files';

export function newDataDir(prefix = 'exar-backup-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openData(dataDir: string, now?: () => Date): Database {
  return openDatabase({ file: join(dataDir, DATABASE_FILE), migrationsFolder: SOURCE_MIGRATIONS_FOLDER, ...(now ? { now } : {}) });
}

/** Inserts a row giving every other NOT NULL column without a default a plain value of its type. */
export function insertRow(sqlite: BetterSqlite3.Database, table: string, values: Record<string, string | number | null>): void {
  const columns = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; dflt_value: unknown }[];
  const row: Record<string, string | number | null> = { ...values };
  for (const c of columns) {
    if (c.name in row || c.notnull === 0 || c.dflt_value !== null) continue;
    row[c.name] = /INT/i.test(c.type) ? 0 : c.name === 'placeholders' ? '[]' : `${c.name}-x`;
  }
  const names = Object.keys(row);
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.prepare(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => row[n]));
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

let counter = 0;

/** A stored attachment with its row: the file written the way the app writes it. */
export function addAttachment(database: Database, dataDir: string, content = `allegato ${++counter}`): { path: string; sha256: string } {
  const storedName = `att-${++counter}.pdf`;
  const bytes = Buffer.from(`%PDF-1.4 ${content}`);
  const path = `attachments/${storedName}`;
  writeStoredFile(dataDir, path, bytes);
  insertRow(database.sqlite, 'candidate_attachments', {
    id: `a-${counter}`,
    candidate_id: 'c-1',
    kind: 'cv',
    stored_name: storedName,
    sha256: sha256Of(bytes),
    size: bytes.length,
    file_name: `${content}.pdf`,
    mime_type: 'application/pdf',
  });
  return { path, sha256: sha256Of(bytes) };
}

/** A generated document with its row, under documenti/<numero>/. */
export function addDocument(database: Database, dataDir: string): { path: string; sha256: string } {
  const id = `d-${++counter}`;
  const bytes = Buffer.from(`PK\u0003\u0004 word/ documento ${id}`);
  const path = `documenti/2026-00${counter % 10}/convenzione-${id}.docx`;
  writeStoredFile(dataDir, path, bytes);
  insertRow(database.sqlite, 'documents', {
    id,
    internship_id: 'i-1',
    candidate_id: 'c-1',
    kind: 'convenzione',
    version: counter,
    stored_path: path,
    sha256: sha256Of(bytes),
    size: bytes.length,
    file_name: `${id}.docx`,
  });
  return { path, sha256: sha256Of(bytes) };
}

/** A person's row, so the counts have something to count. */
export function addSetting(database: Database, key: string, value: string): void {
  database.sqlite.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(key, JSON.stringify(value));
}
