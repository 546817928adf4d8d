/**
 * Ranking for the desk: every available candidate scored for a need (or every open need for a
 * candidate), best first, with the reasons spelled out only for the page on screen.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '@shared/api/errors';
import type { MatchStatus, MatchWeights, RankedCandidate, RankedNeed } from '@shared/api/matches';
import type { CandidateStatus } from '@shared/api/candidate-fields';
import type { NeedStatus } from '@shared/api/need-fields';
import { compareRanked, prepareNeed, type PreparedNeed } from '@shared/rules/matching';
import type { ReadCtx } from '../../context';
import { CandidateColumns, NOT_SCORED, scoreColumns } from '@shared/rules/matching-columns';
import { candidateColumns, candidateFacts, needFacts, openNeedFacts, requirementsSeen, type NeedFactsRow } from './facts';

interface Scored {
  score: number;
  nameKey: string;
  id: string;
  index: number;
}

/**
 * The best `count` of `scored`, in ranking order. Scores are 0–100, so a histogram finds the
 * lowest score that still reaches the page and only those people are sorted, not all of them.
 */
export function topRanked(scored: Scored[], count: number): Scored[] {
  const histogram = new Int32Array(101);
  for (const s of scored) histogram[s.score]!++;
  const threshold = thresholdFor(histogram, count);
  return scored
    .filter((s) => s.score >= threshold)
    .sort(compareRanked)
    .slice(0, count);
}

/** The lowest score that still reaches the first `count` places. */
function thresholdFor(histogram: Int32Array, count: number): number {
  let above = 0;
  for (let score = 100; score >= 0; score--) {
    above += histogram[score]!;
    if (above >= count) return score;
  }
  return 0;
}

/** The same over the columns' scores: only the slots at or above the threshold become objects. */
function topOfColumns(columns: CandidateColumns, scores: Uint8Array, count: number): Scored[] {
  const histogram = new Int32Array(101);
  for (let i = 0; i < scores.length; i++) if (scores[i] !== NOT_SCORED) histogram[scores[i]!]!++;
  const threshold = thresholdFor(histogram, count);
  const kept: Scored[] = [];
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    if (score !== NOT_SCORED && score >= threshold) kept.push({ score, nameKey: columns.nameKeys[i]!, id: columns.ids[i]!, index: i });
  }
  return kept.sort(compareRanked).slice(0, count);
}

function pageOf<T>(ranked: T[], page: number, pageSize: number): T[] {
  return ranked.slice((page - 1) * pageSize, page * pageSize);
}

function proposalsFor(sqlite: BetterSqlite3.Database, column: 'need_id' | 'candidate_id', id: string): Map<string, { id: string; status: MatchStatus }> {
  const other = column === 'need_id' ? 'candidate_id' : 'need_id';
  // Oldest first, so a person proposed again after a refusal shows the newer proposal.
  const rows = sqlite.prepare(`SELECT id, ${other} AS other, status FROM matches WHERE ${column} = ? AND deleted_at IS NULL ORDER BY hlc`).all(id) as {
    id: string;
    other: string;
    status: MatchStatus;
  }[];
  return new Map(rows.map((r) => [r.other, { id: r.id, status: r.status }]));
}

export interface RankCandidatesInput {
  needId: string;
  includeUnavailable: boolean;
  page: number;
  pageSize: number;
}

