/**
 * A coordinator or administrator adds, corrects and removes a comune's patron day, at any office:
 * a desk working offline must be able to fix the holiday of the comuni it works in (decision 0017).
 * Every change is audited; a removal is a tombstone that travels like any other.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { PatronDayData, PatronDayView } from '@shared/api/patron-days';
import type { WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { patronDays } from '../../db/schema';
import { newId } from '../../ids';
import { placeByCode } from '../../reference/places';
import { diffFields, writeAudit } from '../audit/audit-log';
import { assertSameVersion } from '../stale-version';
import { getPatronDay, requirePatronDay, rowForComune, type PatronDayRecord } from './read';

function comuneOf(code: string): { comune: string; province: string | null } {
  const place = placeByCode(code);
  if (!place || place.kind !== 'comune') {
    const message = 'Comune non trovato nell’elenco dei comuni: sceglilo dai suggerimenti.';
    throw new AppError('VALIDATION', message, [{ path: 'comuneCode', message }]);
  }
  return { comune: place.name, province: place.province };
}

const fields = (d: Pick<PatronDayRecord, 'comuneCode' | 'comune' | 'province' | 'rule' | 'saint' | 'source'>) => ({
  comuneCode: d.comuneCode,
  comune: d.comune,
  province: d.province,
  rule: d.rule,
  saint: d.saint,
  source: d.source,
});

export function createPatronDay(ctx: WriteCtx, data: PatronDayData): PatronDayView {
  return ctx.db.transaction(() => {
    const place = comuneOf(data.comuneCode);
    const existing = rowForComune(ctx, data.comuneCode);
    if (existing) {
      const message = `La festa patronale di ${existing.comune} è già nell’elenco: correggi quella.`;
      throw new AppError('VALIDATION', message, [{ path: 'comuneCode', message }]);
    }
    const id = newId();
    const values = fields({ ...data, ...place });
    ctx.db
      .insert(patronDays)
      .values({ ...newRecordMeta(ctx, id), ...values })
      .run();
    writeAudit(ctx, { entity: 'patron_days', entityId: id, action: 'create', changes: diffFields(null, values) });
    return getPatronDay(ctx, id);
  });
}

export function updatePatronDay(ctx: WriteCtx, id: string, expectedHlc: string, data: PatronDayData): PatronDayView {
  return ctx.db.transaction(() => {
    const row = requirePatronDay(ctx, id);
    assertSameVersion(row.hlc, expectedHlc, 'questa festa patronale', 'form');
    if (data.comuneCode !== row.comuneCode) {
      const message = 'Il comune di una festa patronale non si cambia: aggiungine una per l’altro comune.';
      throw new AppError('VALIDATION', message, [{ path: 'comuneCode', message }]);
    }
    const changes = diffFields(fields(row), fields({ ...data, comune: row.comune, province: row.province }));
    if (changes.length === 0) return getPatronDay(ctx, id);
    ctx.db
      .update(patronDays)
      .set({ rule: data.rule, saint: data.saint, source: data.source, ...touchedMeta(ctx) })
      .where(eq(patronDays.id, id))
      .run();
    writeAudit(ctx, { entity: 'patron_days', entityId: id, action: 'update', changes });
    return getPatronDay(ctx, id);
  });
}

export function deletePatronDay(ctx: WriteCtx, id: string, expectedHlc: string): { id: string } {
  return ctx.db.transaction(() => {
    const row = requirePatronDay(ctx, id);
    assertSameVersion(row.hlc, expectedHlc, 'questa festa patronale', 'page');
    ctx.db
      .update(patronDays)
      .set({ deletedAt: ctx.now().toISOString(), ...touchedMeta(ctx) })
      .where(and(eq(patronDays.id, id), isNull(patronDays.deletedAt)))
      .run();
    writeAudit(ctx, { entity: 'patron_days', entityId: id, action: 'delete', changes: diffFields(fields(row), null) });
    return { id };
  });
}
