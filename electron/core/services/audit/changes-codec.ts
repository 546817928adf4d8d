/**
 * How an audit row's changes are stored (issue 17: the audit log was half of a 906 MiB database).
 * A list of `{ field, before, after }` objects spelled the three key names for every field, and a
 * create wrote every field of the new record with an empty "before". Now:
 * - a change of a record: `[[field, before, after], …]`;
 * - a change whose every "before" is empty: `{ field: after, … }`, each field once;
 * - a create: the names of the fields it was given (writeAudit): the values are the record itself,
 *   and every later change keeps its «before», so nothing is lost (issue 17). Names are stored as
 *   a bit mask over AUDIT_FIELD_CATALOGUE, `"#<bits 0–62 in hex>.<bits 63–125 in hex>"` (the form
 *   migration 0018 computes in SQL), or spelled out, `[field, …]`, when one is not in it.
 * Rows written before migration 0015 (the object list) are converted by it, and still read here,
 * so a backup of an older version restores and reads the same.
 */
import { z } from 'zod';
import { parseJsonColumn } from '../../db/json-column';
import { AUDIT_FIELD_CATALOGUE } from './field-catalogue';

export type ChangeValue = string | number | boolean | null;
export interface FieldChange {
  field: string;
  before: ChangeValue;
  after: ChangeValue;
}

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const stored = z.union([
  z.string().regex(/^#[0-9a-f]+\.[0-9a-f]+$/),
  z.record(z.string(), value),
  z.array(z.string()),
  z.array(z.union([z.tuple([z.string(), value, value]), z.object({ field: z.string(), before: value, after: value })])),
]);

export function encodeChanges(changes: readonly FieldChange[]): string {
  const fields = new Set(changes.map((c) => c.field));
  const once = changes.length > 0 && fields.size === changes.length;
  // The names alone when there are no values at all (a create).
  if (once && changes.every((c) => c.before === null && c.after === null)) return JSON.stringify(namesMask(changes.map((c) => c.field)) ?? changes.map((c) => c.field));
  // The short form only when it says the same: every field once and nothing before.
  if (once && changes.every((c) => c.before === null)) {
    return JSON.stringify(Object.fromEntries(changes.map((c) => [c.field, c.after])));
  }
  return JSON.stringify(changes.map((c) => [c.field, c.before, c.after]));
}

const POSITION = new Map(AUDIT_FIELD_CATALOGUE.map((name, i) => [name, BigInt(i)]));
/** Bits per half: SQLite's integers are signed 64-bit, and the migration sums powers of two in SQL. */
const HALF = 63n;
const HALF_MASK = (1n << HALF) - 1n;

/** The mask of names all in the catalogue, or null. */
function namesMask(names: readonly string[]): string | null {
  let mask = 0n;
  for (const name of names) {
    const position = POSITION.get(name);
    if (position === undefined) return null;
    mask |= 1n << position;
  }
  return `#${(mask & HALF_MASK).toString(16)}.${(mask >> HALF).toString(16)}`;
}

function maskNames(text: string): string[] {
  const [low, high] = text.slice(1).split('.');
  const mask = BigInt(`0x${low}`) | (BigInt(`0x${high}`) << HALF);
  const names = AUDIT_FIELD_CATALOGUE.filter((_, i) => (mask >> BigInt(i)) & 1n);
  if (mask >> BigInt(AUDIT_FIELD_CATALOGUE.length) !== 0n) throw new Error(`audit_log.changes: campi oltre il catalogo in ${text}`);
  return names;
}

/** The changes of a stored row; `column` names it in the error if the text is damaged. */
export function decodeChanges(column: string, text: string): FieldChange[] {
  const parsed = parseJsonColumn(column, stored, text);
  if (typeof parsed === 'string') return maskNames(parsed).map((field) => ({ field, before: null, after: null }));
  if (!Array.isArray(parsed)) return Object.entries(parsed).map(([field, after]) => ({ field, before: null, after }));
  return parsed.map((c) => (typeof c === 'string' ? { field: c, before: null, after: null } : Array.isArray(c) ? { field: c[0], before: c[1], after: c[2] } : c));
}
