/**
 * A large import writes its rows first and builds the tables' secondary indexes once at the end.
 *
 * Keeping fifteen indexes of a table up to date row by row costs more than writing the rows: a first
 * import of a region into an empty office spent most of its time there. So, inside the import's own
 * transaction, the plain (non-unique) indexes of each table that the file at least doubles are dropped,
 * and created again from their own SQL before anything reads them (the pending records, the search
 * documents, the duplicate proposals). Being in the transaction, a failure or a crash leaves them as
 * they were, with the rows.
 *
 * Kept while writing: unique indexes (the merge relies on their refusal to keep a version for review),
 * and the indexes the triggers and checks that run per row search by.
 */
import type BetterSqlite3 from 'better-sqlite3';

/** Below this many arriving rows, setting indexes aside costs more than it saves. */
export const BULK_MIN_ROWS = 5000;

/** Searched by triggers that fire per written row (an association's update marks its needs for matching). */
const SEARCHED_PER_ROW = new Set(['needs_association_idx']);

interface SetAside {
  name: string;
  sql: string;
}

export class DeferredIndexes {
  private constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly setAside: SetAside[],
  ) {}

  /**
   * Sets aside the indexes of each table that receives at least `minRows` rows and at least as many
   * as it holds. `arriving`: rows per table the import may write. Must run inside the transaction.
   */
  static forImport(sqlite: BetterSqlite3.Database, arriving: ReadonlyMap<string, number>, minRows = BULK_MIN_ROWS): DeferredIndexes {
    if (!sqlite.inTransaction) throw new Error('DeferredIndexes must run inside the import transaction');
    const setAside: SetAside[] = [];
    for (const [table, rows] of arriving) {
      if (rows < minRows) continue;
      const held = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
      if (rows < held) continue;
      const indexes = sqlite
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
        .all(table) as SetAside[];
      for (const index of indexes) {
        if (/^\s*CREATE\s+UNIQUE\b/i.test(index.sql) || SEARCHED_PER_ROW.has(index.name)) continue;
        sqlite.exec(`DROP INDEX "${index.name}"`);
        setAside.push(index);
      }
    }
    return new DeferredIndexes(sqlite, setAside);
  }

  /** The names of the indexes set aside (for tests and the log). */
  get names(): string[] {
    return this.setAside.map((i) => i.name);
  }

  /** Builds every index set aside again, each in one pass over its table. */
  restore(): void {
    for (const index of this.setAside) this.sqlite.exec(index.sql);
    this.setAside.length = 0;
  }
}
