/**
 * An operator must not be able to tell a protected target category from what the app shows
 * (decision 0026). The categories the law protects (disability, social-care, disadvantage under
 * L. 381/91, international protection) are shown to a role without `candidates.special` as one
 * «categoria tutelata», never which one: so four people who differ only in that category, and two
 * needs that differ only in which protected category they ask, must look exactly the same to an
 * operator everywhere: profile, list, ranking, the proposals kept, the checks of a file, the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTRICTED_CATEGORIES, type Candidate, type TargetCategory } from '@shared/api/candidates';
import type { ApiResult } from '@shared/api/errors';
import type { Internship } from '@shared/api/internships';
import { createHarness } from '../support/core-harness';
import { candidateInput, fullAssociationInput, internshipInput, needInput } from '../support/fixtures';

const h = createHarness({ now: () => new Date('2026-12-01T10:00:00Z') });
let operator: string;
let coordinator: string;
let hostId: string;
/** The same person four times over, in each protected category. */
let people: Candidate[];
/** The same need twice, asking a different protected category. */
let needs: { disabile: string; protezione: string };

const PROTECTED: TargetCategory[] = ['disabile', 'servizi', 'svantaggiato', 'protezione'];

beforeAll(async () => {
  await h.setup();
  operator = await h.sessionAs('operatore');
  coordinator = await h.sessionAs('coordinatore');
  hostId = (await h.ok('associations.create', fullAssociationInput({ name: 'ODV Tutte le categorie' }), coordinator)).id;
  people = [];
  for (const targetCategory of PROTECTED) {
    people.push(await h.ok('candidates.create', candidateInput({ targetCategory, specialLegalBasis: 'art9_2b', skills: ['Magazzino'] }), coordinator));
  }
  const need = (category: TargetCategory) =>
    h.ok('needs.create', needInput(hostId, { categories: [category, 'neet'], skills: ['Magazzino'], positions: 5 }), coordinator);
  needs = { disabile: (await need('disabile')).id, protezione: (await need('protezione')).id };
});
afterAll(() => h.dispose());

/** What differs between people by construction (identity, record keys), left out of the comparison. */
function withoutIdentity(value: unknown): unknown {
  const IDENTITY = new Set(['id', 'candidateId', 'needId', 'hlc', 'taxCode', 'birthDate', 'createdAt', 'updatedAt', 'at', 'name', 'hostTutorTaxCode', 'internshipId', 'nameKey']);
  if (Array.isArray(value)) return value.map(withoutIdentity);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !IDENTITY.has(k)).map(([k, v]) => [k, withoutIdentity(v)]));
}

function allSame(values: unknown[]): void {
  const first = JSON.stringify(withoutIdentity(values[0]));
  for (const v of values.slice(1)) expect(JSON.stringify(withoutIdentity(v))).toBe(first);
}

