/**
 * The candidates' memory read back from its image (decision 0036) must be the memory it was: for
 * any people, edits and deletions before the image and after it, the rankings, the list's filters
 * and the skill suggestions answer the same for every person. The image goes through the real
 * bytes (image-codec.ts), so a part left out, a renumbered slot or a lost text shows here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRIVING_LICENCES, EDUCATION_LEVELS, SHIFTS, type CandidateListInput } from '@shared/api/candidates';
import { CANDIDATE_STATUSES, RESTRICTED_CATEGORY_VALUE, TARGET_CATEGORIES } from '@shared/domain/person';
import type { MatchWeights, NeedRequirements } from '@shared/rules/matching';
import { decodeImage, encodeImage } from '../../memory-image/image-codec';
import { memoryAnswers } from '../../../../tests/support/memory-answers';
import { CandidateMemory, memoryRecord, type RawCandidate } from './memory';

const COMUNI = ['Torino', 'torino', 'Asti', 'Cuneo', 'Città di Castello', 'Citta di Castello'];
const PROVINCES = ['TO', 'AT', 'CN'];
const SKILLS = ['Cucina', 'cucina', 'Baby sitting', 'Pulizie', 'Segreteria', 'Magazzino', 'Informatica di base'];
const DATES = ['1960-05-01', '1999-12-31', '2004-02-29', '2026-03-01', '2027-12-31'];
// A birth date typed before the field was checked: the list's date filters then go to SQL.
const BIRTH_DATES = [...DATES, '31/12/1990'];
const OPERATORS = ['op-1', 'op-2', null];
const IDS = Array.from({ length: 24 }, (_, i) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`);

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const list = (values: readonly string[]) => fc.array(fc.constantFrom(...values), { maxLength: 4 }).map((v) => JSON.stringify(v));

const row = (id: string): fc.Arbitrary<RawCandidate> =>
  fc.record({
    id: fc.constant(id),
    name_sort: fc.constantFrom('rossi mario', 'bianchi anna', 'verdi luca'),
    status: fc.constantFrom(...CANDIDATE_STATUSES),
    res_comune: nullable(fc.constantFrom(...COMUNI)),
    res_province: nullable(fc.constantFrom(...PROVINCES)),
    domicile_same: fc.constantFrom(0, 1),
    dom_comune: nullable(fc.constantFrom(...COMUNI)),
    dom_province: nullable(fc.constantFrom(...PROVINCES)),
    hours_per_week: nullable(fc.integer({ min: 0, max: 48 })),
    skills: list(SKILLS),
    shifts: list(SHIFTS),
    driving_licences: list(DRIVING_LICENCES),
    own_vehicle: fc.constantFrom(0, 1),
    education_rank: nullable(fc.integer({ min: 0, max: EDUCATION_LEVELS.length - 1 })),
    target_category: nullable(fc.constantFrom(...TARGET_CATEGORIES, RESTRICTED_CATEGORY_VALUE)),
    available_from: nullable(fc.constantFrom(...DATES)),
    search_rowid: nullable(fc.integer({ min: 1, max: 3000 })),
    res_comune_sort: nullable(fc.constantFrom('torino', 'asti', 'cuneo')),
    operator_id: fc.constantFrom(...OPERATORS),
    site_id: fc.constantFrom('site-a', 'site-b'),
    birth_date: nullable(fc.constantFrom(...BIRTH_DATES)),
  });

type Op = { set: RawCandidate } | { delete: string };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...IDS).chain((id) => row(id)).map((set) => ({ set })) },
  { weight: 1, arbitrary: fc.constantFrom(...IDS).map((id) => ({ delete: id })) },
);

// A search rowid belongs to one person: the same rowid given to two would be two people in one FTS row.
function apply(memory: CandidateMemory, ops: readonly Op[], rowids: Map<number, string>): void {
  for (const o of ops) {
    if ('delete' in o) {
      memory.delete(o.delete);
      continue;
    }
    const r = { ...o.set };
    if (r.search_rowid !== null && rowids.get(r.search_rowid) !== undefined && rowids.get(r.search_rowid) !== r.id) r.search_rowid = null;
    if (r.search_rowid !== null) rowids.set(r.search_rowid, r.id);
    memory.set(r.id, memoryRecord(r));
  }
}

const need: fc.Arbitrary<NeedRequirements> = fc.record({
  skills: fc.array(fc.constantFrom(...SKILLS, 'Giardinaggio'), { maxLength: 3 }),
  comune: nullable(fc.constantFrom(...COMUNI, 'Biella')),
  province: nullable(fc.constantFrom(...PROVINCES, 'BI')),
  hoursPerWeek: nullable(fc.integer({ min: 1, max: 40 })),
  shifts: fc.array(fc.constantFrom(...SHIFTS), { maxLength: 2 }),
  licence: nullable(fc.constantFrom(...DRIVING_LICENCES)),
  vehicleNeeded: fc.boolean(),
  educationRank: nullable(fc.integer({ min: 0, max: 7 })),
  categories: fc.array(fc.constantFrom(...TARGET_CATEGORIES, RESTRICTED_CATEGORY_VALUE), { maxLength: 2 }),
  startDate: nullable(fc.constantFrom('2026-03-01', '2027-01-01')),
});
const weights: fc.Arbitrary<MatchWeights> = fc.record({
  skills: fc.integer({ min: 0, max: 40 }),
  place: fc.integer({ min: 0, max: 40 }),
  hours: fc.integer({ min: 0, max: 40 }),
  licence: fc.integer({ min: 0, max: 40 }),
  education: fc.integer({ min: 0, max: 40 }),
  category: fc.integer({ min: 0, max: 40 }),
  availability: fc.integer({ min: 0, max: 40 }),
});
const filters: fc.Arbitrary<CandidateListInput> = fc.record(
  {
    status: fc.constantFrom(...CANDIDATE_STATUSES),
    province: fc.constantFrom(...PROVINCES),
    comune: fc.constantFrom('Torino', 'Asti'),
    operatorId: fc.constantFrom('op-1', 'op-2'),
    site: fc.constantFrom('site-a', 'site-b'),
    educationMin: fc.constantFrom(...EDUCATION_LEVELS),
    ownVehicle: fc.boolean(),
    shift: fc.constantFrom(...SHIFTS),
    licence: fc.constantFrom(...DRIVING_LICENCES),
    availableBy: fc.constantFrom('2026-06-30', '2028-01-01'),
  },
  { requiredKeys: [] },
);

function throughImage(memory: CandidateMemory): CandidateMemory {
  const bytes = encodeImage({ format: 1, token: 't', seq: 0, schema: 's' }, memory.image());
  const decoded = decodeImage(bytes);
  if (!decoded) throw new Error('image not read back');
  return CandidateMemory.of(decoded.parts);
}

describe("the candidates' memory through its image", () => {
  it('answers every ranking, filter and suggestion as the memory it was taken from, before and after more edits', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(op, { maxLength: 15 }), need, weights, filters, (before, after, n, w, f) => {
        const answers = (memory: CandidateMemory) => memoryAnswers(memory, [n], w, [f]);
        const rowidsA = new Map<number, string>();
        const original = new CandidateMemory();
        apply(original, before, rowidsA);
        const restored = throughImage(original);
        expect(answers(restored)).toEqual(answers(original));
        const rowidsB = new Map(rowidsA);
        apply(original, after, rowidsA);
        apply(restored, after, rowidsB);
        expect(answers(restored)).toEqual(answers(original));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps nothing of a deleted person: their name and id are not in the bytes', () => {
    const memory = new CandidateMemory();
    const gone = IDS[3]!;
    fc.assert(
      fc.property(row(IDS[1]!), row(gone), (kept, deleted) => {
        memory.set(kept.id, memoryRecord(kept));
        memory.set(deleted.id, memoryRecord({ ...deleted, name_sort: 'cancellata persona' }));
        memory.delete(gone);
        const bytes = encodeImage({ format: 1, token: 't', seq: 0, schema: 's' }, memory.image());
        expect(bytes.includes('cancellata persona')).toBe(false);
        expect(bytes.includes(gone)).toBe(false);
        expect(bytes.includes(kept.id)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
