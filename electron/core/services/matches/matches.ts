/** Proposals (abbinamenti): propose people for a need and follow each proposal to its outcome. */
import { assertSameVersion } from '../stale-version';
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { CandidateStatus } from '@shared/api/candidate-fields';
import { AppError } from '@shared/api/errors';
import { type Match, type MatchStatus, type MatchWeights } from '@shared/api/matches';
import { LIVE_MATCH_STATUSES, OPEN_MATCH_STATUSES, matchTransitionProblem } from '@shared/rules/match-lifecycle';
import { scoreCandidate } from '@shared/rules/matching';
import { NEED_STATUS_LABELS, PROPOSABLE_NEED_STATUSES, type NeedStatus } from '@shared/rules/need-lifecycle';
import { agree } from '@shared/text/agreement';
import { candidateStatusOf, matchStatusOf } from '@shared/text/person-labels';
import { formatItalianDate, italianDateTime } from '@shared/validation/italian-time';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import type { Db } from '../../db/connection';
import { associations, candidates, internships, matchEvents, matches, needs } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { requireCandidate } from '../candidates/record';
import { moveNeedStatus, requireNeed } from '../needs/needs';
import { matchCounts } from './counts';
import { candidateFacts, needFacts, requirementsSeen } from './facts';
import { readMatchWeights } from './weights';
import { plural } from '@shared/text/plural';
import { preparedInsert, preparedPerConnection } from '../../db/prepared';

type MatchRecord = typeof matches.$inferSelect;

/** Needs that can still receive proposals. */
const FINAL: readonly MatchStatus[] = ['accettato', 'rifiutato_ente', 'rifiutato_candidato', 'ritirato'];


const insertMatch = preparedInsert(matches);
const insertMatchEvent = preparedInsert(matchEvents);
const matchById = preparedPerConnection((db) => db.select().from(matches).where(eq(matches.id, sql.placeholder('id'))).prepare());
const liveMatchOf = preparedPerConnection((db) =>
  db
    .select()
    .from(matches)
    .where(
      and(
        eq(matches.needId, sql.placeholder('needId')),
        eq(matches.candidateId, sql.placeholder('candidateId')),
        isNull(matches.deletedAt),
        inArray(matches.status, [...LIVE_MATCH_STATUSES]),
      ),
    )
    .prepare(),
);

function addEvent(ctx: WriteCtx, matchId: string, from: MatchStatus | null, to: MatchStatus, interviewAt: string | null, note: string | null) {
  insertMatchEvent(ctx.db, { ...newRecordMeta(ctx, newId()), matchId, at: ctx.now().toISOString(), fromStatus: from, toStatus: to, interviewAt, note, operatorName: ctx.actor.name });
}

/**
 * Proposes people for a need, all or none. The score and reasons are those the desk saw, kept
 * with the proposal; hidden categories are masked in them, since every operator reads them later.
 */
