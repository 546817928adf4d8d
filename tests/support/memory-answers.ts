/**
 * What a user of the candidates' memory can see of it, keyed by person rather than by slot: the
 * scores of every ranking, who passes each list filter (by slot and by search rowid) and the skill
 * suggestions. Two memories that answer the same here serve the app the same.
 */
import { candidateListInput, type CandidateListInput } from '@shared/api/candidates';
import type { MatchWeights, NeedRequirements } from '@shared/rules/matching';
import { NOT_SCORED, scoreColumns } from '@shared/rules/matching-columns';
import type { CandidateMemory } from '../../electron/core/services/candidates/memory';

const AGES = [
  { bornOnOrBefore: '1996-12-07', bornAfter: null },
  { bornOnOrBefore: null, bornAfter: null },
];
const PREFIXES = ['c', 'in', 'ba', 'p', 'a'];

/** `rowidsUpTo`: the search rowids to try (above the highest one any person has). */
export function memoryAnswers(
  memory: CandidateMemory,
  needs: readonly NeedRequirements[],
  weights: MatchWeights,
  filters: readonly CandidateListInput[],
  rowidsUpTo = 3001,
) {
  const { columns } = memory;
  const scores: Record<string, number> = {};
  needs.forEach((need, n) => {
    for (const seesRestricted of [true, false]) {
      const { scores: s } = scoreColumns(columns, need, weights, { includeUnavailable: true, seesRestricted });
      for (let slot = 0; slot < columns.count; slot++) if (s[slot] !== NOT_SCORED) scores[`${n}/${columns.ids[slot]}/${seesRestricted}`] = s[slot]!;
    }
  });
  const passing = filters.flatMap((f) =>
    AGES.map((ages) => {
      const input = candidateListInput.parse(f);
      const test = memory.filters.slotTest(input, ages);
      const byRowid = memory.filters.rowidTest(input, ages);
      return {
        slots: test ? memory.idsOf(memory.filters.passing(test)).sort() : 'sql',
        rowids: byRowid ? Array.from({ length: rowidsUpTo }, (_, r) => r).filter((r) => byRowid(r)) : 'sql',
      };
    }),
  );
  const suggestions = PREFIXES.map((q) => memory.vocabulary.suggestions(q, 10));
  return { size: columns.size, scores, passing, suggestions };
}
