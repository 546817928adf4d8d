/**
 * One search document per record in a contentless FTS5 table (`associations_fts`,
 * `candidates_fts`, `needs_fts`). The record keeps the document's rowid in its own
 * `search_rowid` column, because SQLite may renumber plain rowids on VACUUM.
 */
import type { WriteCtx } from '../context';

export type FtsTable = 'associations_fts' | 'candidates_fts' | 'needs_fts';

/** Writes (or rewrites) the document; returns the rowid to store on the record. */
export function writeFtsDocument(ctx: WriteCtx, table: FtsTable, rowid: number | null, body: string): number {
  if (rowid !== null) {
    ctx.sqlite.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(rowid);
    ctx.sqlite.prepare(`INSERT INTO ${table} (rowid, body) VALUES (?, ?)`).run(rowid, body);
    return rowid;
  }
  return Number(ctx.sqlite.prepare(`INSERT INTO ${table} (body) VALUES (?)`).run(body).lastInsertRowid);
}

/** The document's text: the record's searchable values, empty ones left out. */
export function searchText(parts: readonly (string | null | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join(' ');
}