export function proposeCandidates(ctx: WriteCtx, needId: string, candidateIds: string[], note: string | null, weights: MatchWeights): Match[] {
  return ctx.db.transaction(() => {
    const need = requireNeed(ctx, needId);
    if (need.deletedAt) throw new AppError('CONFLICT', 'Il fabbisogno è stato eliminato: ripristinalo prima di proporre candidati.');
    if (!PROPOSABLE_NEED_STATUSES.includes(need.status as NeedStatus)) {
      throw new AppError('CONFLICT', `Il fabbisogno è chiuso: si propongono candidati solo a fabbisogni nuovi, in analisi o con candidati già proposti.`);
    }
    // Folded as the candidates' facts are: every operator reads the kept reasons later (decision 0026).
    const requirements = requirementsSeen(needFacts(ctx, needId)!, false);
    const today = ctx.today();
    const ids = [...new Set(candidateIds)];
    for (const candidateId of ids) {
      const person = requireCandidate(ctx, candidateId);
      const name = `${person.lastName} ${person.firstName}`;
      if (person.deletedAt) throw new AppError('CONFLICT', `${name}: il profilo è stato eliminato o unito a un altro.`);
      if (person.status !== 'attivo') {
        const label = candidateStatusOf(person.status as CandidateStatus, person.sex);
        throw new AppError('CONFLICT', `${name} non è disponibile (stato «${label}»): aggiorna il suo profilo prima di ${agree(person.sex, 'proporlo/a')}.`);
      }
      const earlier = liveMatch(ctx.db, needId, candidateId);
      if (earlier) {
        throw new AppError(
          'CONFLICT',
          `${name} ${agree(person.sex, 'è già stato/a proposto/a')} per questo fabbisogno il ${formatItalianDate(earlier.proposedOn)} (${matchStatusOf(earlier.status as MatchStatus, person.sex)}).`,
        );
      }
      const result = scoreCandidate(requirements, candidateFacts(ctx, candidateId, false)!, weights);
      const id = newId();
      const row = { needId, candidateId, status: 'proposto' as const, score: result.score, reasons: result.reasons, proposedOn: today, notes: note, operatorName: ctx.actor.name };
      insertMatch(ctx.db, { ...newRecordMeta(ctx, id), ...row, interviewAt: null, interviewPlace: null, decidedOn: null });
      addEvent(ctx, id, null, 'proposto', null, note);
      writeAudit(ctx, { entity: 'matches', entityId: id, action: 'create', changes: diffFields(null, { ...row, reasons: result.reasons.map((r) => r.text).join(' · ') }) });
    }
    if (need.status !== 'candidati_proposti') {
      moveNeedStatus(ctx, need, 'candidati_proposti', plural(ids.length, 'Proposto un candidato', 'Proposti # candidati'));
    }
    const created = new Set(ids);
    return matchesForNeed(ctx, needId).filter((m) => created.has(m.candidateId));
  });
}

/**
 * The accepted proposal behind a file opened from scratch for a need: the person's live proposal
 * accepted (or proposed and accepted now, each step on its timeline with `note`), under the same
 * guards as at the desk (open need, available person, a place left). Returns its id.
 */
export function acceptForFile(ctx: WriteCtx, needId: string, candidateId: string, note: string): string {
  const live = liveMatch(ctx.db, needId, candidateId);
  if (live?.status === 'accettato') return live.id;
  const proposal: { id: string; hlc: string } = live ?? proposeCandidates(ctx, needId, [candidateId], note, readMatchWeights(ctx))[0]!;
  return transitionMatch(ctx, proposal.id, proposal.hlc, { to: 'accettato', interviewAt: null, interviewPlace: null, note }).id;
}

/** The proposal of this person for this need that is still in play or accepted, if any. */
function liveMatch(db: Db, needId: string, candidateId: string): MatchRecord | null {
  return liveMatchOf(db).get({ needId, candidateId }) ?? null;
}

function requireMatch(db: Db, id: string): MatchRecord {
  const row = matchById(db).get({ id });
  if (!row) throw new AppError('NOT_FOUND', 'Proposta non trovata.');
  return row;
}

export interface MatchTransition {
  to: MatchStatus;
  interviewAt: string | null;
  interviewPlace: string | null;
  note: string | null;
  /** Why a covered need reopens when this was its last accepted person (default: they will not start). */
  reopenReason?: string;
}

/**
 * Moves a proposal on (interview, accepted, refused, withdrawn): dated, on its timeline, audited.
 * Going forward (an interview, a yes) needs an open need and an available person; closing a
 * proposal is always possible. When the last accepted person of a covered need drops out, the need
 * reopens into analysis in the same step: the association still needs someone.
 */
