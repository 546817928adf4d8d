/** Local settings of this installation (never exchanged): one JSON value per key. */
import { eq } from 'drizzle-orm';
import type { ReadCtx, WriteCtx } from '../../context';
import { settings as settingsTable } from '../../db/schema';

/** The stored value, or undefined when never set or unreadable (callers fall back to a default). */
export function readLocalValue(ctx: ReadCtx, key: string): unknown {
  const row = ctx.db.select().from(settingsTable).where(eq(settingsTable.key, key)).get();
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return undefined;
  }
}

export function writeLocalValue(ctx: WriteCtx, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  ctx.db.insert(settingsTable).values({ key, value: json }).onConflictDoUpdate({ target: settingsTable.key, set: { value: json } }).run();
}
