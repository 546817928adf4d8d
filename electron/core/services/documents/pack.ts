/**
 * The signing pack before the start: an internship file becomes "attivo" only when its newest
 * convenzione and PFI carry their signed scans and still print the file's terms (a signature on an
 * allowance since changed does not count), or a coordinator went ahead without them, with a written
 * reason (stored like a rule's waiver, audited, on the file's timeline).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { DocumentKind } from '@shared/api/documents';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta } from '../../context';
import { internshipWaivers } from '../../db/schema';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { addEvent, requireInternship } from '../internships/internships';
import { documentsOf, type DocumentRecord } from './archive';
import { documentContext, termsHashOf } from './context';
import { plural } from '@shared/text/plural';

/** Stored in `internship_waivers.rule_id`; not a regional rule, so not among RULE_IDS. */
export const SIGNATURES_WAIVER = 'documenti-firmati';
const PACK: readonly DocumentKind[] = ['convenzione', 'pfi'];

export function signaturesWaiver(ctx: ReadCtx, internshipId: string) {
  const w = ctx.db
    .select()
    .from(internshipWaivers)
    .where(and(eq(internshipWaivers.internshipId, internshipId), eq(internshipWaivers.ruleId, SIGNATURES_WAIVER), isNull(internshipWaivers.deletedAt)))
    .get();
  return w ? { reason: w.reason, grantedBy: w.grantedBy, at: w.createdAt } : null;
}

/** The terms each document of the pack would print now: a signed version counts only if it printed these. */
export function currentPackTerms(ctx: ReadCtx, internshipId: string): Record<string, string> {
  // A restricted category is printed on the PFI whoever asks: the hash must not depend on the reader.
  return Object.fromEntries(PACK.map((kind) => [kind, termsHashOf(documentContext(ctx, internshipId, { kind, month: null, seesSpecial: true }))]));
}

type PackGap = { kind: DocumentKind; why: 'manca' | 'da_firmare' | 'superato' };

/** What the pack still lacks: a document never prepared, not signed, or signed on terms the file no longer has. */
export function packGaps(rows: readonly DocumentRecord[], terms: Record<string, string>): PackGap[] {
  const gaps: PackGap[] = [];
  for (const kind of PACK) {
    const newest = rows.find((r) => r.kind === kind);
    if (!newest) gaps.push({ kind, why: 'manca' });
    else if (newest.termsHash !== terms[kind]) gaps.push({ kind, why: 'superato' });
    else if (!newest.signedSha256) gaps.push({ kind, why: 'da_firmare' });
  }
  return gaps;
}

const NAMES: Record<string, string> = { convenzione: 'la convenzione', pfi: 'il progetto formativo (PFI)' };

/** Called by the move to "attivo": refuses while the pack is not signed on the file's terms and nobody waived it. */
export function assertSignedPack(ctx: ReadCtx, internshipId: string): void {
  if (signaturesWaiver(ctx, internshipId)) return;
  const gaps = packGaps(documentsOf(ctx, internshipId), currentPackTerms(ctx, internshipId));
  if (gaps.length === 0) return;
  const unsigned = gaps.filter((g) => g.why !== 'superato').map((g) => NAMES[g.kind]!);
  const stale = gaps.filter((g) => g.why === 'superato').map((g) => NAMES[g.kind]!);
  const parts: string[] = [];
  if (unsigned.length === 1) parts.push(`serve ${unsigned[0]} ${unsigned[0]!.startsWith('la ') ? 'firmata' : 'firmato'}`);
  if (unsigned.length > 1) parts.push(`servono ${unsigned.join(' e ')} firmati`);
  if (stale.length > 0) {
    parts.push(`${stale.join(' e ')} ${plural(stale.length, 'è stato firmato', 'sono stati firmati')} prima che la pratica cambiasse: ${plural(stale.length, 'va preparato e firmato', 'vanno preparati e firmati')} di nuovo`);
  }
  const message = `Per avviare il tirocinio ${parts.join('; ')}. Fallo dalla scheda Documenti, allegando le scansioni firmate (o chiedi la deroga a un coordinatore).`;
  throw new AppError('CONFLICT', message, [{ path: 'documents', message }]);
}

export function waiveSignatures(ctx: WriteCtx, internshipId: string, reason: string): void {
  ctx.db.transaction(() => {
    const row = requireInternship(ctx, internshipId);
    if (row.deletedAt) throw new AppError('CONFLICT', 'La pratica è stata eliminata: ripristinala prima.');
    if (row.status !== 'bozza' && row.status !== 'in_firma') throw new AppError('CONFLICT', 'Il tirocinio è già avviato: la deroga alle firme non serve più.');
    if (signaturesWaiver(ctx, internshipId)) throw new AppError('CONFLICT', 'La deroga alle firme è già stata concessa per questa pratica.');
    ctx.db
      .insert(internshipWaivers)
      .values({ ...newRecordMeta(ctx, newId()), internshipId, ruleId: SIGNATURES_WAIVER, reason, grantedById: ctx.actor.id, grantedBy: ctx.actor.name })
      .run();
    addEvent(ctx, internshipId, 'deroga', null, null, `Avvio consentito senza convenzione e PFI firmati: ${reason}`);
    writeAudit(ctx, { entity: 'internships', entityId: internshipId, action: 'update', changes: [{ field: `deroga.${SIGNATURES_WAIVER}`, before: null, after: reason }] });
  });
}
