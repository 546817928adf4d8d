/** Host associations and their operating sites: create, edit, soft delete and restore. */
import { assertSameVersion } from '../stale-version';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Association, AssociationData } from '@shared/api/associations';
import { AppError } from '@shared/api/errors';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import type { Db } from '../../db/connection';
import { preparedPerConnection } from '../../db/prepared';
import { associationSites, associations } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { associationColumns, sitesSummary, toAssociation, type AssociationRecord } from './mapping';
import { writeFtsDocument } from '../../search/fts-document';
import { searchBody } from './search-index';

// Read by every write to an association and by each need's checks: compiled once (issue 17).
const associationById = preparedPerConnection((db) => db.select().from(associations).where(eq(associations.id, sql.placeholder('id'))).prepare());
const liveSitesOf = preparedPerConnection((db) =>
  db
    .select()
    .from(associationSites)
    .where(and(eq(associationSites.associationId, sql.placeholder('associationId')), isNull(associationSites.deletedAt)))
    .prepare(),
);

function findRecord(db: Db, id: string): AssociationRecord | null {
  return associationById(db).get({ id }) ?? null;
}

function liveSites(db: Db, associationId: string) {
  return liveSitesOf(db).all({ associationId });
}

export function getAssociation(ctx: ReadCtx, id: string): Association {
  const row = findRecord(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Associazione non trovata: potrebbe essere stata eliminata definitivamente.');
  return toAssociation(row, liveSites(ctx.db, id));
}

/** Refuses a second live association with the same codice fiscale, naming the one that has it. */
function assertTaxCodeFree(db: Db, taxCode: string, exceptId: string | null): void {
  const conditions = [eq(associations.taxCode, taxCode), isNull(associations.deletedAt)];
  if (exceptId) conditions.push(ne(associations.id, exceptId));
  const other = db
    .select({ id: associations.id, name: associations.name })
    .from(associations)
    .where(and(...conditions))
    .get();
  if (other) {
    throw new AppError(
      'CONFLICT',
      `Esiste già un'associazione con questo codice fiscale: ${other.name}.`,
      [{ path: 'taxCode', message: `Codice fiscale già registrato per «${other.name}»` }],
      { existingId: other.id, existingName: other.name },
    );
  }
}

/** Rewrites the record’s search document (an import writes the same one through exchange/reindex.ts). */
function reindexAssociation(ctx: WriteCtx, id: string): void {
  const row = findRecord(ctx.db, id)!;
  const rowid = writeFtsDocument(ctx, 'associations_fts', row.searchRowid, searchBody(row, liveSites(ctx.db, id)));
  if (rowid !== row.searchRowid) {
    ctx.db.update(associations).set({ searchRowid: rowid }).where(eq(associations.id, id)).run();
  }
}

/** Saves the operating sites: existing ones updated, new ones added, missing ones tombstoned. */
function saveSites(ctx: WriteCtx, associationId: string, sites: AssociationData['sites']): void {
  const existing = liveSites(ctx.db, associationId);
  const keep = new Set<string>();
  for (const site of sites) {
    const fields = { label: site.label, address: site.address, cap: site.cap, comune: site.comune, province: site.province, employees: site.employees };
    const current = site.id ? existing.find((e) => e.id === site.id) : undefined;
    if (current) {
      keep.add(current.id);
      const changed = diffFields(current, { ...current, ...fields }).length > 0;
      if (changed) {
        ctx.db.update(associationSites).set({ ...fields, ...touchedMeta(ctx) }).where(eq(associationSites.id, current.id)).run();
      }
    } else {
      ctx.db
        .insert(associationSites)
        .values({ ...newRecordMeta(ctx, newId()), associationId, ...fields })
        .run();
    }
  }
  for (const gone of existing.filter((e) => !keep.has(e.id))) {
    ctx.db
      .update(associationSites)
      .set({ deletedAt: ctx.now().toISOString(), ...touchedMeta(ctx) })
      .where(eq(associationSites.id, gone.id))
      .run();
  }
}

function auditable(a: Association): Record<string, unknown> {
  const { sites, ...fields } = a;
  return { ...fields, sites: sitesSummary(sites) };
}

export function createAssociation(ctx: WriteCtx, data: AssociationData): Association {
  return ctx.db.transaction(() => {
    const columns = associationColumns(data);
    assertTaxCodeFree(ctx.db, columns.taxCode, null);
    const id = newId();
    ctx.db.insert(associations).values({ ...newRecordMeta(ctx, id), ...columns, searchRowid: null }).run();
    saveSites(ctx, id, data.sites);
    reindexAssociation(ctx, id);
    const created = getAssociation(ctx, id);
    writeAudit(ctx, { entity: 'associations', entityId: id, action: 'create', changes: diffFields(null, auditable(created)) });
    return created;
  });
}

export function updateAssociation(ctx: WriteCtx, id: string, expectedHlc: string, data: AssociationData): Association {
  return ctx.db.transaction(() => {
    const before = getAssociation(ctx, id);
    if (before.deletedAt) {
      throw new AppError('CONFLICT', "L'associazione è stata eliminata: ripristinala prima di modificarla.");
    }
    assertSameVersion(before.hlc, expectedHlc, 'questa associazione', 'form');
    const columns = associationColumns(data);
    // Saving an unchanged form writes nothing: a newer hlc would wrongly win a regional merge.
    const candidate = { ...auditable(before), ...columns, sites: sitesSummary(data.sites) };
    if (diffFields(auditable(before), candidate).length === 0) return before;
    // Only a new codice fiscale can make a double: at the regional office two desks may have registered
    // the same association, and editing either must stay possible.
    if (columns.taxCode !== before.taxCode) assertTaxCodeFree(ctx.db, columns.taxCode, id);
    ctx.db.update(associations).set({ ...columns, ...touchedMeta(ctx) }).where(eq(associations.id, id)).run();
    saveSites(ctx, id, data.sites);
    reindexAssociation(ctx, id);
    const after = getAssociation(ctx, id);
    const changes = diffFields(auditable(before), auditable(after));
    writeAudit(ctx, { entity: 'associations', entityId: id, action: 'update', changes });
    return after;
  });
}

function setDeleted(ctx: WriteCtx, id: string, deleted: boolean): Association {
  return ctx.db.transaction(() => {
    const before = getAssociation(ctx, id);
    if (Boolean(before.deletedAt) === deleted) return before;
    if (!deleted) assertTaxCodeFree(ctx.db, before.taxCode, id);
    const deletedAt = deleted ? ctx.now().toISOString() : null;
    ctx.db.update(associations).set({ deletedAt, ...touchedMeta(ctx) }).where(eq(associations.id, id)).run();
    writeAudit(ctx, {
      entity: 'associations',
      entityId: id,
      action: deleted ? 'delete' : 'restore',
      changes: [{ field: 'deletedAt', before: before.deletedAt, after: deletedAt }],
    });
    return getAssociation(ctx, id);
  });
}

export function deleteAssociation(ctx: WriteCtx, id: string): Association {
  return setDeleted(ctx, id, true);
}

export function restoreAssociation(ctx: WriteCtx, id: string): Association {
  return setDeleted(ctx, id, false);
}
