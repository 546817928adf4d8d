/**
 * What follows the rows an import writes, in the same transaction: one line of history per record
 * («importato da TO01», with what changed), then, once every row is in, the search documents and skill
 * lists derived from them and the proposed merges of people registered at two offices. Only ids are
 * kept between the two: an import of a whole region never holds its rows in memory.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { AUDITED_ENTITIES } from '@shared/api/audit';
import type { WriteCtx } from '../context';
import { diffFields, type FieldChange } from '../services/audit/audit-log';
import { encodeChanges } from '../services/audit/changes-codec';
import type { Written } from './merge';
import { Reindexer } from './reindex';

export const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function camelRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[camel(k)] = v;
  return out;
}

const AUDITED = new Set<string>(AUDITED_ENTITIES);

export class WrittenRecords {
  readonly associations = new Set<string>();
  readonly candidates = new Set<string>();
  readonly needs = new Set<string>();
  /** Created with a document rowid and no document yet (see `SearchRowids`). */
  private readonly unwritten = new Set<string>();
  ruleSets = false;
  count = 0;
  private readonly insertAudit: BetterSqlite3.Statement<unknown[]>;
  private readonly at: string;

  /** `origin`: the office the records came from, named in their history; null for a local decision. */
  constructor(
    private readonly ctx: WriteCtx,
    private readonly action: 'import' | 'resolve',
    private readonly origin: FieldChange,
  ) {
    this.insertAudit = ctx.sqlite.prepare(
      'INSERT INTO audit_log (at, site_id, operator_id, operator_name, entity, entity_id, action, changes, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.at = ctx.now().toISOString();
  }

  add(w: Written): void {
    this.count += 1;
    if (w.searchRowid !== undefined) this.unwritten.add(w.id);
    if (w.table === 'associations') this.associations.add(w.id);
    if (w.table === 'association_sites') this.associations.add(String(w.after.association_id));
    if (w.table === 'candidates') this.candidates.add(w.id);
    if (w.table === 'candidate_notes') this.candidates.add(String(w.after.candidate_id));
    if (w.table === 'needs') this.needs.add(w.id);
    if (w.table === 'rule_sets') this.ruleSets = true;
    if (!AUDITED.has(w.table) && this.action === 'import') return;
    // A new record's content is the record itself: its history says where it came from, not every field again.
    const changes = w.before ? [this.origin, ...diffFields(camelRow(w.before), camelRow(w.after))] : [this.origin];
    this.insertAudit.run(this.at, this.ctx.siteId, this.ctx.actor.id, this.ctx.actor.name, w.table, w.id, this.action, encodeChanges(changes), this.ctx.clock.now());
  }

  /** Search documents of every record touched; a need's document carries its association's name. */
  reindex(): void {
    const needsOf = this.ctx.sqlite.prepare('SELECT id FROM needs WHERE association_id = ?');
    for (const id of this.associations) for (const n of needsOf.all(id) as { id: string }[]) this.needs.add(n.id);
    const reindexer = new Reindexer(this.ctx.sqlite, this.unwritten);
    reindexer.associations(this.associations);
    reindexer.candidates(this.candidates);
    reindexer.needs(this.needs);
  }

  /**
   * Open merge proposals follow what the profiles now are, whatever the order of imports: one per pair
   * of live, unmerged profiles sharing a codice fiscale (the smaller id first); a proposal whose profile
   * an import deleted or merged at its desk is withdrawn. Never an automatic merge. Returns how many were proposed.
   */
  proposeDuplicates(): number {
    const sqlite = this.ctx.sqlite;
    const live = sqlite.prepare('SELECT tax_code FROM candidates WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL');
    const others = sqlite.prepare('SELECT id FROM candidates WHERE tax_code = ? AND id <> ? AND deleted_at IS NULL AND merged_into IS NULL');
    const propose = sqlite.prepare(
      "INSERT INTO exchange_duplicates (first_id, second_id, tax_code, proposed_at, status) VALUES (?, ?, ?, ?, 'proposta') ON CONFLICT DO NOTHING",
    );
    const withdraw = sqlite.prepare("DELETE FROM exchange_duplicates WHERE status = 'proposta' AND (first_id = ? OR second_id = ?)");
    let proposed = 0;
    for (const id of this.candidates) {
      const row = live.get(id) as { tax_code: string } | undefined;
      if (!row) {
        withdraw.run(id, id);
        continue;
      }
      for (const other of others.all(row.tax_code, id) as { id: string }[]) {
        const [first, second] = id < other.id ? [id, other.id] : [other.id, id];
        proposed += propose.run(first, second, row.tax_code, this.at).changes;
      }
    }
    return proposed;
  }
}
