/** Named list filters, per operator. Saving under an existing name replaces that filter. */
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { FilterArea, SavedFilter } from '@shared/api/saved-filters';
import type { ReadCtx, WriteCtx } from '../../context';
import { savedFilters } from '../../db/schema';
import { newId } from '../../ids';

type Row = typeof savedFilters.$inferSelect;

function toSavedFilter(row: Row): SavedFilter {
  return { id: row.id, area: row.area as FilterArea, name: row.name, params: row.params };
}

export function listSavedFilters(ctx: ReadCtx, operatorId: string, area: FilterArea): SavedFilter[] {
  return ctx.db
    .select()
    .from(savedFilters)
    .where(and(eq(savedFilters.operatorId, operatorId), eq(savedFilters.area, area)))
    .orderBy(asc(savedFilters.name))
    .all()
    .map(toSavedFilter);
}

export function saveFilter(ctx: WriteCtx, operatorId: string, area: FilterArea, name: string, params: Record<string, string>): SavedFilter {
  return ctx.db.transaction(() => {
    const existing = ctx.db
      .select()
      .from(savedFilters)
      .where(and(eq(savedFilters.operatorId, operatorId), eq(savedFilters.area, area), eq(savedFilters.name, name)))
      .get();
    if (existing) {
      ctx.db.update(savedFilters).set({ params }).where(eq(savedFilters.id, existing.id)).run();
      return toSavedFilter({ ...existing, params });
    }
    const row: Row = { id: newId(), operatorId, area, name, params, createdAt: ctx.now().toISOString() };
    ctx.db.insert(savedFilters).values(row).run();
    return toSavedFilter(row);
  });
}

export function deleteSavedFilter(ctx: WriteCtx, operatorId: string, id: string): void {
  const result = ctx.db.delete(savedFilters).where(and(eq(savedFilters.id, id), eq(savedFilters.operatorId, operatorId))).run();
  if (result.changes === 0) throw new AppError('NOT_FOUND', 'Filtro non trovato.');
}
