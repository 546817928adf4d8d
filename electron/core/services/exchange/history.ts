/** Whether this office has exchanged a file yet (its code is then in other offices' records). */
import type BetterSqlite3 from 'better-sqlite3';

export function hasExchanged(sqlite: BetterSqlite3.Database): boolean {
  const row = sqlite.prepare('SELECT (SELECT count(*) FROM exchange_exports) + (SELECT count(*) FROM exchange_imports) AS n').get() as { n: number };
  return row.n > 0;
}
