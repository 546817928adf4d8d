/**
 * A search typed with filters set checks the FTS matches against the filters kept in memory
 * (list-filter-columns.ts) instead of reading each row (issue 17). On a real file with more
 * profiles than the search cap, every list it answers must be the one the SQL alone answers:
 * same rows, same order, same total, and after edits, deletions and restores too.
 */
import { fakerIT as faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateFields, candidateListInput, SEARCH_RESULT_CAP, type CandidateList, type CandidateListInput } from '@shared/api/candidates';
import { readCtxOf, writeCtxOf } from '../../api/service-ctx';
import { createCandidate } from './candidates';
import { createHarness } from '../../../../tests/support/core-harness';
import { fakeCandidate } from '../../../../tests/fixtures/candidates';
import { listCandidates, listStatements, newestMatches } from './list';
import { toFtsQuery } from '../../search/fts-query';

const h = createHarness();
let coord: string;
let operatorIds: string[] = [];
const ids: string[] = [];

afterAll(() => h.dispose());

beforeAll(async () => {
  await h.setup();
  coord = await h.sessionAs('coordinatore');
  const admin = await h.sessionAs('amministratore');
  await h.sessionAs('operatore');
  operatorIds = (await h.ok('operators.list', {}, admin)).map((o) => o.id);
  faker.seed(17);
  const usedTaxCodes = new Set<string>();
  // Well over the cap, so that one or two letters take the broad path: written through the
  // service in one transaction, as the seed does, for speed.
  const ctx = writeCtxOf(h.core.state);
  ctx.db.transaction(() => {
    for (let i = 0; i < 2.5 * SEARCH_RESULT_CAP; i++) ids.push(createCandidate(ctx, candidateFields.parse(fakeCandidate(faker, { usedTaxCodes, operatorIds }))).id);
  });
}, 300_000);

/** The list as the SQL alone answers it: the probe through the table, then the same page statements. */
function bySqlAlone(input: CandidateListInput): CandidateList {
  const params = candidateListInput.parse(input);
  const ctx = readCtxOf(h.core.state);
  const statements = listStatements(params, ctx.now());
  const fts = toFtsQuery(params.query);
  const rows = (q: { sql: string; params: unknown[] }) => ctx.sqlite.prepare(q.sql).all(...q.params) as { id: string }[];
  if (!fts) {
    const { page, count } = statements.plain;
    return { items: rows(page), total: (ctx.sqlite.prepare(count.sql).get(...count.params) as { n: number }).n, broad: false } as unknown as CandidateList;
  }
  const rowids = (ctx.sqlite.prepare(statements.probe(fts).sql).all(...statements.probe(fts).params) as { rowid: number }[]).map((r) => r.rowid);
  if (rowids.length <= SEARCH_RESULT_CAP) {
    const matched = statements.matched(rowids);
    return { items: rows(matched.page), total: (ctx.sqlite.prepare(matched.count.sql).get(...matched.count.params) as { n: number }).n, broad: false } as unknown as CandidateList;
  }
  return { items: rows(statements.broad(fts).page), total: SEARCH_RESULT_CAP, broad: true } as unknown as CandidateList;
}

function inMemory(input: CandidateListInput) {
  const got = listCandidates(readCtxOf(h.core.state), candidateListInput.parse(input));
  return { ids: got.items.map((r) => r.id), total: got.total, broad: got.broad };
}
function expected(input: CandidateListInput) {
  const want = bySqlAlone(input);
  return { ids: want.items.map((r) => r.id), total: want.total, broad: want.broad };
}

