/** Ctrl+K's search on a real SQLite file: a name, a codice fiscale, a file number find their records, grouped. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from '../../../../tests/support/core-harness';
import { candidateInput, fullAssociationInput, internshipInput, needInput } from '../../../../tests/support/fixtures';

const h = createHarness({ now: () => new Date('2026-12-07T09:00:00Z') });
let op: string;
let taxCode: string;
let fileNumber: string;

beforeAll(async () => {
  await h.setup();
  op = await h.sessionAs('operatore');
  const coord = await h.sessionAs('coordinatore');
  const host = await h.ok('associations.create', fullAssociationInput({ name: 'Polisportiva Ginestra' }), coord);
  const person = await h.ok('candidates.create', candidateInput({ lastName: 'Ghiglione', firstName: 'Nicolò', targetCategory: 'disabile', specialLegalBasis: 'art9_2b' }), coord);
  taxCode = person.taxCode;
  await h.ok('needs.create', needInput(host.id, { title: 'Giardiniere del centro sportivo' }), coord);
  fileNumber = (await h.ok('internships.create', internshipInput(person.id, host.id), coord)).number;
});
afterAll(() => h.dispose());

describe('search everywhere', () => {
  it('finds a person by surname without accents, by codice fiscale, and says which one it is', async () => {
    const bySurname = await h.ok('search.everywhere', { query: 'ghiglione nicolo' }, op);
    expect(bySurname.candidates).toEqual([{ id: expect.any(String), label: 'Ghiglione Nicolò', detail: `${taxCode} · Torino (TO) · Attivo` }]);
    expect((await h.ok('search.everywhere', { query: taxCode.toLowerCase() }, op)).candidates.map((c) => c.label)).toEqual(['Ghiglione Nicolò']);
  });

  it('groups associations, needs and files, each found by what the desk types', async () => {
    const results = await h.ok('search.everywhere', { query: 'ginestra' }, op);
    expect(results.associations.map((a) => a.label)).toEqual(['Polisportiva Ginestra']);
    expect(results.needs.map((n) => n.label)).toEqual(['Giardiniere del centro sportivo']);
    expect(results.internships.map((i) => i.label)).toEqual([`${fileNumber} · Ghiglione Nicolò`]);
    expect((await h.ok('search.everywhere', { query: fileNumber }, op)).internships.map((i) => i.label)).toEqual([`${fileNumber} · Ghiglione Nicolò`]);
  });

  it('shows the first rows of the associations and needs lists, in their order, without counting them', async () => {
    const coord = await h.sessionAs('coordinatore');
    const hosts = [];
    for (const name of ['Circolo Ginepro Alto', 'Ginepro Sport Asti', 'Amici del Ginepro']) hosts.push(await h.ok('associations.create', fullAssociationInput({ name }), coord));
    for (const [i, title] of ['Ginepro: animatore', 'Custode del Ginepro', 'Ginepro, segreteria', 'Barista al Ginepro'].entries()) {
      await h.ok('needs.create', needInput(hosts[i % hosts.length]!.id, { title }), coord);
    }
    const found = await h.ok('search.everywhere', { query: 'ginep', perGroup: 2 }, op);
    const associations = await h.ok('associations.list', { query: 'ginep', page: 1, pageSize: 2 }, op);
    const needs = await h.ok('needs.list', { query: 'ginep', page: 1, pageSize: 2 }, op);
    expect(associations.total).toBe(3);
    expect(needs.total).toBe(4);
    expect(found.associations.map((a) => a.id)).toEqual(associations.items.map((a) => a.id));
    expect(found.needs.map((n) => n.id)).toEqual(needs.items.map((n) => n.id));
  });

  it('never carries a person’s protected category, and refuses an empty search in Italian', async () => {
    expect(JSON.stringify(await h.ok('search.everywhere', { query: 'ghiglione' }, op))).not.toMatch(/disabil/i);
    const empty = await h.call('search.everywhere', { query: '   ' }, op);
    expect(empty.ok ? null : empty.error.issues?.[0]?.message).toBe('Scrivi che cosa cercare');
  });
});
