/** Keeps `needs_fts` in step with a need: role, tasks, skills, association and place. */
import type BetterSqlite3 from 'better-sqlite3';

export function needSearchBody(parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join(' ');
}

export function indexNeed(sqlite: BetterSqlite3.Database, rowid: number | null, body: string): number {
  if (rowid !== null) {
    sqlite.prepare('DELETE FROM needs_fts WHERE rowid = ?').run(rowid);
    sqlite.prepare('INSERT INTO needs_fts (rowid, body) VALUES (?, ?)').run(rowid, body);
    return rowid;
  }
  return Number(sqlite.prepare('INSERT INTO needs_fts (body) VALUES (?)').run(body).lastInsertRowid);
}
