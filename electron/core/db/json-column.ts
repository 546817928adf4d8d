/**
 * JSON columns, read through zod. A JSON column is stored as text (the DDL is plain `text`, as with
 * drizzle's `text(name, { mode: 'json' })`), written with `JSON.stringify` and, on every read,
 * parsed and checked against the shape it is declared with: a damaged or foreign value fails loudly
 * with the table and column it came from, instead of travelling on as a trusted `T`.
 *
 * Two ways in, one rule:
 * - `jsonColumn(table, name, schema)` for the drizzle schema: reads through `select()` and the
 *   relational queries are checked by the column itself;
 * - `parseJsonColumn(label, schema, text)` for raw SQL readers that get the column's text.
 */
import { customType } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';

/** A stored JSON value that is not JSON, or not of its column's shape. Names the column, never the value (it may be personal data). */
export class JsonColumnError extends Error {
  constructor(
    /** `table.column` */
    readonly column: string,
    readonly problem: string,
  ) {
    super(`Damaged value in JSON column ${column}: ${problem}`);
    this.name = 'JsonColumnError';
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(value)'}: ${issue.message}`)
    .join('; ');
}

/**
 * The value of a JSON column read by raw SQL: `text` parsed and checked against `schema`.
 * `column` names it in the error (`table.column`).
 */
export function parseJsonColumn<T>(column: string, schema: z.ZodType<T>, text: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new JsonColumnError(column, 'not valid JSON');
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new JsonColumnError(column, describeIssues(result.error));
  return result.data;
}

/**
 * A JSON column of `table`, named `name` in SQL, holding what `schema` accepts. The TypeScript type
 * is the schema's output, or `T` when given (a wider type callers already use, e.g. `string[]` for a
 * list of codes): the schema must produce a `T`.
 */
export function jsonColumn<T, TName extends string = string>(table: string, name: TName, schema: z.ZodType<T>) {
  const column = `${table}.${name}`;
  return customType<{ data: T; driverData: string }>({
    dataType: () => 'text',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (text) => parseJsonColumn(column, schema, text),
  })(name);
}

/**
 * A list of strings read by raw SQL in a hot loop (the matching keeps every live person's facts,
 * 100,000 rows and three lists each, and reloads them all on a cold start): `JSON.parse` and a
 * hand-written shape check instead of zod, so a damaged value still fails with its column. It
 * checks the shape only, not that codes belong to their list: the drizzle column does that.
 */
export function parseStringArrayColumn(column: string, text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new JsonColumnError(column, 'not valid JSON');
  }
  if (!Array.isArray(value)) throw new JsonColumnError(column, 'expected an array of strings');
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') throw new JsonColumnError(column, `${i}: expected a string`);
  }
  return value as string[];
}
