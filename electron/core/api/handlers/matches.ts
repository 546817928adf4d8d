import type { matchesMethods } from '../../../../shared/api/matches';
import { matchesForCandidate, matchesForNeed, proposeCandidates, transitionMatch } from '../../services/matches/matches';
import { rankCandidatesForNeed, rankNeedsForCandidate } from '../../services/matches/rank';
import { readMatchWeights, writeMatchWeights } from '../../services/matches/weights';
import type { AreaHandlers } from '../types';

export const matchesHandlers: AreaHandlers<keyof typeof matchesMethods> = {
  // The hidden target categories count in the ranking only for those who may see them.
  'matches.rankCandidates': (input, { state, clearance }) =>
    rankCandidatesForNeed(state.database.sqlite, input, readMatchWeights(state.database.db), clearance.special),
  'matches.rankNeeds': (input, { state, clearance }) =>
    rankNeedsForCandidate(state.database.sqlite, input, readMatchWeights(state.database.db), clearance.special),
  'matches.forNeed': (input, { state }) => matchesForNeed(state.database.db, input.needId),
  'matches.forCandidate': (input, { state }) => matchesForCandidate(state.database.db, input.candidateId),
  'matches.propose': (input, { service, state }) =>
    proposeCandidates(service(), input.needId, input.candidateIds, input.note, readMatchWeights(state.database.db)),
  'matches.transition': (input, { service }) =>
    transitionMatch(service(), input.id, input.hlc, { to: input.to, interviewAt: input.interviewAt, interviewPlace: input.interviewPlace, note: input.note }),
  'matches.weights': (_input, { state }) => readMatchWeights(state.database.db),
  'matches.setWeights': (input, { service }) => writeMatchWeights(service(), input),
};