export function rankCandidatesForNeed(
  ctx: ReadCtx,
  input: RankCandidatesInput,
  weights: MatchWeights,
  seesRestricted: boolean,
): { items: RankedCandidate[]; total: number; unavailable: number; page: number; pageSize: number } {
  const need = needFacts(ctx, input.needId);
  if (!need) throw new AppError('NOT_FOUND', 'Fabbisogno non trovato: potrebbe essere stato eliminato definitivamente.');
  const requirements = requirementsSeen(need, seesRestricted);
  const columns = candidateColumns(ctx);
  const { scores, scored } = scoreColumns(columns, requirements, weights, { includeUnavailable: input.includeUnavailable, seesRestricted });
  const top = pageOf(topOfColumns(columns, scores, input.page * input.pageSize), input.page, input.pageSize);
  // The reasons are written for the page only, by matching.ts itself, from the rows as they are now.
  const prepared = prepareNeed(requirements, weights);
  const proposals = proposalsFor(ctx.sqlite, 'need_id', input.needId);
  const people = displayNames(ctx.sqlite, top.map((t) => t.id));
  const items = top.flatMap((t): RankedCandidate[] => {
    const facts = candidateFacts(ctx, t.id, seesRestricted);
    if (!facts) return [];
    const result = prepared.explain(facts);
    return [
      {
        candidateId: t.id,
        name: people.get(t.id)?.name ?? t.nameKey,
        sex: people.get(t.id)?.sex ?? null,
        comune: facts.comune,
        province: facts.province,
        status: facts.status as CandidateStatus,
        available: facts.status === 'attivo',
        score: result.score,
        reasons: result.reasons,
        match: proposals.get(t.id) ?? null,
      },
    ];
  });
  return {
    items,
    total: scored,
    // The live people the columns hold, less those scored: no count over the table (~6 ms on piemonte10).
    unavailable: input.includeUnavailable ? 0 : columns.size - scored,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** Name and sex of the people on the page: the sex agrees the words said of them (proposto/proposta). */
function displayNames(sqlite: BetterSqlite3.Database, ids: string[]): Map<string, { name: string; sex: 'M' | 'F' | null }> {
  if (ids.length === 0) return new Map();
  const rows = sqlite
    .prepare(`SELECT id, last_name || ' ' || first_name AS name, sex FROM candidates WHERE id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as { id: string; name: string; sex: string | null }[];
  return new Map(rows.map((r) => [r.id, { name: r.name, sex: r.sex === 'M' || r.sex === 'F' ? r.sex : null }]));
}

/**
 * A cached need prepared for scoring, kept beside it until the need is reloaded or the weights
 * change: preparing 17,000 needs costs more than scoring one person against all of them.
 */
const preparedNeeds = new WeakMap<NeedFactsRow, { key: string; prepared: PreparedNeed }>();
/** `key` says the weights and the clearance; made once per call, so the 17,000 memos share one string. */
function preparedFor(need: NeedFactsRow, weights: MatchWeights, key: string, seesRestricted: boolean): PreparedNeed {
  const memo = preparedNeeds.get(need);
  if (memo && memo.key === key) return memo.prepared;
  const prepared = prepareNeed(requirementsSeen(need, seesRestricted), weights);
  preparedNeeds.set(need, { key, prepared });
  return prepared;
}

export function rankNeedsForCandidate(
  ctx: ReadCtx,
  input: { candidateId: string; page: number; pageSize: number },
  weights: MatchWeights,
  seesRestricted: boolean,
): { items: RankedNeed[]; total: number; page: number; pageSize: number } {
  const candidate = candidateFacts(ctx, input.candidateId, seesRestricted);
  if (!candidate) throw new AppError('NOT_FOUND', 'Candidato non trovato: potrebbe essere stato eliminato definitivamente.');
  const needs = openNeedFacts(ctx);
  const key = `${seesRestricted ? 'all' : 'folded'}:${JSON.stringify(weights)}`;
  const prepared = needs.map((n) => preparedFor(n, weights, key, seesRestricted));
  const scored: Scored[] = needs.map((n, index) => ({ score: prepared[index]!.score(candidate), nameKey: n.titleKey, id: n.id, index }));
  const top = pageOf(topRanked(scored, input.page * input.pageSize), input.page, input.pageSize);
  const proposals = proposalsFor(ctx.sqlite, 'candidate_id', input.candidateId);
  const items = top.map((t): RankedNeed => {
    const need = needs[t.index]!;
    const result = prepared[t.index]!.explain(candidate);
    return {
      needId: need.id,
      title: need.title,
      associationName: need.associationName,
      comune: need.comune,
      province: need.province,
      status: need.status as NeedStatus,
      score: result.score,
      reasons: result.reasons,
      match: proposals.get(need.id) ?? null,
    };
  });
  return { items, total: needs.length, page: input.page, pageSize: input.pageSize };
}
