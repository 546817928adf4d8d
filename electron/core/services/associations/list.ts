/** The associations list: search as you type, filters, Italian sort, pages. */
import { and, asc, count, desc, eq, gt, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { AssociationListInput, AssociationRow } from '@shared/api/associations';
import type { associationListInput } from '@shared/api/associations';
import type { z } from 'zod';
import type { ReadCtx } from '../../context';
import { associations, committees, sites } from '../../db/schema';
import { toFtsQuery } from '../../search/fts-query';

type ListInput = z.output<typeof associationListInput>;
export type { AssociationListInput };

function whereFor(input: ListInput): SQL | undefined {
  const conditions: SQL[] = [input.deleted ? isNotNull(associations.deletedAt) : isNull(associations.deletedAt)];
  const fts = toFtsQuery(input.query);
  if (fts) {
    conditions.push(
      sql`${associations.searchRowid} IN (SELECT rowid FROM associations_fts WHERE associations_fts MATCH ${fts})`,
    );
  }
  if (input.committee) conditions.push(eq(associations.committee, input.committee));
  if (input.legalForm) conditions.push(eq(associations.legalForm, input.legalForm));
  if (input.province) conditions.push(eq(associations.province, input.province));
  if (input.employees === 'none') conditions.push(eq(associations.employees, 0));
  if (input.employees === 'some') conditions.push(gt(associations.employees, 0));
  // associations_site_idx (site_id, deleted_at, name_sort) answers it already in name order.
  if (input.site) conditions.push(eq(associations.siteId, input.site));
  return and(...conditions);
}

function orderFor(input: ListInput): SQL[] {
  const dir = input.direction === 'desc' ? desc : asc;
  switch (input.sort) {
    case 'comune':
      return [dir(associations.comuneSort), asc(associations.nameSort)];
    case 'employees':
      return [dir(associations.employees), asc(associations.nameSort)];
    case 'updated':
      return [dir(associations.updatedAt), asc(associations.id)];
    default:
      return [dir(associations.nameSort), asc(associations.id)];
  }
}

export function listAssociations(ctx: ReadCtx, input: ListInput): { items: AssociationRow[]; total: number; page: number; pageSize: number } {
  const where = whereFor(input);
  const items = associationsPage(ctx, input, where);
  const total = ctx.db.select({ n: count() }).from(associations).where(where).get()?.n ?? 0;
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** The list's page alone, without its total (Ctrl+K shows a few rows of each list: the count was half its time). */
export function associationsPage(ctx: ReadCtx, input: ListInput, where = whereFor(input)): AssociationRow[] {
  return ctx.db
    .select({
      id: associations.id,
      name: associations.name,
      legalForm: associations.legalForm,
      taxCode: associations.taxCode,
      committee: associations.committee,
      comune: associations.comune,
      province: associations.province,
      employees: associations.employees,
      updatedAt: associations.updatedAt,
      deletedAt: associations.deletedAt,
      officeCode: sites.code,
    })
    .from(associations)
    // A LEFT JOIN: a record whose office row has not arrived yet still shows, without its code.
    .leftJoin(sites, eq(sites.id, associations.siteId))
    .where(where)
    .orderBy(...orderFor(input))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
}

/** The rowids of every association the list's filters select, in its order: the rows of an export (services/exports). */
export function associationListSelection(ctx: ReadCtx, input: ListInput): number[] {
  return ctx.db
    .select({ rowid: sql<number>`${associations}.rowid` })
    .from(associations)
    .where(whereFor(input))
    .orderBy(...orderFor(input))
    .all()
    .map((r) => r.rowid);
}

/**
 * The committees written on live associations and those of the regional list (decision 0013): a
 * published committee can be filtered by before any association names it. Spelled as written, since
 * the filter matches the association's text exactly.
 */
export function associationFilterOptions(ctx: ReadCtx): { committees: string[]; provinces: string[] } {
  const live = isNull(associations.deletedAt);
  const written = ctx.db
    .selectDistinct({ v: associations.committee })
    .from(associations)
    .where(and(live, isNotNull(associations.committee)))
    .all()
    .map((r) => r.v!);
  const listed = ctx.db
    .select({ v: committees.name })
    .from(committees)
    .where(isNull(committees.deletedAt))
    .all()
    .map((r) => r.v);
  const committeeNames = [...new Set([...written, ...listed])].sort((a, b) => a.localeCompare(b, 'it'));
  const provinces = ctx.db
    .selectDistinct({ v: associations.province })
    .from(associations)
    .where(and(live, isNotNull(associations.province)))
    .all()
    .map((r) => r.v!)
    .sort();
  return { committees: committeeNames, provinces };
}
