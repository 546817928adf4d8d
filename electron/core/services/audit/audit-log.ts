/**
 * The audit log: who did what to which record, and which fields changed. Always called inside
 * the transaction of the change, so a change and its audit row exist together or not at all.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AuditAction, AuditEntry, AuditedEntity } from '@shared/api/audit';
import type { ReadCtx, WriteCtx } from '../../context';
import { preparedPerConnection } from '../../db/prepared';
import { auditLog } from '../../db/schema';
import { decodeChanges, encodeChanges, type ChangeValue, type FieldChange } from './changes-codec';

export type { ChangeValue, FieldChange };

/** Fields that are bookkeeping, not content: not worth showing in a record's history. */
const IGNORED_FIELDS = new Set(['id', 'siteId', 'createdAt', 'updatedAt', 'updatedBy', 'hlc', 'searchRowid']);
/** Fields whose value must never be copied into the log. */
const REDACTED_FIELDS = new Set(['passwordHash']);

function asChangeValue(value: unknown): ChangeValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** An empty value a new record's history need not repeat: the form's blank text and empty lists. */
function isBlank(value: ChangeValue): boolean {
  return value === null || value === '' || value === '[]' || value === '{}';
}

/**
 * The fields that differ between two versions of a record (either may be absent). A new record
 * lists only the fields it was given: blank texts and empty lists are what every new record has.
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of keys) {
    if (IGNORED_FIELDS.has(field) || field.endsWith('Sort')) continue;
    const b = asChangeValue(before?.[field]);
    const a = asChangeValue(after?.[field]);
    if (b === a) continue;
    if (before === null && isBlank(a)) continue;
    if (REDACTED_FIELDS.has(field)) {
      changes.push({ field, before: b === null ? null : '•••', after: a === null ? null : '•••' });
    } else {
      changes.push({ field, before: b, after: a });
    }
  }
  return changes;
}

/** Every write adds a line: compiled once per connection (issue 17). */
const insertAuditLine = preparedPerConnection((db) =>
  db
    .insert(auditLog)
    .values({
      at: sql.placeholder('at'),
      siteId: sql.placeholder('siteId'),
      operatorId: sql.placeholder('operatorId'),
      operatorName: sql.placeholder('operatorName'),
      entity: sql.placeholder('entity'),
      entityId: sql.placeholder('entityId'),
      action: sql.placeholder('action'),
      changes: sql.placeholder('changes'),
      hlc: sql.placeholder('hlc'),
    })
    .prepare(),
);

/**
 * Writes one audit line in the caller's transaction. A create keeps the names of the fields it was
 * given, not their values: they are the record itself, and each later change keeps its «before»
 * (issue 17: the values of every create were half of a piemonte10 file).
 */
export function writeAudit(
  ctx: WriteCtx,
  entry: { entity: AuditedEntity; entityId: string; action: AuditAction; changes: FieldChange[] },
): void {
  insertAuditLine(ctx.db).run({
    at: ctx.now().toISOString(),
    siteId: ctx.siteId,
    operatorId: ctx.actor.id,
    operatorName: ctx.actor.name,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    changes: encodeChanges(entry.action === 'create' ? entry.changes.map((c) => ({ field: c.field, before: null, after: null })) : entry.changes),
    hlc: ctx.clock.now(),
  });
}

/** The history of a record, or of several read as one (a profile and those merged into it). */
export function auditForRecord(ctx: ReadCtx, entity: AuditedEntity, entityIds: string | string[]): AuditEntry[] {
  const ids = typeof entityIds === 'string' ? [entityIds] : entityIds;
  return ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), inArray(auditLog.entityId, ids)))
    .orderBy(desc(auditLog.at), desc(auditLog.hlc))
    .all()
    .map((row) => ({
      id: String(row.id),
      at: row.at,
      operatorName: row.operatorName,
      action: row.action,
      changes: decodeChanges('audit_log.changes', row.changes),
    }));
}

/** The newest HLC this office wrote, so the clock resumes after it on the next start. */
export function lastIssuedHlc(ctx: ReadCtx): string | null {
  const row = ctx.sqlite.prepare('SELECT max(hlc) AS hlc FROM audit_log').get() as { hlc: string | null };
  return row.hlc;
}
