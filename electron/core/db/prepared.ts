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

interface RunnableStatement {
  run(values: Record<string, unknown>): unknown;
}

/**
 * A statement per connection and per set of columns given: `build` compiles it for the columns whose
 * value is defined (an undefined column is left out, so an insert gives it its default, as drizzle does).
 */
function perColumnSet(build: (db: Db, columns: string[]) => RunnableStatement): (db: Db, values: Record<string, unknown>) => { statement: RunnableStatement; columns: string[] } {
  const built = new WeakMap<Db, Map<string, RunnableStatement>>();
  return (db, values) => {
    const columns = Object.keys(values).filter((k) => values[k] !== undefined);
    const signature = columns.join(',');
    let byColumns = built.get(db);
    if (!byColumns) built.set(db, (byColumns = new Map()));
    let statement = byColumns.get(signature);
    if (!statement) byColumns.set(signature, (statement = build(db, columns)));
    return { statement, columns };
  };
}

/**
 * An insert of one row into `table`, compiled once per connection and per set of columns given. The
 * values go through each column's mapping (booleans, JSON) as in a plain `insert().values()`: a
 * placeholder as a column's value becomes a parameter with that column's mapping (drizzle's fillPlaceholders).
 */
export function preparedInsert<T extends SQLiteTable>(table: T): (db: Db, values: T['$inferInsert']) => void {
  const compiled = perColumnSet((db, columns) =>
    db
      .insert(table)
      .values(Object.fromEntries(columns.map((k) => [k, sql.placeholder(k)])) as never)
      .prepare(),
  );
  return (db, values) => {
    compiled(db, values as Record<string, unknown>).statement.run(values as Record<string, unknown>);
  };
}

/**
 * An update of one row of `table` by its `id`, compiled once per connection and per set of columns
 * written; the values go through each column's mapping as in a plain `update().set()`.
 */
export function preparedUpdateById<T extends SQLiteTable & { id: SQLiteColumn }>(table: T): (db: Db, id: string, set: Partial<T['$inferInsert']>) => void {
  const compiled = perColumnSet((db, columns) =>
    db
      .update(table)
      .set(Object.fromEntries(columns.map((k) => [k, sql.placeholder(`set_${k}`)])) as never)
      .where(eq(table.id, sql.placeholder('id')))
      .prepare(),
  );
  return (db, id, set) => {
    const values = set as Record<string, unknown>;
    const { statement, columns } = compiled(db, values);
    statement.run({ id, ...Object.fromEntries(columns.map((k) => [`set_${k}`, values[k]])) });
  };
}
