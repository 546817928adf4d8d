/**
 * Merging two profiles of the same person. The coordinator chose every field; the survivor
 * takes them, notes, attachments and special data move to it, and the absorbed profile stays
 * as a tombstone pointing at the survivor, so links and history can always be followed.
 */
import { moveMatchesOnMerge } from '../matches/merge-matches';
import { and, eq, isNull } from 'drizzle-orm';
import type { Candidate, CandidateData } from '@shared/api/candidates';
import { AppError } from '@shared/api/errors';
import type { ReadCtx, WriteCtx } from '../../context';
import { touchedMeta } from '../../context';
import { settleProposalOnMerge } from '../exchange/duplicates';
import { followMergeMeta } from './follow-merge';
import { candidateAttachments, candidateNotes, candidates, documents } from '../../db/schema';
import { writeAudit } from '../audit/audit-log';
import { completeBirthData } from './birth-data';
import {
  assertCurrent,
  assertOperatorExists,
  assertTaxCodeFree,
  getCandidate,
  reindexCandidate,
  requireCandidate,
  writeCandidateData,
} from './candidates';
import { findSpecial, hasContent, specialData, writeSpecial } from './special';

export interface MergeRequest {
  survivorId: string;
  survivorHlc: string;
  absorbedId: string;
  absorbedHlc: string;
  data: CandidateData;
}

/** The survivor's special data, gaps filled and notes joined from the absorbed profile's. */
function mergedSpecial(ctx: ReadCtx, survivorId: string, absorbedId: string) {
  const kept = specialData(findSpecial(ctx, survivorId));
  const other = specialData(findSpecial(ctx, absorbedId));
  // Notes from both profiles are kept side by side; nothing written by a colleague is dropped.
  const both = (a: string | null, b: string | null) => (a && b && a !== b ? `${a}\n${b}` : (a ?? b));
  return {
    disabilityPercent: kept.disabilityPercent ?? other.disabilityPercent,
    healthNotes: both(kept.healthNotes, other.healthNotes),
    socialServicesCare: kept.socialServicesCare || other.socialServicesCare,
    socialServicesNotes: both(kept.socialServicesNotes, other.socialServicesNotes),
  };
}

/** Every profile whose history belongs to this one: itself and those merged into it, transitively. */
export function mergedHistoryIds(ctx: ReadCtx, id: string): string[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) {
    const absorbed = ctx.db.select({ id: candidates.id }).from(candidates).where(eq(candidates.mergedInto, ids[i]!)).all();
    for (const row of absorbed) if (!ids.includes(row.id)) ids.push(row.id);
  }
  return ids;
}

export function mergeCandidates(ctx: WriteCtx, request: MergeRequest): Candidate {
  const data = completeBirthData(request.data, ctx.now());
  if (request.survivorId === request.absorbedId) throw new AppError('VALIDATION', 'Scegli due profili diversi da unire.');
  return ctx.db.transaction(() => {
    const survivor = requireCandidate(ctx, request.survivorId);
    const absorbed = requireCandidate(ctx, request.absorbedId);
    assertCurrent(survivor, request.survivorHlc);
    assertCurrent(absorbed, request.absorbedHlc);
    assertTaxCodeFree(ctx, request.data.taxCode, [survivor.id, absorbed.id]);
    assertOperatorExists(ctx, data.operatorId);

    const special = mergedSpecial(ctx, survivor.id, absorbed.id);
    if (hasContent(special) && !data.specialLegalBasis) {
      // The absorbed profile's basis goes with its data; without either, the merge cannot keep them.
      data.specialLegalBasis = (absorbed.specialLegalBasis ?? survivor.specialLegalBasis) as typeof data.specialLegalBasis;
    }
    if (hasContent(special) && !data.specialLegalBasis) {
      throw new AppError('VALIDATION', 'Uno dei due profili ha dati particolari senza base giuridica: indicala prima di unire i profili.');
    }
    const at = ctx.now().toISOString();
    ctx.db
      .update(candidates)
      .set({ mergedInto: survivor.id, deletedAt: at, ...touchedMeta(ctx) })
      .where(eq(candidates.id, absorbed.id))
      .run();
    reindexCandidate(ctx, absorbed.id);

    const changes = writeCandidateData(ctx, survivor, data);
    // Documents follow too: an access request or an erasure on the survivor finds them.
    for (const table of [candidateNotes, candidateAttachments, documents]) {
      ctx.db
        .update(table)
        .set({ candidateId: survivor.id, ...followMergeMeta(ctx) })
        .where(and(eq(table.candidateId, absorbed.id), isNull(table.deletedAt)))
        .run();
    }
    moveMatchesOnMerge(ctx, absorbed.id, survivor.id, {
      absorbed: `${absorbed.lastName} ${absorbed.firstName} (${absorbed.taxCode})`,
      survivor: `${data.lastName} ${data.firstName} (${data.taxCode})`,
    });
    const specialChanges = writeSpecial(ctx, survivor.id, findSpecial(ctx, survivor.id), special);
    // The absorbed copy is emptied, not kept: a correction or an erasure on the survivor must be the only truth.
    const absorbedSpecial = findSpecial(ctx, absorbed.id);
    const clearedChanges = absorbedSpecial ? writeSpecial(ctx, absorbed.id, absorbedSpecial, specialData(null)) : [];
    reindexCandidate(ctx, survivor.id);

    settleProposalOnMerge(ctx, survivor.id, absorbed.id);
    const absorbedLabel = `${absorbed.lastName} ${absorbed.firstName} (${absorbed.taxCode})`;
    writeAudit(ctx, {
      entity: 'candidates',
      entityId: survivor.id,
      action: 'merge',
      changes: [{ field: 'unitoDa', before: null, after: absorbedLabel }, ...changes],
    });
    writeAudit(ctx, {
      entity: 'candidates',
      entityId: absorbed.id,
      action: 'merge',
      changes: [{ field: 'mergedInto', before: null, after: `${data.lastName} ${data.firstName} (${data.taxCode})` }],
    });
    if (specialChanges.length > 0) {
      writeAudit(ctx, { entity: 'candidate_special', entityId: survivor.id, action: 'merge', changes: specialChanges });
    }
    if (clearedChanges.length > 0) {
      writeAudit(ctx, { entity: 'candidate_special', entityId: absorbed.id, action: 'merge', changes: clearedChanges });
    }
    return getCandidate(ctx, survivor.id);
  });
}
