/**
 * What "the database did not change" means in the exchange tests: the file's bytes after a full
 * checkpoint (nothing hidden in the WAL) and, to say WHAT changed when it did, a dump of every table
 * (row order ignored). Also the dump of the records that travel, to compare two offices.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { DATABASE_FILE } from '../../electron/core/core';
import { TRAVELLING_TABLES } from '../../electron/core/exchange/tables';
import type { Harness } from './core-harness';

/** Table name → its rows as JSON text, sorted (a row order is not part of the content). */
export type Dump = Record<string, string[]>;

export interface Fingerprint {
  /** Compared first, so a failing test shows the changed rows rather than two hashes. */
  dump: Dump;
  sha256: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function rowsOf(sqlite: BetterSqlite3.Database, table: string, omit: readonly string[] = [], where = '1 = 1'): string[] {
  const rows = sqlite.prepare(`SELECT * FROM ${quote(table)} WHERE ${where}`).all() as Record<string, unknown>[];
  return rows
    .map((row) => {
      for (const column of omit) delete row[column];
      return JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
    })
    .sort();
}

/** Every table, the full-text indexes' own tables included. */
export function dumpDatabase(sqlite: BetterSqlite3.Database): Dump {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, rowsOf(sqlite, name)]));
}

/** Everything the WAL holds moved into the database file, and the WAL emptied: the file alone is the database. */
export function checkpoint(sqlite: BetterSqlite3.Database): void {
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  if (!result || result.busy !== 0) throw new Error(`checkpoint not complete: ${JSON.stringify(result)}`);
}

export function fingerprint(h: Harness): Fingerprint {
  const sqlite = h.core.state.database.sqlite;
  checkpoint(sqlite);
  const sha256 = createHash('sha256').update(readFileSync(join(h.dataDir, DATABASE_FILE))).digest('hex');
  return { dump: dumpDatabase(sqlite), sha256 };
}

/**
 * The records that travel, without the columns that belong to the installation (search index keys,
 * password hashes), the exchange's own bookkeeping and the history lines the imports wrote, without
 * the local time and clock of their writing: what must be the same whatever the order in which the
 * same bundles were imported.
 */
export function exchangedState(sqlite: BetterSqlite3.Database): Dump {
  const out: Dump = {};
  for (const table of TRAVELLING_TABLES) out[table.table] = rowsOf(sqlite, table.table, table.localColumns);
  out.exchange_known = rowsOf(sqlite, 'exchange_known');
  out.exchange_pending = rowsOf(sqlite, 'exchange_pending', ['received_at']);
  out.exchange_versions = rowsOf(sqlite, 'exchange_versions', ['received_at']);
  out.exchange_duplicates = rowsOf(sqlite, 'exchange_duplicates', ['proposed_at']);
  // What each import counted depends on the order (a record waits, then applies): only which files were imported.
  out.exchange_imports = rowsOf(sqlite, 'exchange_imports', ['at', 'file_name', 'counts']);
  out.audit_log = rowsOf(sqlite, 'audit_log', ['id', 'at', 'hlc'], "action = 'import'");
  return out;
}
