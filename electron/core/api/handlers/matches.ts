import type { matchesMethods } from '../../../../shared/api/matches';
import { roleCan } from '../../../../shared/api/permissions';
import { matchesForCandidate, matchesForNeed, proposeCandidates, transitionMatch } from '../../services/matches/matches';
import { rankCandidatesForNeed, rankNeedsForCandidate } from '../../services/matches/rank';
import { readMatchWeights, writeMatchWeights } from '../../services/matches/weights';
import type { AreaHandlers, HandlerContext } from '../types';

/** Whether the caller may see the hidden target categories (they then count in the ranking). */
function seesRestricted(operator: HandlerContext['operator']): boolean {
  return operator !== null && roleCan(operator.role, 'candidates.special');
}

export const matchesHandlers: AreaHandlers<keyof typeof matchesMethods> = {
  'matches.rankCandidates': (input, { state, operator }) =>
    rankCandidatesForNeed(state.database.sqlite, input, readMatchWeights(state.database.db), seesRestricted(operator)),
  'matches.rankNeeds': (input, { state, operator }) =>
    rankNeedsForCandidate(state.database.sqlite, input, readMatchWeights(state.database.db), seesRestricted(operator)),
  'matches.forNeed': (input, { state }) => matchesForNeed(state.database.db, input.needId),
  'matches.forCandidate': (input, { state }) => matchesForCandidate(state.database.db, input.candidateId),
  'matches.propose': (input, { service, state }) =>
    proposeCandidates(service(), input.needId, input.candidateIds, input.note, readMatchWeights(state.database.db)),
  'matches.transition': (input, { service }) =>
    transitionMatch(service(), input.id, input.hlc, { to: input.to, interviewAt: input.interviewAt, interviewPlace: input.interviewPlace, note: input.note }),
  'matches.weights': (_input, { state }) => readMatchWeights(state.database.db),
  'matches.setWeights': (input, { service }) => writeMatchWeights(service(), input),
};
