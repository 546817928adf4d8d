/**
 * The needs list's search (issue 17): with few matches it starts from them, with many from the
 * newest needs; both ways give the same rows, order and total, and neither reads the table whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needListInput, type NeedListInput } from '@shared/api/needs';
import { createHarness } from '../../../../tests/support/core-harness';
import { fullAssociationInput, needInput } from '../../../../tests/support/fixtures';
import { needListStatements } from './list';

const h = createHarness();
const TITLES = ['Giardiniere', 'Istruttore di nuoto', 'Segreteria sportiva', 'Custode della palestra', 'Animatore estivo'];

beforeAll(async () => {
  await h.setup();
  const coord = await h.sessionAs('coordinatore');
  const host = await h.ok('associations.create', fullAssociationInput({ name: 'ASD Gabbiano' }), coord);
  for (let i = 0; i < 30; i++) {
    await h.ok('needs.create', needInput(host.id, { title: `${TITLES[i % TITLES.length]} ${i}`, receivedOn: `2026-0${1 + (i % 9)}-1${i % 10}` }), coord);
  }
});
afterAll(() => h.dispose());

function run(input: NeedListInput, few: boolean) {
  const q = needListStatements(needListInput.parse(input), new Date('2026-12-07T10:00:00Z'), few);
  const { sqlite } = h.core.state.database;
  const plan = (s: { sql: string; params: unknown[] }) => (sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map((r) => r.detail);
  return {
    ids: (sqlite.prepare(q.page.sql).all(...q.page.params) as { id: string }[]).map((r) => r.id),
    total: (sqlite.prepare(q.count.sql).get(...q.count.params) as { n: number }).n,
    plans: [...plan(q.page), ...plan(q.count)],
  };
}

describe('needs list search', () => {
  it('answers the same from the matches as from the newest needs', () => {
    for (const input of [{ query: 'gi' }, { query: 'nuoto' }, { query: 'a', pageSize: 5, page: 2 }, { query: 'gabbiano', status: 'nuovo' as const }, { query: 'custode', province: 'TO' }]) {
      const few = run(input, true);
      const many = run(input, false);
      expect({ ids: few.ids, total: few.total }, JSON.stringify(input)).toEqual({ ids: many.ids, total: many.total });
      expect(few.total).toBeGreaterThan(0);
    }
  });

  it('starts from the matches through search_rowid when they are few, from needs_received_idx when they are many', () => {
    const few = run({ query: 'nuoto' }, true).plans.join('\n');
    expect(few).toMatch(/^SCAN needs_fts VIRTUAL TABLE/);
    expect(few).toContain('SEARCH n USING INDEX needs_search_rowid_idx (search_rowid=?)');
    const many = run({ query: 'a' }, false).plans.join('\n');
    expect(many).toContain('SEARCH n USING INDEX needs_received_idx');
    for (const plan of [few, many]) expect(plan).not.toMatch(/SCAN n\b/);
  });
});
