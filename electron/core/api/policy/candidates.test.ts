/**
 * A restricted target category (art. 9 GDPR) is set and changed only by a role with
 * `candidates.special`. The form of an operator disables the field; these calls go round the form,
 * as a probe did, straight to the core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '@shared/api/errors';
import { createHarness } from '../../../../tests/support/core-harness';
import { candidateInput } from '../../../../tests/support/fixtures';

const h = createHarness();
let operator: string;
let coordinator: string;

beforeAll(async () => {
  await h.setup();
  operator = await h.sessionAs('operatore');
  coordinator = await h.sessionAs('coordinatore');
});
afterAll(() => h.dispose());

function refusal<T>(result: ApiResult<T>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const stored = async (id: string) => (await h.ok('candidates.get', { id }, coordinator)).targetCategory;

describe('an operator and a restricted target category', () => {
  it('sending another category for a person in a restricted one keeps the stored category', async () => {
    const person = await h.ok('candidates.create', candidateInput({ targetCategory: 'disabile' }), coordinator);
    const seen = await h.ok('candidates.get', { id: person.id }, operator);
    expect([seen.targetCategory, seen.targetCategoryHidden]).toEqual([null, true]);

    const saved = await h.ok('candidates.update', { id: seen.id, hlc: seen.hlc, data: { ...seen, targetCategory: 'neet', phone: '011 1234567' } }, operator);
    expect(saved.targetCategoryHidden).toBe(true);
    expect(await stored(person.id)).toBe('disabile');
    // The rest of the save went through: only the category the operator may not change was kept.
    expect((await h.ok('candidates.get', { id: person.id }, coordinator)).phone).toBe('011 1234567');
    const history = await h.ok('audit.forRecord', { entity: 'candidates', id: person.id }, coordinator);
    const edit = history.filter((e) => e.action === 'update').flatMap((e) => e.changes);
    expect(edit.map((c) => c.field)).toEqual(['phone']);
  });

  it('sending a restricted category for a person is refused with FORBIDDEN, in Italian, and nothing changes', async () => {
    const plain = await h.ok('candidates.create', candidateInput({ targetCategory: 'neet' }), operator);
    const hidden = await h.ok('candidates.create', candidateInput({ targetCategory: 'servizi' }), coordinator);
    const hiddenSeen = await h.ok('candidates.get', { id: hidden.id }, operator);

    for (const [person, category] of [
      [plain, 'disabile'],
      [plain, 'servizi'],
      // The same refusal for a person already in a restricted category: it tells nothing about them.
      [hiddenSeen, 'disabile'],
      [hiddenSeen, 'servizi'],
    ] as const) {
      const error = refusal(await h.call('candidates.update', { id: person.id, hlc: person.hlc, data: { ...person, targetCategory: category } }, operator));
      expect(error).toEqual({
        code: 'FORBIDDEN',
        message: 'Il tuo ruolo non permette di assegnare le categorie tutelate: le sceglie un coordinatore.',
        issues: [{ path: 'targetCategory', message: 'Categoria tutelata: la sceglie un coordinatore' }],
      });
    }
    expect(await stored(plain.id)).toBe('neet');
    expect(await stored(hidden.id)).toBe('servizi');
  });

  it('creating a person with a restricted category is refused to an operator and allowed to a coordinator', async () => {
    const input = candidateInput({ targetCategory: 'disabile', lastName: 'Riservatissima' });
    expect(refusal(await h.call('candidates.create', input, operator)).code).toBe('FORBIDDEN');
    expect((await h.ok('candidates.list', { query: 'riservatissima' }, coordinator)).total).toBe(0);

    const created = await h.ok('candidates.create', input, coordinator);
    expect(await stored(created.id)).toBe('disabile');
  });

  it('an operator still sets and changes the categories that are not restricted', async () => {
    const person = await h.ok('candidates.create', candidateInput({ targetCategory: 'neet' }), operator);
    await h.ok('candidates.update', { id: person.id, hlc: person.hlc, data: { ...person, targetCategory: 'disoccupato' } }, operator);
    expect(await stored(person.id)).toBe('disoccupato');
  });

  it('a coordinator changes a restricted category', async () => {
    const person = await h.ok('candidates.create', candidateInput({ targetCategory: 'disabile' }), coordinator);
    await h.ok('candidates.update', { id: person.id, hlc: person.hlc, data: { ...person, targetCategory: 'servizi' } }, coordinator);
    expect(await stored(person.id)).toBe('servizi');
  });
});