function refusal<T>(result: ApiResult<T>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('the protected categories look the same to an operator', () => {
  it('the fold covers the art. 9 categories and at least one that is not health or care data', () => {
    expect([...RESTRICTED_CATEGORIES].sort()).toEqual([...PROTECTED].sort());
  });

  it('a profile shows one «categoria tutelata» for each of them, and the coordinator sees which', async () => {
    const seen = await Promise.all(people.map((p) => h.ok('candidates.get', { id: p.id }, operator)));
    for (const s of seen) expect([s.targetCategory, s.targetCategoryHidden]).toEqual([null, true]);
    allSame(seen.map((s) => ({ category: s.targetCategory, hidden: s.targetCategoryHidden })));
    const coord = await Promise.all(people.map((p) => h.ok('candidates.get', { id: p.id }, coordinator)));
    expect(coord.map((c) => c.targetCategory)).toEqual(PROTECTED);
  });

  it('the list rows are the same', async () => {
    const list = await h.ok('candidates.list', { query: '', pageSize: 100 }, operator);
    const rows = people.map((p) => list.items.find((r) => r.id === p.id)!);
    allSame(rows.map((r) => ({ category: r.targetCategory, hidden: r.targetCategoryHidden })));
  });

  it('a need asking one protected category reads like a need asking another', async () => {
    const a = await h.ok('needs.get', { id: needs.disabile }, operator);
    const b = await h.ok('needs.get', { id: needs.protezione }, operator);
    expect(a.categories).toEqual(['neet']);
    expect(a.categoriesHidden).toBe(true);
    allSame([
      { categories: a.categories, hidden: a.categoriesHidden },
      { categories: b.categories, hidden: b.categoriesHidden },
    ]);
    // The coordinator sees what each asks.
    expect((await h.ok('needs.get', { id: needs.disabile }, coordinator)).categories).toEqual(['disabile', 'neet']);
  });

  it('the ranking scores and explains them alike, whichever protected category the need asks', async () => {
    for (const needId of Object.values(needs)) {
      const ranked = await h.ok('matches.rankCandidates', { needId, page: 1, pageSize: 100 }, operator);
      const mine = people.map((p) => ranked.items.find((r) => r.candidateId === p.id)!);
      allSame(mine.map((r) => ({ score: r.score, reasons: r.reasons })));
    }
    const onDisabile = await h.ok('matches.rankCandidates', { needId: needs.disabile, page: 1, pageSize: 100 }, operator);
    const onProtezione = await h.ok('matches.rankCandidates', { needId: needs.protezione, page: 1, pageSize: 100 }, operator);
    const pick = (r: typeof onDisabile) => r.items.find((i) => i.candidateId === people[0]!.id)!;
    allSame([pick(onDisabile).reasons, pick(onProtezione).reasons]);
    // A coordinator's ranking does tell them apart: the fold is a mask, not a loss of the rule.
    const coordRanked = await h.ok('matches.rankCandidates', { needId: needs.disabile, page: 1, pageSize: 100 }, coordinator);
    const scores = people.map((p) => coordRanked.items.find((r) => r.candidateId === p.id)!.score);
    expect(new Set(scores).size).toBeGreaterThan(1);
  });

  it('the proposals a coordinator made keep the same score and reasons for each of them', async () => {
    await h.ok('matches.propose', { needId: needs.disabile, candidateIds: people.map((p) => p.id) }, coordinator);
    const kept = await h.ok('matches.forNeed', { needId: needs.disabile }, operator);
    const mine = people.map((p) => kept.find((m) => m.candidateId === p.id)!);
    allSame(mine.map((m) => ({ score: m.score, reasons: m.reasons })));
    for (const p of people) {
      const fromPerson = await h.ok('matches.forCandidate', { candidateId: p.id }, operator);
      expect(fromPerson.map((m) => m.reasons)).toEqual([mine[0]!.reasons]);
    }
  });

  it('a file of 18 months gets the same checks for each of them', async () => {
    const files: Internship[] = [];
    for (const p of people) {
      const host = await h.ok('associations.create', fullAssociationInput({ name: `ODV ${p.id.slice(0, 6)}` }), coordinator);
      files.push(await h.ok('internships.create', internshipInput(p.id, host.id, { type: 'inserimento', startDate: '2027-01-11', plannedEndDate: '2028-07-10' }), coordinator));
    }
    const seen = await Promise.all(files.map((f) => h.ok('internships.get', { id: f.id }, operator)));
    allSame(seen.map((f) => ({ category: f.targetCategory, hidden: f.targetCategoryHidden, findings: f.findings.map((x) => [x.rule, x.severity, x.message]) })));
    const checks = await Promise.all(
      people.map((p, i) =>
        h.ok('internships.check', { id: null, data: internshipInput(p.id, files[i]!.associationId, { type: 'inserimento', startDate: '2027-01-11', plannedEndDate: '2028-07-10' }) }, operator),
      ),
    );
    allSame(checks.map((c) => c.map((x) => [x.rule, x.severity, x.message])));
  });

  it('an operator is refused every protected category alike, on a person and on a need', async () => {
    const person = await h.ok('candidates.create', candidateInput({ targetCategory: 'neet' }), operator);
    const messages = new Set<string>();
    for (const category of PROTECTED) {
      messages.add(JSON.stringify(refusal(await h.call('candidates.create', candidateInput({ targetCategory: category }), operator))));
      messages.add(JSON.stringify(refusal(await h.call('candidates.update', { id: person.id, hlc: person.hlc, data: { ...person, targetCategory: category } }, operator))));
    }
    // One refusal for a new profile and one for a change: the same whichever category was asked.
    expect(messages.size).toBe(1);
    const needErrors = new Set<string>();
    for (const category of PROTECTED) {
      needErrors.add(JSON.stringify(refusal(await h.call('needs.create', needInput(hostId, { categories: [category] }), operator))));
    }
    expect(needErrors.size).toBe(1);
    expect([...needErrors][0]).toContain('FORBIDDEN');
  });

  it('an operator saving a need keeps the protected categories a coordinator chose', async () => {
    const seen = await h.ok('needs.get', { id: needs.protezione }, operator);
    const { categoriesHidden: _hidden, ...data } = seen;
    await h.ok('needs.update', { id: seen.id, hlc: seen.hlc, data: { ...data, categories: ['neet', 'disoccupato'], notes: 'Sentito il presidente' } }, operator);
    const stored = await h.ok('needs.get', { id: needs.protezione }, coordinator);
    expect(stored.categories.sort()).toEqual(['disoccupato', 'neet', 'protezione']);
    expect(stored.notes).toBe('Sentito il presidente');
    const history = await h.ok('audit.forRecord', { entity: 'needs', id: needs.protezione }, operator);
    expect(JSON.stringify(history)).not.toContain('protezione');
    expect(JSON.stringify(history)).not.toContain('Protezione');
  });
});
