/**
 * What a stored row "knows" of its record's history, for telling a conflict from a plain update.
 *
 * A version that arrived from elsewhere knows what its sender had seen (`seen`). Once rewritten
 * here, the row also knows the version it replaced. A record never received knows nothing beyond
 * its own writer's versions. See decision 0012.
 */
import type BetterSqlite3 from 'better-sqlite3';

/** The office that wrote a version: the node part of its hybrid logical clock. */
export function writerOf(hlc: string): string {
  return hlc.slice(23);
}

const maxOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** What a row at `rowHlc` knows, from what was recorded when its record last arrived (none: never received). */
export function knownFrom(received: { hlc: string; seen: string | null } | null, rowHlc: string): string | null {
  if (!received) return null;
  return received.hlc === rowHlc ? received.seen : maxOf(received.hlc, received.seen);
}

export class Knowledge {
  private readonly get: BetterSqlite3.Statement<[string, string], { hlc: string; seen: string | null }>;
  private readonly put: BetterSqlite3.Statement<[string, string, string, string | null]>;

  constructor(sqlite: BetterSqlite3.Database) {
    this.get = sqlite.prepare('SELECT hlc, seen FROM exchange_known WHERE table_name = ? AND record_id = ?');
    this.put = sqlite.prepare(
      'INSERT INTO exchange_known (table_name, record_id, hlc, seen) VALUES (?, ?, ?, ?) ON CONFLICT (table_name, record_id) DO UPDATE SET hlc = excluded.hlc, seen = excluded.seen',
    );
  }

  /** The newest hlc of the record's history that the stored row (at `rowHlc`) has taken into account. */
  of(table: string, id: string, rowHlc: string): string | null {
    return knownFrom(this.get.get(table, id) ?? null, rowHlc);
  }

  /** The stored row is now a version received from elsewhere, which had seen `seen`. */
  received(table: string, id: string, hlc: string, seen: string | null): void {
    this.put.run(table, id, hlc, seen);
  }
}

/** Whether `version` is already part of what `row` knows: written by the same office, or seen. */
export function rowKnows(rowHlc: string, rowKnowledge: string | null, versionHlc: string): boolean {
  if (writerOf(rowHlc) === writerOf(versionHlc)) return rowHlc >= versionHlc;
  return rowKnowledge !== null && rowKnowledge >= versionHlc;
}
