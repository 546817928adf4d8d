/** Named list filters, per operator. Saving under an existing name replaces that filter. */
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../../../shared/api/errors';
import type { FilterArea, SavedFilter } from '../../../../shared/api/saved-filters';
import type { Db } from '../../db/connection';
import { savedFilters } from '../../db/schema';
import { newId } from '../../ids';

type Row = typeof savedFilters.$inferSelect;

function toSavedFilter(row: Row): SavedFilter {
  return { id: row.id, area: row.area as FilterArea, name: row.name, params: row.params };
}

export function listSavedFilters(db: Db, operatorId: string, area: FilterArea): SavedFilter[] {
  return db
    .select()
    .from(savedFilters)
    .where(and(eq(savedFilters.operatorId, operatorId), eq(savedFilters.area, area)))
    .orderBy(asc(savedFilters.name))
    .all()
    .map(toSavedFilter);
}

export function saveFilter(db: Db, operatorId: string, area: FilterArea, name: string, params: Record<string, string>, now: Date): SavedFilter {
  return db.transaction(() => {
    const existing = db
      .select()
      .from(savedFilters)
      .where(and(eq(savedFilters.operatorId, operatorId), eq(savedFilters.area, area), eq(savedFilters.name, name)))
      .get();
    if (existing) {
      db.update(savedFilters).set({ params }).where(eq(savedFilters.id, existing.id)).run();
      return toSavedFilter({ ...existing, params });
    }
    const row: Row = { id: newId(), operatorId, area, name, params, createdAt: now.toISOString() };
    db.insert(savedFilters).values(row).run();
    return toSavedFilter(row);
  });
}

export function deleteSavedFilter(db: Db, operatorId: string, id: string): void {
  const result = db.delete(savedFilters).where(and(eq(savedFilters.id, id), eq(savedFilters.operatorId, operatorId))).run();
  if (result.changes === 0) throw new AppError('NOT_FOUND', 'Filtro non trovato.');
}
