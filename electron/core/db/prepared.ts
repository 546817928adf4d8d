/**
 * A drizzle query built and compiled once per connection, for the statements every write runs
 * (issue 17): drizzle builds a query's SQL anew at each call and better-sqlite3 compiles it again,
 * about a third of a profile's create. The built query keeps its placeholders; `sql.placeholder`
 * names the values given at each call.
 */
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
