import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRestrictedCategory, RESTRICTED_CATEGORY_VALUE, TARGET_CATEGORIES } from '../domain/person';
import { foldedRequirements, prepareNeed, type CandidateFacts, type MatchWeights, type NeedRequirements } from './matching';
import { CandidateColumns, NOT_SCORED, scoreColumns } from './matching-columns';

// Small pools, so that people and needs meet often: the same comune written three ways, licences that include others.
const COMUNI = ['Torino', 'torino', 'TORINO', 'Asti', 'Cuneo', 'Alba', 'Città di Castello', 'Citta di Castello'];
const PROVINCES = ['TO', 'AT', 'CN', ''];
const SKILLS = ['Cucina', 'cucina', 'Baby sitting', 'Pulizie', 'Segreteria', 'Magazzino', 'Informatica di base'];
const SHIFTS = ['mattina', 'pomeriggio', 'sera', 'weekend', 'notte'];
const LICENCES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C', 'CE', 'D', 'DE', 'CQC'];
const CATEGORIES = [...TARGET_CATEGORIES, RESTRICTED_CATEGORY_VALUE];
const DATES = ['2026-01-15', '2026-03-01', '2026-03-02', '2027-12-31'];

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const person: fc.Arbitrary<CandidateFacts & { available: boolean }> = fc.record({
  id: fc.uuid(),
  name: fc.constantFrom('rossi mario', 'bianchi anna', 'verdi luca'),
  skills: fc.array(fc.constantFrom(...SKILLS), { maxLength: 5 }),
  comune: nullable(fc.constantFrom(...COMUNI)),
  province: nullable(fc.constantFrom(...PROVINCES)),
  hoursPerWeek: nullable(fc.integer({ min: 0, max: 48 })),
  shifts: fc.array(fc.constantFrom(...SHIFTS), { maxLength: 4 }),
  licences: fc.array(fc.constantFrom(...LICENCES), { maxLength: 3 }),
  ownVehicle: fc.boolean(),
  educationRank: nullable(fc.integer({ min: 0, max: 7 })),
  targetCategory: nullable(fc.constantFrom(...TARGET_CATEGORIES)),
  availableFrom: nullable(fc.constantFrom(...DATES)),
  available: fc.boolean(),
});
const need: fc.Arbitrary<NeedRequirements> = fc.record({
  skills: fc.array(fc.constantFrom(...SKILLS, 'Giardinaggio'), { maxLength: 4 }),
  comune: nullable(fc.constantFrom(...COMUNI, 'Biella', '')),
  province: nullable(fc.constantFrom(...PROVINCES, 'BI')),
  hoursPerWeek: nullable(fc.integer({ min: 1, max: 40 })),
  shifts: fc.array(fc.constantFrom(...SHIFTS), { maxLength: 3 }),
  licence: nullable(fc.constantFrom(...LICENCES, '')),
  vehicleNeeded: fc.boolean(),
  educationRank: nullable(fc.integer({ min: 0, max: 7 })),
  categories: fc.array(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
  startDate: nullable(fc.constantFrom(...DATES, '')),
});
const weight = fc.integer({ min: -5, max: 60 });
const weights: fc.Arbitrary<MatchWeights> = fc.record({
  skills: weight,
  place: weight,
  hours: weight,
  licence: weight,
  education: weight,
  category: weight,
  availability: weight,
});

function columnsOf(people: readonly (CandidateFacts & { available: boolean })[]): CandidateColumns {
  const columns = new CandidateColumns();
  for (const p of people) columns.set(p.id, { id: p.id, nameKey: p.name, available: p.available, facts: p });
  return columns;
}

/** What a role without the clearance weighs of a person: a protected category folded. */
function folded(p: CandidateFacts): CandidateFacts {
  return isRestrictedCategory(p.targetCategory) ? { ...p, targetCategory: RESTRICTED_CATEGORY_VALUE } : p;
}

describe('scoreColumns', () => {
  it('gives every person the score matching.ts gives, for any need and weights, with and without the clearance', () => {
    fc.assert(
      fc.property(fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 40 }), need, weights, fc.boolean(), (people, n, w, includeUnavailable) => {
        const columns = columnsOf(people);
        const full = scoreColumns(columns, n, w, { includeUnavailable, seesRestricted: true });
        const blind = scoreColumns(columns, foldedRequirements(n), w, { includeUnavailable, seesRestricted: false });
        const reference = prepareNeed(n, w);
        const foldedReference = prepareNeed(foldedRequirements(n), w);
        people.forEach((p, slot) => {
          const left = !includeUnavailable && !p.available;
          expect(full.scores[slot]).toBe(left ? NOT_SCORED : reference.score(p));
          expect(blind.scores[slot]).toBe(left ? NOT_SCORED : foldedReference.score(folded(p)));
        });
        expect(full.scored).toBe(people.filter((p) => includeUnavailable || p.available).length);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps up with edits: a person written over, removed or added scores as if the columns were built anew', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(person, { selector: (p) => p.id, minLength: 3, maxLength: 20 }),
        fc.array(person, { maxLength: 10 }),
        need,
        weights,
        (people, changes, n, w) => {
          const columns = columnsOf(people);
          const now = new Map(people.map((p) => [p.id, p]));
          // Rewrite the first people with other facts, drop one, add new ones.
          changes.forEach((c, i) => {
            const id = i % 2 === 0 && people[i] ? people[i].id : c.id;
            const record = { ...c, id };
            columns.set(id, { id, nameKey: c.name, available: c.available, facts: record });
            now.set(id, record);
          });
          columns.delete(people[people.length - 1]!.id);
          now.delete(people[people.length - 1]!.id);
          const { scores } = scoreColumns(columns, n, w, { includeUnavailable: true, seesRestricted: true });
          const reference = prepareNeed(n, w);
          const got = new Map<string, number>();
          for (let slot = 0; slot < columns.count; slot++) if (scores[slot] !== NOT_SCORED) got.set(columns.ids[slot]!, scores[slot]!);
          expect(got).toEqual(new Map([...now.values()].map((p) => [p.id, reference.score(p)])));
          expect(columns.size).toBe(now.size);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('grows past its first capacity', () => {
    const many = fc.sample(person, 3_000).map((p, i) => ({ ...p, id: `p${i}` }));
    const columns = columnsOf(many);
    const n: NeedRequirements = { skills: ['cucina'], comune: 'Torino', province: 'TO', hoursPerWeek: 20, shifts: ['sera'], licence: 'B', vehicleNeeded: true, educationRank: 3, categories: ['neet'], startDate: '2026-03-01' };
    const { scores } = scoreColumns(columns, n, { skills: 35, place: 20, hours: 15, licence: 10, education: 10, category: 5, availability: 5 }, { includeUnavailable: true, seesRestricted: true });
    const reference = prepareNeed(n);
    many.forEach((p, slot) => expect(scores[slot]).toBe(reference.score(p)));
  });
});