const QUERIES = ['a', 'm', 'ro', 'ba', 'ma', 'e', 'cucina', 'x', ''];
function filterSets(): CandidateListInput[] {
  return [
    {},
    { status: 'attivo' },
    { status: 'attivo', province: 'TO' },
    { province: 'CN' },
    { operatorId: operatorIds[0]! },
    { operatorId: operatorIds[1]!, status: 'attivo' },
    { targetCategory: 'neet' },
    { comune: 'Torino' },
    { status: 'occupato', province: 'AL' },
    { status: 'attivo', page: 3 },
    { province: 'TO', page: 21 },
    // Filters no index answers: SQL reads the rows, memory tests them.
    { ageMin: 30, ageMax: 45 },
    { ageMax: 29, province: 'TO' },
    { ageMin: 50, page: 2 },
    { educationMin: 'diploma' },
    { educationMin: 'laurea', status: 'attivo' },
    { ownVehicle: true, licence: 'B' },
    { ownVehicle: false },
    { shift: 'sera', licence: 'C' },
    { availableBy: '2026-12-31' },
    { availableBy: '2026-12-31', sort: 'age', direction: 'desc' },
    { ageMin: 18, sort: 'comune' },
  ];
}

describe('search with filters, checked in memory', () => {
  it('answers every query and filter exactly as the SQL alone does, broad pages included', () => {
    let broad = 0;
    for (const query of QUERIES) {
      for (const filters of filterSets()) {
        const input = { ...filters, query };
        const want = expected(input);
        if (want.broad) broad++;
        expect(inMemory(input), JSON.stringify(input)).toEqual(want);
      }
    }
    // The data reach both paths: some searches are over the cap, some under.
    expect(broad).toBeGreaterThan(0);
  });

  it('walks the matches chunk after chunk and finds the same newest ones as one pass would', () => {
    const ctx = readCtxOf(h.core.state);
    // Words of three letters or more, and several words: one or two letters are answered from the kept lists.
    for (const query of ['mar', 'ros', 'cucina', 'ba ro', 'a e']) {
      for (const filters of filterSets()) {
        const params = candidateListInput.parse({ ...filters, query });
        const fts = toFtsQuery(query)!;
        // Chunks of 3, 12, 48…: many steps over the same matches.
        expect(newestMatches(ctx, params, fts, 3), JSON.stringify(params)).toEqual(newestMatches(ctx, params, fts, 1_000_000));
      }
    }
  });

  it('follows edits, deletions and restores at once', async () => {
    const person = await h.ok('candidates.get', { id: ids[0]! }, coord);
    const moved = await h.ok('candidates.update', { id: person.id, hlc: person.hlc, data: { ...person, status: 'occupato', resProvince: 'AL', resComune: 'Alessandria' } }, coord);
    await h.ok('candidates.delete', { id: ids[1]! }, coord);
    const deleted = await h.ok('candidates.delete', { id: ids[2]! }, coord);
    await h.ok('candidates.restore', { id: deleted.id }, coord);
    for (const query of [person.lastName.slice(0, 2), moved.firstName, 'a']) {
      for (const filters of filterSets()) {
        const input = { ...filters, query };
        expect(inMemory(input), JSON.stringify(input)).toEqual(expected(input));
      }
    }
    // An interview note changes the search document and not the profile's row; an erasure deletes the document.
    expect(inMemory({ query: 'qy' }).ids).toEqual([]);
    const noted = await h.ok('candidates.get', { id: ids[3]! }, coord);
    await h.ok('candidates.addNote', { candidateId: noted.id, date: '2026-12-01', text: 'Qyxa: patente nautica' }, coord);
    expect(inMemory({ query: 'qy' }).ids).toEqual([noted.id]);
    expect(inMemory({ query: 'qy', status: noted.status })).toEqual(expected({ query: 'qy', status: noted.status }));
    const erased = await h.ok('candidates.get', { id: ids[4]! }, coord);
    const before = inMemory({ query: erased.lastName.slice(0, 2) });
    await h.ok('privacy.anonymise', { id: erased.id, confirmLastName: erased.lastName }, coord);
    for (const query of [erased.lastName.slice(0, 2), erased.lastName.slice(0, 1)]) {
      for (const filters of filterSets()) {
        const input = { ...filters, query };
        expect(inMemory(input), JSON.stringify(input)).toEqual(expected(input));
      }
    }
    expect(inMemory({ query: erased.lastName.slice(0, 2) }).total).toBe(before.total - 1);
    const found = inMemory({ query: person.lastName, status: 'occupato', province: 'AL' });
    expect(found.ids).toContain(person.id);
    expect(inMemory({ query: person.lastName, status: person.status, province: person.resProvince ?? undefined }).ids).not.toContain(person.id);
  });
});
