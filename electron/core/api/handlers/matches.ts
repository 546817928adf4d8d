import type { matchesMethods } from '@shared/api/matches';
import { matchesForCandidate, matchesForNeed, proposeCandidates, transitionMatch } from '../../services/matches/matches';
import { rankCandidatesForNeed, rankNeedsForCandidate } from '../../services/matches/rank';
import { readMatchWeights, writeMatchWeights } from '../../services/matches/weights';
import type { AreaHandlers } from '../types';

export const matchesHandlers: AreaHandlers<keyof typeof matchesMethods> = {
  // The hidden target categories count in the ranking only for those who may see them.
  'matches.rankCandidates': (input, { read, clearance }) => {
    const ctx = read();
    return rankCandidatesForNeed(ctx, input, readMatchWeights(ctx), clearance.special);
  },
  'matches.rankNeeds': (input, { read, clearance }) => {
    const ctx = read();
    return rankNeedsForCandidate(ctx, input, readMatchWeights(ctx), clearance.special);
  },
  'matches.forNeed': (input, { read }) => matchesForNeed(read(), input.needId),
  'matches.forCandidate': (input, { read }) => matchesForCandidate(read(), input.candidateId),
  'matches.propose': (input, { write }) => {
    const ctx = write();
    return proposeCandidates(ctx, input.needId, input.candidateIds, input.note, readMatchWeights(ctx));
  },
  'matches.transition': (input, { write }) =>
    transitionMatch(write(), input.id, input.hlc, { to: input.to, interviewAt: input.interviewAt, interviewPlace: input.interviewPlace, note: input.note }),
  'matches.weights': (_input, { read }) => readMatchWeights(read()),
  'matches.setWeights': (input, { write }) => writeMatchWeights(write(), input),
};