export function transitionMatch(ctx: WriteCtx, id: string, expectedHlc: string, move: MatchTransition): Match {
  return ctx.db.transaction(() => {
    const row = requireMatch(ctx.db, id);
    assertSameVersion(row.hlc, expectedHlc, 'questa proposta', 'page');
    const need = requireNeed(ctx, row.needId);
    // Closing a proposal (withdrawn, refused) is always possible, even on a deleted need: an interrupted file must be recorded.
    if (need.deletedAt && (move.to === 'colloquio_fissato' || move.to === 'accettato')) {
      throw new AppError('CONFLICT', 'Il fabbisogno è stato eliminato: ripristinalo prima di aggiornare le proposte.');
    }
    const from = row.status as MatchStatus;
    const problem = matchTransitionProblem(from, move.to, { interviewAt: move.interviewAt, now: italianDateTime(ctx.now()) });
    if (problem) throw new AppError('CONFLICT', problem, [{ path: move.to === 'colloquio_fissato' ? 'interviewAt' : 'to', message: problem }]);
    if (move.to === 'colloquio_fissato' || move.to === 'accettato') assertCanGoForward(ctx, need, row.candidateId, move.to, row.id);
    const today = ctx.today();
    const patch = {
      status: move.to,
      interviewAt: move.to === 'colloquio_fissato' ? move.interviewAt : row.interviewAt,
      interviewPlace: move.to === 'colloquio_fissato' ? move.interviewPlace : row.interviewPlace,
      decidedOn: FINAL.includes(move.to) ? today : null,
    };
    ctx.db.update(matches).set({ ...patch, ...touchedMeta(ctx) }).where(eq(matches.id, id)).run();
    addEvent(ctx, id, from, move.to, patch.interviewAt === row.interviewAt ? null : patch.interviewAt, move.note);
    writeAudit(ctx, {
      entity: 'matches',
      entityId: id,
      action: 'update',
      changes: diffFields(
        { status: from, interviewAt: row.interviewAt, interviewPlace: row.interviewPlace, decidedOn: row.decidedOn, nota: null },
        { ...patch, nota: move.note },
      ),
    });
    if (from === 'accettato' && !need.deletedAt && need.status === 'coperto' && matchCounts(ctx, need.id).acceptedMatches === 0) {
      const person = requireCandidate(ctx, row.candidateId);
      moveNeedStatus(ctx, requireNeed(ctx, need.id), 'in_analisi', `Riaperto: ${move.reopenReason ?? `${person.lastName} ${person.firstName} non inizierà più`}`);
    }
    return matchesWhere(ctx.db, 'id', id)[0]!;
  });
}

/** An interview or a yes: only on a need still looking, for a person still available and not taken elsewhere. */
function assertCanGoForward(ctx: ReadCtx, need: typeof needs.$inferSelect, candidateId: string, to: MatchStatus, matchId: string): void {
  if (!PROPOSABLE_NEED_STATUSES.includes(need.status as NeedStatus)) {
    throw new AppError(
      'CONFLICT',
      `Il fabbisogno è «${NEED_STATUS_LABELS[need.status as NeedStatus]}»: le sue proposte si possono solo chiudere (ritirata o rifiutata). Per andare avanti riapri il fabbisogno.`,
    );
  }
  const person = requireCandidate(ctx, candidateId);
  const name = `${person.lastName} ${person.firstName}`;
  if (person.deletedAt) throw new AppError('CONFLICT', `Il profilo di ${name} è stato eliminato o unito a un altro: la proposta si può solo chiudere.`);
  if (person.status !== 'attivo') {
    const label = candidateStatusOf(person.status as CandidateStatus, person.sex);
    throw new AppError('CONFLICT', `${name} non è disponibile (stato «${label}»): aggiorna il suo profilo o chiudi la proposta.`);
  }
  if (to !== 'accettato') return;
  assertPlaceLeft(ctx.db, need);
  const elsewhere = ctx.db
    .select({ title: needs.title, association: associations.name })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .innerJoin(associations, eq(associations.id, needs.associationId))
    .where(and(eq(matches.candidateId, candidateId), eq(matches.status, 'accettato'), isNull(matches.deletedAt), ne(matches.id, matchId)))
    .get();
  if (elsewhere) {
    throw new AppError('CONFLICT', `${name} ${agree(person.sex, 'è già stato/a accettato/a')} per «${elsewhere.title}» (${elsewhere.association}): chiudi prima quella proposta.`);
  }
}

