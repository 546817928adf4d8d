/**
 * The signing pack before the start: an internship file becomes "attivo" only when its newest
 * convenzione and PFI carry their signed scans, or a coordinator went ahead without them, with a
 * written reason (stored like a rule's waiver, audited, on the file's timeline).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../../shared/api/errors';
import type { DocumentKind } from '../../../../shared/api/documents';
import type { ServiceContext } from '../../context';
import { newRecordMeta } from '../../context';
import type { Db } from '../../db/connection';
import { internshipWaivers } from '../../db/schema';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { addEvent, requireInternship } from '../internships/internships';
import { documentsOf, type DocumentRecord } from './archive';

/** Stored in `internship_waivers.rule_id`; not a regional rule, so not among RULE_IDS. */
export const SIGNATURES_WAIVER = 'documenti-firmati';
const PACK: readonly DocumentKind[] = ['convenzione', 'pfi'];

export function signaturesWaiver(db: Db, internshipId: string) {
  const w = db
    .select()
    .from(internshipWaivers)
    .where(and(eq(internshipWaivers.internshipId, internshipId), eq(internshipWaivers.ruleId, SIGNATURES_WAIVER), isNull(internshipWaivers.deletedAt)))
    .get();
  return w ? { reason: w.reason, grantedBy: w.grantedBy, at: w.createdAt } : null;
}

/** The newest version of each kind of the pack that is not signed yet (none: the pack is complete). */
export function unsignedPack(rows: readonly DocumentRecord[]): DocumentKind[] {
  return PACK.filter((kind) => {
    const newest = rows.find((r) => r.kind === kind);
    return !newest || !newest.signedSha256;
  });
}

/** Called by the move to "attivo": refuses while the pack is not signed and nobody waived it. */
export function assertSignedPack(db: Db, internshipId: string): void {
  const missing = unsignedPack(documentsOf(db, internshipId));
  if (missing.length === 0 || signaturesWaiver(db, internshipId)) return;
  const names = missing.map((k) => (k === 'convenzione' ? 'la convenzione' : 'il progetto formativo (PFI)')).join(' e ');
  throw new AppError('CONFLICT', `Per avviare il tirocinio servono ${names} firmati: preparali nella scheda Documenti e allega le scansioni firmate (o chiedi la deroga a un coordinatore).`, [
    { path: 'documents', message: `Mancano firmati: ${names}.` },
  ]);
}

export function waiveSignatures(ctx: ServiceContext, internshipId: string, reason: string): void {
  ctx.db.transaction(() => {
    const row = requireInternship(ctx.db, internshipId);
    if (row.deletedAt) throw new AppError('CONFLICT', 'La pratica è stata eliminata: ripristinala prima.');
    if (row.status !== 'bozza' && row.status !== 'in_firma') throw new AppError('CONFLICT', 'Il tirocinio è già avviato: la deroga alle firme non serve più.');
    if (signaturesWaiver(ctx.db, internshipId)) throw new AppError('CONFLICT', 'La deroga alle firme è già stata concessa per questa pratica.');
    ctx.db
      .insert(internshipWaivers)
      .values({ ...newRecordMeta(ctx, newId()), internshipId, ruleId: SIGNATURES_WAIVER, reason, grantedById: ctx.actor.id, grantedBy: ctx.actor.name })
      .run();
    addEvent(ctx, internshipId, 'deroga', null, null, `Avvio consentito senza convenzione e PFI firmati: ${reason}`);
    writeAudit(ctx, { entity: 'internships', entityId: internshipId, action: 'update', changes: [{ field: `deroga.${SIGNATURES_WAIVER}`, before: null, after: reason }] });
  });
}
