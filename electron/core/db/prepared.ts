/**
 * A drizzle query built and compiled once per connection, for the statements every write runs
 * (issue 17): drizzle builds a query's SQL anew at each call and better-sqlite3 compiles it again,
 * about a third of a profile's create. The built query keeps its placeholders; `sql.placeholder`
 * names the values given at each call.
 */
import { eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './connection';

export function preparedPerConnection<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const built = new WeakMap<Db, Q>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

/**
 * An insert of one row into `table`, compiled once per connection and per set of columns given (a
 * column left undefined takes its default, as in drizzle's own insert). The values go through each
 * column's mapping (booleans, JSON) as in a plain `insert().values()`.
 */
export function preparedInsert<T extends SQLiteTable>(table: T): (db: Db, values: T['$inferInsert']) => void {
  const built = new WeakMap<Db, Map<string, { run(values: Record<string, unknown>): unknown }>>();
  return (db, values) => {
    const given = Object.keys(values).filter((k) => (values as Record<string, unknown>)[k] !== undefined);
    const signature = given.join(',');
    let byColumns = built.get(db);
    if (!byColumns) built.set(db, (byColumns = new Map()));
    let statement = byColumns.get(signature);
    if (!statement) {
      const placeholders = Object.fromEntries(given.map((k) => [k, sql.placeholder(k)]));
      statement = db.insert(table).values(placeholders as never).prepare();
      byColumns.set(signature, statement);
    }
    statement.run(values as Record<string, unknown>);
  };
}

/**
 * An update of one row of `table` by its `id`, compiled once per connection and per set of columns
 * written; the values go through each column's mapping as in a plain `update().set()`.
 */
export function preparedUpdateById<T extends SQLiteTable & { id: SQLiteColumn }>(table: T): (db: Db, id: string, set: Partial<T['$inferInsert']>) => void {
  const built = new WeakMap<Db, Map<string, { run(values: Record<string, unknown>): unknown }>>();
  return (db, id, set) => {
    const given = Object.keys(set).filter((k) => (set as Record<string, unknown>)[k] !== undefined);
    const signature = given.join(',');
    let byColumns = built.get(db);
    if (!byColumns) built.set(db, (byColumns = new Map()));
    let statement = byColumns.get(signature);
    if (!statement) {
      // A placeholder as a column's value becomes a parameter with that column's mapping (drizzle's fillPlaceholders).
      const placeholders = Object.fromEntries(given.map((k) => [k, sql.placeholder(`set_${k}`)]));
      statement = db
        .update(table)
        .set(placeholders as never)
        .where(eq(table.id, sql.placeholder('id')))
        .prepare();
      byColumns.set(signature, statement);
    }
    statement.run({ id, ...Object.fromEntries(given.map((k) => [`set_${k}`, (set as Record<string, unknown>)[k]])) });
  };
}
