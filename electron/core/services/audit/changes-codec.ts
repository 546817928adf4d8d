/**
 * How an audit row's changes are stored (issue 17: the audit log was half of a 906 MiB database).
 * A list of `{ field, before, after }` objects spelled the three key names for every field, and a
 * create wrote every field of the new record with an empty "before". Now:
 * - a change of a record: `[[field, before, after], …]`;
 * - a change whose every "before" is empty: `{ field: after, … }`, each field once;
 * - a create: the names of the fields it was given, `[field, …]` (writeAudit): the values are the
 *   record itself, and every later change keeps its «before», so nothing is lost (issue 17).
 * Rows written before migration 0015 (the object list) are converted by it, and still read here,
 * so a backup of an older version restores and reads the same.
 */
import { z } from 'zod';
import { parseJsonColumn } from '../../db/json-column';

export type ChangeValue = string | number | boolean | null;
export interface FieldChange {
  field: string;
  before: ChangeValue;
  after: ChangeValue;
}

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const stored = z.union([
  z.record(z.string(), value),
  z.array(z.string()),
  z.array(z.union([z.tuple([z.string(), value, value]), z.object({ field: z.string(), before: value, after: value })])),
]);

export function encodeChanges(changes: readonly FieldChange[]): string {
  const fields = new Set(changes.map((c) => c.field));
  const once = changes.length > 0 && fields.size === changes.length;
  // The names alone when there are no values at all (a create).
  if (once && changes.every((c) => c.before === null && c.after === null)) return JSON.stringify(changes.map((c) => c.field));
  // The short form only when it says the same: every field once and nothing before.
  if (once && changes.every((c) => c.before === null)) {
    return JSON.stringify(Object.fromEntries(changes.map((c) => [c.field, c.after])));
  }
  return JSON.stringify(changes.map((c) => [c.field, c.before, c.after]));
}

/** The changes of a stored row; `column` names it in the error if the text is damaged. */
export function decodeChanges(column: string, text: string): FieldChange[] {
  const parsed = parseJsonColumn(column, stored, text);
  if (!Array.isArray(parsed)) return Object.entries(parsed).map(([field, after]) => ({ field, before: null, after }));
  return parsed.map((c) => (typeof c === 'string' ? { field: c, before: null, after: null } : Array.isArray(c) ? { field: c[0], before: c[1], after: c[2] } : c));
}
