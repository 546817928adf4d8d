/**
 * The file's reference on Regione Piemonte's «Portale Tirocini». The Region gives it when the
 * tirocinio is registered there, often after the convenzione is signed or the intern has started,
 * so unlike the other fields (a draft's only) it is written in any status of a live file.
 */
import { eq } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { Internship } from '@shared/api/internship-fields';
import type { WriteCtx } from '../../context';
import { touchedMeta } from '../../context';
import { internships } from '../../db/schema';
import { writeAudit } from '../audit/audit-log';
import { assertSameVersion } from '../stale-version';
import { getInternship, requireInternship } from './internships';

export function setPortalReference(ctx: WriteCtx, id: string, expectedHlc: string, reference: string | null): Internship {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx, id);
    if (row.deletedAt) throw new AppError('CONFLICT', 'La pratica è stata eliminata.');
    assertSameVersion(row.hlc, expectedHlc, 'questa pratica', 'page');
    // The same reference again writes nothing: a newer hlc would wrongly win a regional merge.
    if ((row.portalReference ?? null) === reference) return getInternship(ctx, id);
    ctx.db.update(internships).set({ portalReference: reference, ...touchedMeta(ctx) }).where(eq(internships.id, id)).run();
    writeAudit(ctx, { entity: 'internships', entityId: id, action: 'update', changes: [{ field: 'portalReference', before: row.portalReference, after: reference }] });
    return getInternship(ctx, id);
  });
}
