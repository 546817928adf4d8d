import { describe, expect, it } from 'vitest';
import { MATCH_STATUSES, matchTransitionProblem, nextMatchStatuses, type MatchStatus } from './match-lifecycle';

const TODAY = '2026-11-24';
const SCHEDULED = { interviewAt: '2026-11-30T10:00', today: TODAY };
const NO_DATE = { interviewAt: null, today: TODAY };

describe('match lifecycle', () => {
  it.each<[MatchStatus, MatchStatus]>([
    ['proposto', 'colloquio_fissato'],
    ['proposto', 'accettato'],
    ['proposto', 'ritirato'],
    ['colloquio_fissato', 'colloquio_fissato'],
    ['colloquio_fissato', 'accettato'],
    ['colloquio_fissato', 'rifiutato_ente'],
    ['colloquio_fissato', 'rifiutato_candidato'],
  ])('%s → %s is allowed', (from, to) => {
    expect(matchTransitionProblem(from, to, SCHEDULED)).toBeNull();
  });

  it.each<[MatchStatus, MatchStatus, string]>([
    ['accettato', 'ritirato', 'Una proposta «Accettato» non cambia più stato.'],
    ['rifiutato_ente', 'proposto', 'Una proposta «Rifiutato dall’ente» non cambia più stato.'],
    ['proposto', 'proposto', 'La proposta è già «Proposto».'],
  ])('%s → %s is refused', (from, to, message) => {
    expect(matchTransitionProblem(from, to, SCHEDULED)).toBe(message);
  });

  it('an interview needs a date and time, not in the past', () => {
    expect(matchTransitionProblem('proposto', 'colloquio_fissato', NO_DATE)).toBe('Indica la data e l’ora del colloquio.');
    expect(matchTransitionProblem('proposto', 'colloquio_fissato', { interviewAt: '2026-11-23T09:00', today: TODAY })).toContain('data passata');
    expect(matchTransitionProblem('proposto', 'colloquio_fissato', { interviewAt: '2026-11-24T18:00', today: TODAY })).toBeNull();
  });

  it('final statuses have no next move and nothing leads back to "proposto"', () => {
    for (const s of MATCH_STATUSES) expect(nextMatchStatuses(s)).not.toContain('proposto');
    for (const s of ['accettato', 'rifiutato_ente', 'rifiutato_candidato', 'ritirato'] as const) expect(nextMatchStatuses(s)).toEqual([]);
  });
});
