/**
 * A draft opened by mistake is deleted (recoverably): it has no legal weight yet. A file in
 * signature goes back to draft first; a started one is never deleted, it ends (concluso,
 * interrotto). The number it took is not reused: numbers never change meaning.
 */
import { eq } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { Internship } from '@shared/api/internship-fields';
import type { WriteCtx } from '../../context';
import { touchedMeta } from '../../context';
import { internships, matches } from '../../db/schema';
import { writeAudit } from '../audit/audit-log';
import { assertSameVersion } from '../stale-version';
import { addEvent, assertParties, derived, fileOfProposal, getInternship, internshipData, requireInternship, type InternshipRecord } from './internships';

function setDeleted(ctx: WriteCtx, id: string, expectedHlc: string, deleted: boolean): Internship {
  return ctx.db.transaction(() => {
    const row = requireInternship(ctx, id);
    assertSameVersion(row.hlc, expectedHlc, 'questa pratica', 'page');
    if (Boolean(row.deletedAt) === deleted) return getInternship(ctx, id);
    if (deleted && row.status !== 'bozza') {
      throw new AppError(
        'CONFLICT',
        row.status === 'in_firma'
          ? 'Si elimina solo una pratica in bozza: riporta prima questa in bozza.'
          : 'Una pratica avviata non si elimina: si conclude o si interrompe, e resta nell’archivio.',
      );
    }
    if (!deleted) assertCanComeBack(ctx, row);
    const deletedAt = deleted ? ctx.now().toISOString() : null;
    // A restored draft is checked on the rules in force now (a set may have come or gone meanwhile).
    const fresh = deleted ? {} : derived(ctx, internshipData(row));
    ctx.db.update(internships).set({ deletedAt, ...fresh, ...touchedMeta(ctx) }).where(eq(internships.id, id)).run();
    addEvent(ctx, id, deleted ? 'eliminata' : 'ripristinata', null, null, null);
    writeAudit(ctx, { entity: 'internships', entityId: id, action: deleted ? 'delete' : 'restore', changes: [{ field: 'deletedAt', before: row.deletedAt, after: deletedAt }] });
    return getInternship(ctx, id);
  });
}

/** A draft comes back only to parties and a proposal still there, and never beside another file from the same proposal. */
function assertCanComeBack(ctx: WriteCtx, row: InternshipRecord): void {
  const data = internshipData(row);
  assertParties(ctx, data);
  if (!row.matchId) return;
  const match = ctx.db.select({ status: matches.status, deletedAt: matches.deletedAt }).from(matches).where(eq(matches.id, row.matchId)).get();
  if (!match || match.deletedAt || match.status !== 'accettato') {
    throw new AppError('CONFLICT', 'La proposta da cui era nata questa pratica non è più accettata: apri una nuova pratica dalla proposta giusta.');
  }
  const other = fileOfProposal(ctx, row.matchId, row.id);
  if (other) throw new AppError('CONFLICT', `Dalla stessa proposta è stata aperta nel frattempo la pratica ${other}: questa resta eliminata.`);
}

export const deleteInternship = (ctx: WriteCtx, id: string, hlc: string) => setDeleted(ctx, id, hlc, true);
export const restoreInternship = (ctx: WriteCtx, id: string, hlc: string) => setDeleted(ctx, id, hlc, false);
