/**
 * What follows the rows an import wrote, in the same transaction: the search documents and skill
 * lists derived from them, the proposed merges of people registered at two offices, and one line of
 * history per record («importato da TO01», with what changed).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { AUDITED_ENTITIES, type AuditedEntity } from '../../../shared/api/audit';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { diffFields, type FieldChange } from '../services/audit/audit-log';
import { reindexAssociation } from '../services/associations/associations';
import { reindexCandidate } from '../services/candidates/candidates';
import { reindexNeed } from '../services/needs/needs';
import type { Written } from './merge';

export const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function camelRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[camel(k)] = v;
  return out;
}

export function reindexWritten(ctx: ServiceContext, written: readonly Written[]): void {
  const associations = new Set<string>();
  const candidates = new Set<string>();
  const needs = new Set<string>();
  for (const w of written) {
    if (w.table === 'associations') associations.add(w.id);
    if (w.table === 'association_sites') associations.add(String(w.after.association_id));
    if (w.table === 'candidates') candidates.add(w.id);
    if (w.table === 'candidate_notes') candidates.add(String(w.after.candidate_id));
    if (w.table === 'needs') needs.add(w.id);
  }
  for (const id of associations) {
    reindexAssociation(ctx, id);
    // A need's search document carries its association's name.
    for (const n of ctx.sqlite.prepare('SELECT id FROM needs WHERE association_id = ?').all(id) as { id: string }[]) needs.add(n.id);
  }
  for (const id of candidates) reindexCandidate(ctx, id);
  for (const id of needs) reindexNeed(ctx, id);
}

/**
 * Live profiles sharing a codice fiscale with another live profile: one proposal per pair (the
 * smaller id first), whatever the order of imports; never an automatic merge.
 */
export function proposeDuplicates(sqlite: BetterSqlite3.Database, written: readonly Written[], at: string): number {
  const others = sqlite.prepare(
    'SELECT id FROM candidates WHERE tax_code = ? AND id <> ? AND deleted_at IS NULL AND merged_into IS NULL',
  );
  const propose = sqlite.prepare(
    "INSERT INTO exchange_duplicates (first_id, second_id, tax_code, proposed_at, status) VALUES (?, ?, ?, ?, 'proposta') ON CONFLICT DO NOTHING",
  );
  let proposed = 0;
  for (const w of written) {
    if (w.table !== 'candidates' || w.after.deleted_at !== null || w.after.merged_into !== null) continue;
    const taxCode = String(w.after.tax_code);
    for (const other of others.all(taxCode, w.id) as { id: string }[]) {
      const [first, second] = w.id < other.id ? [w.id, other.id] : [other.id, w.id];
      proposed += propose.run(first, second, taxCode, at).changes;
    }
  }
  return proposed;
}

const AUDITED = new Set<string>(AUDITED_ENTITIES);

/** One history line per imported record of an audited area: who sent it, and what changed. */
export function auditWritten(ctx: ServiceContext, written: readonly Written[], officeCode: string): void {
  const insert = ctx.sqlite.prepare(
    'INSERT INTO audit_log (id, at, site_id, operator_id, operator_name, entity, entity_id, action, changes, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const at = ctx.now().toISOString();
  const origin: FieldChange = { field: 'importatoDa', before: null, after: officeCode };
  for (const w of written) {
    if (!AUDITED.has(w.table)) continue;
    // A new record's content is the record itself: its history says where it came from, not every field again.
    const changes = w.before ? [origin, ...diffFields(camelRow(w.before), camelRow(w.after))] : [origin];
    insert.run(newId(), at, ctx.siteId, ctx.actor.id, ctx.actor.name, w.table as AuditedEntity, w.id, 'import', JSON.stringify(changes), ctx.clock.now());
  }
}
