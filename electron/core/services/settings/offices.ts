/** The offices known here, for the «Sportello» filter and column of the lists. */
import { asc, desc, isNull } from 'drizzle-orm';
import type { KnownOffice } from '@shared/api/reference';
import type { ReadCtx } from '../../context';
import { sites } from '../../db/schema';

/** This desk first (the one an operator looks for), then the others by code, as the lists show them. */
export function listOffices(ctx: ReadCtx): KnownOffice[] {
  return ctx.db
    .select({ id: sites.id, code: sites.code, name: sites.name, kind: sites.kind, isLocal: sites.isLocal })
    .from(sites)
    .where(isNull(sites.deletedAt))
    .orderBy(desc(sites.isLocal), asc(sites.code))
    .all();
}
