/**
 * When two profiles of one person are merged, their proposals (and internship files) follow the surviving profile. If
 * both were in play for the same need, the more advanced one stays and the other is withdrawn,
 * with a note on its timeline, so nobody counts the same person twice.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { MatchStatus } from '@shared/api/matches';
import { LIVE_MATCH_STATUSES } from '@shared/rules/match-lifecycle';
import type { WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { followMergeMeta } from '../candidates/follow-merge';
import { internships, matchEvents, matches } from '../../db/schema';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';

const ADVANCE: Record<MatchStatus, number> = {
  accettato: 3,
  colloquio_fissato: 2,
  proposto: 1,
  rifiutato_ente: 0,
  rifiutato_candidato: 0,
  ritirato: 0,
};

type MatchRow = typeof matches.$inferSelect;

function liveOf(ctx: WriteCtx, candidateId: string): MatchRow[] {
  return ctx.db
    .select()
    .from(matches)
    .where(and(eq(matches.candidateId, candidateId), isNull(matches.deletedAt), inArray(matches.status, [...LIVE_MATCH_STATUSES])))
    .all();
}

function withdraw(ctx: WriteCtx, row: MatchRow, note: string): void {
  ctx.db
    .update(matches)
    .set({ status: 'ritirato', decidedOn: ctx.today(), ...touchedMeta(ctx) })
    .where(eq(matches.id, row.id))
    .run();
  ctx.db
    .insert(matchEvents)
    .values({ ...newRecordMeta(ctx, newId()), matchId: row.id, at: ctx.now().toISOString(), fromStatus: row.status, toStatus: 'ritirato', interviewAt: null, note, operatorName: ctx.actor.name })
    .run();
  writeAudit(ctx, { entity: 'matches', entityId: row.id, action: 'merge', changes: [{ field: 'status', before: row.status, after: 'ritirato' }] });
}

/** Called inside the merge's transaction, after the absorbed profile is marked merged. */
export function moveMatchesOnMerge(
  ctx: WriteCtx,
  absorbedId: string,
  survivorId: string,
  labels: { absorbed: string; survivor: string },
): void {
  const survivorLive = new Map(liveOf(ctx, survivorId).map((m) => [m.needId, m]));
  for (const mine of liveOf(ctx, absorbedId)) {
    const theirs = survivorLive.get(mine.needId);
    if (!theirs) continue;
    const loser = ADVANCE[mine.status as MatchStatus] > ADVANCE[theirs.status as MatchStatus] ? theirs : mine;
    withdraw(ctx, loser, `Proposta doppia: la persona era registrata due volte (${labels.absorbed}); resta l’altra proposta.`);
  }
  moveInternships(ctx, absorbedId, survivorId, labels);
  const moved = ctx.db.select({ id: matches.id }).from(matches).where(and(eq(matches.candidateId, absorbedId), isNull(matches.deletedAt))).all();
  if (moved.length === 0) return;
  ctx.db.update(matches).set({ candidateId: survivorId, ...followMergeMeta(ctx) }).where(and(eq(matches.candidateId, absorbedId), isNull(matches.deletedAt))).run();
  for (const m of moved) {
    writeAudit(ctx, { entity: 'matches', entityId: m.id, action: 'merge', changes: [{ field: 'candidato', before: labels.absorbed, after: labels.survivor }] });
  }
}

/** The absorbed profile's internship files follow too: checks and the candidate's status look at the survivor. */
function moveInternships(ctx: WriteCtx, absorbedId: string, survivorId: string, labels: { absorbed: string; survivor: string }): void {
  const files = ctx.db.select({ id: internships.id }).from(internships).where(and(eq(internships.candidateId, absorbedId), isNull(internships.deletedAt))).all();
  if (files.length === 0) return;
  ctx.db.update(internships).set({ candidateId: survivorId, ...followMergeMeta(ctx) }).where(and(eq(internships.candidateId, absorbedId), isNull(internships.deletedAt))).run();
  for (const f of files) {
    writeAudit(ctx, { entity: 'internships', entityId: f.id, action: 'merge', changes: [{ field: 'candidato', before: labels.absorbed, after: labels.survivor }] });
  }
}
