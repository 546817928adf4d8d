import { describe, expect, it } from 'vitest';
import { MATCH_STATUSES, matchTransitionProblem, nextMatchStatuses, type MatchStatus } from './match-lifecycle';

const NOW = '2026-11-24T11:00';
const SCHEDULED = { interviewAt: '2026-11-30T10:00', now: NOW };
const NO_DATE = { interviewAt: null, now: NOW };

describe('match lifecycle', () => {
  it.each<[MatchStatus, MatchStatus]>([
    ['proposto', 'colloquio_fissato'],
    ['proposto', 'accettato'],
    ['proposto', 'ritirato'],
    ['colloquio_fissato', 'colloquio_fissato'],
    ['colloquio_fissato', 'accettato'],
    ['colloquio_fissato', 'rifiutato_ente'],
    ['colloquio_fissato', 'rifiutato_candidato'],
    ['accettato', 'ritirato'],
    ['accettato', 'rifiutato_candidato'],
  ])('%s → %s is allowed', (from, to) => {
    expect(matchTransitionProblem(from, to, SCHEDULED)).toBeNull();
  });

  it.each<[MatchStatus, MatchStatus, string]>([
    ['accettato', 'rifiutato_ente', 'Da «Accettato» si può passare solo a «Rifiutato dal candidato», «Ritirato».'],
    ['rifiutato_ente', 'proposto', 'Una proposta «Rifiutato dall’ente» non cambia più stato.'],
    ['proposto', 'proposto', 'La proposta è già «Proposto».'],
  ])('%s → %s is refused', (from, to, message) => {
    expect(matchTransitionProblem(from, to, SCHEDULED)).toBe(message);
  });

  it('an interview needs a date and time, not in the past (earlier today counts as past)', () => {
    expect(matchTransitionProblem('proposto', 'colloquio_fissato', NO_DATE)).toBe('Indica la data e l’ora del colloquio.');
    expect(matchTransitionProblem('proposto', 'colloquio_fissato', { interviewAt: '2026-11-23T09:00', now: NOW })).toContain('nel passato');
    expect(matchTransitionProblem('proposto', 'colloquio_fissato', { interviewAt: '2026-11-24T09:00', now: NOW })).toContain('nel passato');
    expect(matchTransitionProblem('proposto', 'colloquio_fissato', { interviewAt: '2026-11-24T18:00', now: NOW })).toBeNull();
  });

  it('refusals and withdrawals are final; nothing leads back to "proposto"', () => {
    for (const s of MATCH_STATUSES) expect(nextMatchStatuses(s)).not.toContain('proposto');
    for (const s of ['rifiutato_ente', 'rifiutato_candidato', 'ritirato'] as const) expect(nextMatchStatuses(s)).toEqual([]);
  });
});
