/**
 * The regional office adds, corrects and removes committees; every change is audited with its before
 * and after. Only the regional office keeps the list: a desk receives it with the publication and
 * never changes it, so what the regional office published is never overwritten by a desk.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { Committee, CommitteeData } from '@shared/api/committees';
import { foldText } from '@shared/validation/text';
import type { WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { committees } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { requireLocalSite } from '../settings/site';
import { assertSameVersion } from '../stale-version';
import { DESK_LOCK, getCommittee, liveCommittees, requireOwnCommittee, type CommitteeRecord } from './read';

/** Checked before anything else: at a desk no change is possible, whatever the record. */
function assertRegionalOffice(ctx: WriteCtx): void {
  if (requireLocalSite(ctx).kind !== 'ufficio_regionale') throw new AppError('CONFLICT', DESK_LOCK);
}

/**
 * One live committee per name, compared without case, accents or extra spaces: «AICS  torino» and
 * «AICS Torino» are the same committee, and two of them would split the associations between them.
 */
function assertFreeName(ctx: WriteCtx, name: string, exceptId: string | null): void {
  const key = foldText(name);
  const clash = liveCommittees(ctx).find((c) => c.id !== exceptId && foldText(c.name) === key);
  if (!clash) return;
  const message = `C’è già un comitato con questo nome nell’elenco: «${clash.name}».`;
  throw new AppError('CONFLICT', message, [{ path: 'name', message }]);
}

const fields = (c: Pick<CommitteeRecord, 'name' | 'province' | 'notes'>) => ({ name: c.name, province: c.province, notes: c.notes });

export function createCommittee(ctx: WriteCtx, data: CommitteeData): Committee {
  return ctx.db.transaction(() => {
    assertRegionalOffice(ctx);
    assertFreeName(ctx, data.name, null);
    const id = newId();
    ctx.db
      .insert(committees)
      .values({ ...newRecordMeta(ctx, id), ...fields(data) })
      .run();
    writeAudit(ctx, { entity: 'committees', entityId: id, action: 'create', changes: diffFields(null, fields(data)) });
    return getCommittee(ctx, id);
  });
}

export function updateCommittee(ctx: WriteCtx, id: string, expectedHlc: string, data: CommitteeData): Committee {
  return ctx.db.transaction(() => {
    assertRegionalOffice(ctx);
    const row = requireOwnCommittee(ctx, id);
    assertSameVersion(row.hlc, expectedHlc, 'questo comitato', 'page');
    const changes = diffFields(fields(row), fields(data));
    if (changes.length === 0) return getCommittee(ctx, id);
    assertFreeName(ctx, data.name, id);
    ctx.db
      .update(committees)
      .set({ ...fields(data), ...touchedMeta(ctx) })
      .where(eq(committees.id, id))
      .run();
    writeAudit(ctx, { entity: 'committees', entityId: id, action: 'update', changes });
    return getCommittee(ctx, id);
  });
}

/** A tombstone, as for any record that travels: the desks drop it with the next publication. */
export function deleteCommittee(ctx: WriteCtx, id: string, expectedHlc: string): { id: string } {
  return ctx.db.transaction(() => {
    assertRegionalOffice(ctx);
    const row = requireOwnCommittee(ctx, id);
    assertSameVersion(row.hlc, expectedHlc, 'questo comitato', 'page');
    ctx.db
      .update(committees)
      .set({ deletedAt: ctx.now().toISOString(), ...touchedMeta(ctx) })
      .where(and(eq(committees.id, id), isNull(committees.deletedAt)))
      .run();
    writeAudit(ctx, { entity: 'committees', entityId: id, action: 'delete', changes: diffFields(fields(row), null) });
    return { id };
  });
}