function assertPlaceLeft(db: Db, need: typeof needs.$inferSelect): void {
  const accepted = db
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.needId, need.id), eq(matches.status, 'accettato'), isNull(matches.deletedAt)))
    .all().length;
  if (accepted >= need.positions) {
    const places = plural(need.positions, 'l’unico posto è già coperto', 'tutti i # posti sono già coperti');
    throw new AppError('CONFLICT', `Per questo fabbisogno ${places}: aumenta i posti nel fabbisogno o ritira una proposta accettata.`);
  }
}

/** A proposal as the desk reads it, by its id, its need or its person: read after every write, so compiled once (issue 17). */
const matchRowsBy = (key: 'id' | 'needId' | 'candidateId') =>
  preparedPerConnection((db) =>
    db
      .select({
        match: matches,
        needTitle: needs.title,
        associationName: associations.name,
        firstName: candidates.firstName,
        lastName: candidates.lastName,
        sex: candidates.sex,
      })
      .from(matches)
      .innerJoin(needs, eq(needs.id, matches.needId))
      .innerJoin(associations, eq(associations.id, needs.associationId))
      .innerJoin(candidates, eq(candidates.id, matches.candidateId))
      .where(and(eq(matches[key], sql.placeholder('key')), isNull(matches.deletedAt)))
      .orderBy(asc(matches.proposedOn), asc(matches.hlc))
      .prepare(),
  );
const MATCH_ROWS = { id: matchRowsBy('id'), needId: matchRowsBy('needId'), candidateId: matchRowsBy('candidateId') };
const fileOfMatch = preparedPerConnection((db) =>
  db
    .select({ id: internships.id })
    .from(internships)
    .where(and(eq(internships.matchId, sql.placeholder('matchId')), isNull(internships.deletedAt)))
    .prepare(),
);
const eventsOfMatch = preparedPerConnection((db) =>
  db.select().from(matchEvents).where(eq(matchEvents.matchId, sql.placeholder('matchId'))).orderBy(asc(matchEvents.at), asc(matchEvents.hlc)).prepare(),
);

function matchesWhere(db: Db, key: keyof typeof MATCH_ROWS, value: string): Match[] {
  const rows = MATCH_ROWS[key](db).all({ key: value });
  return rows.map(({ match: m, ...r }) => ({
    id: m.id,
    hlc: m.hlc,
    needId: m.needId,
    needTitle: r.needTitle,
    associationName: r.associationName,
    candidateId: m.candidateId,
    candidateName: `${r.lastName} ${r.firstName}`,
    candidateSex: r.sex,
    status: m.status as MatchStatus,
    score: m.score,
    reasons: m.reasons as Match['reasons'],
    proposedOn: m.proposedOn,
    interviewAt: m.interviewAt,
    interviewPlace: m.interviewPlace,
    decidedOn: m.decidedOn,
    notes: m.notes,
    operatorName: m.operatorName,
    internshipId: fileOfMatch(db).get({ matchId: m.id })?.id ?? null,
    events: eventsOfMatch(db)
      .all({ matchId: m.id })
      .map((e) => ({ id: e.id, at: e.at, from: e.fromStatus as MatchStatus | null, to: e.toStatus as MatchStatus, interviewAt: e.interviewAt, note: e.note, operatorName: e.operatorName })),
  }));
}

/** Proposals for a need: open ones first (they need a next step), then by date. */
export function matchesForNeed(ctx: ReadCtx, needId: string): Match[] {
  return byOpenFirst(matchesWhere(ctx.db, 'needId', needId));
}

export function matchesForCandidate(ctx: ReadCtx, candidateId: string): Match[] {
  return byOpenFirst(matchesWhere(ctx.db, 'candidateId', candidateId));
}

function byOpenFirst(list: Match[]): Match[] {
  const open = (m: Match) => (OPEN_MATCH_STATUSES.includes(m.status) ? 0 : 1);
  return [...list].sort((a, b) => open(a) - open(b));
}
