/**
 * The «Sportello» filter and column of the four lists, on a real SQLite file: at a regional office
 * (or a desk that received the associations register) the lists hold records of several offices;
 * filtered by one, each list returns only its rows, counted with the same filter, each with its
 * office's code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/core-harness';
import { associationInput, candidateInput, internshipInput, needInput } from '../support/fixtures';

let h: Harness;
let op: string;
let localId: string;

const ALBA = { id: '0190a1b2-0000-7000-8000-0000000000a1', code: 'CN01', name: 'Sportello Alba' };
/** An office known here that has sent nothing yet: offered by the filter, matching no row. */
const ASTI = { id: '0190a1b2-0000-7000-8000-0000000000a2', code: 'AT01', name: 'Sportello Asti' };

const TABLES = ['associations', 'candidates', 'needs', 'internships'] as const;

/**
 * Imports from the regional exchange will produce these rows: the other office's row in `sites`
 * and records whose `site_id` is that office. Until then the test writes them with plain SQL.
 */
function addOffice(office: typeof ALBA): void {
  h.core.state.database.sqlite
    .prepare(
      `INSERT INTO sites (id, site_id, created_at, updated_at, updated_by, hlc, is_local, name, code, kind, promoter_name, promoter_tax_code)
       VALUES (?, ?, '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z', 'test', ?, 0, ?, ?, 'sportello', 'Exar Società Cooperativa Sociale', '01234567897')`,
    )
    .run(office.id, office.id, `0001793526400000-0000-${office.code}`, office.name, office.code);
}

function moveToOffice(table: (typeof TABLES)[number], ids: string[], siteId: string): void {
  const update = h.core.state.database.sqlite.prepare(`UPDATE ${table} SET site_id = ? WHERE id = ?`);
  for (const id of ids) update.run(siteId, id);
}

/** The ids created at Alba in each list. */
const alba: Record<(typeof TABLES)[number], string[]> = { associations: [], candidates: [], needs: [], internships: [] };

beforeAll(async () => {
  h = createHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
  await h.setup();
  op = await h.sessionAs('operatore');
  localId = h.core.state.site!.id;
  addOffice(ALBA);
  addOffice(ASTI);

  const hosts = [];
  for (const name of ['ASD Torino Nuoto', 'APS Borgo Po', 'ASD Langhe Volley', 'ASD Roero Trail']) {
    hosts.push(await h.ok('associations.create', associationInput({ name }), op));
  }
  const people = [];
  for (let i = 0; i < 5; i++) people.push(await h.ok('candidates.create', candidateInput({ lastName: `Sportellini${'ABCDE'[i]}` }), op));
  const needs = [];
  for (const host of hosts) needs.push(await h.ok('needs.create', needInput(host.id, { title: `Segreteria ${host.name}` }), op));
  const files = [];
  for (let i = 0; i < 3; i++) files.push(await h.ok('internships.create', internshipInput(people[i]!.id, hosts[i]!.id), op));

  alba.associations = [hosts[2]!.id, hosts[3]!.id];
  alba.candidates = [people[3]!.id, people[4]!.id];
  alba.needs = [needs[2]!.id, needs[3]!.id];
  alba.internships = [files[2]!.id];
  for (const table of TABLES) moveToOffice(table, alba[table], ALBA.id);
});
afterAll(() => h.dispose());

describe('reference.offices', () => {
  it('lists every office known here, this desk first, then by code', async () => {
    const offices = await h.ok('reference.offices', {}, op);
    expect(offices).toEqual([
      { id: localId, code: 'TO01', name: 'Sportello Torino', kind: 'sportello', isLocal: true },
      { id: ASTI.id, code: 'AT01', name: 'Sportello Asti', kind: 'sportello', isLocal: false },
      { id: ALBA.id, code: 'CN01', name: 'Sportello Alba', kind: 'sportello', isLocal: false },
    ]);
  });
});

/** Ids, totals and office codes of one list page, whatever the list. */
interface Page {
  items: { id: string; officeCode: string | null }[];
  total: number;
}

const lists: Record<(typeof TABLES)[number], (site: string | null) => Promise<Page>> = {
  associations: (site) => h.ok('associations.list', { site, pageSize: 200 }, op),
  candidates: (site) => h.ok('candidates.list', { site, pageSize: 200 }, op),
  needs: (site) => h.ok('needs.list', { site, pageSize: 200 }, op),
  internships: (site) => h.ok('internships.list', { site, pageSize: 200 }, op),
};

describe.each(TABLES)('the %s list', (table) => {
  it('filtered by the other office: only its rows, the same total, its code on each', async () => {
    const page = await lists[table](ALBA.id);
    expect(page.items.map((r) => r.id).sort()).toEqual([...alba[table]].sort());
    expect(page.total).toBe(alba[table].length);
    expect(new Set(page.items.map((r) => r.officeCode))).toEqual(new Set(['CN01']));
  });

  it('filtered by this desk: the rest, with this desk’s code', async () => {
    const all = await lists[table](null);
    const page = await lists[table](localId);
    expect(page.total).toBe(all.total - alba[table].length);
    expect(page.items.some((r) => alba[table].includes(r.id))).toBe(false);
    expect(new Set(page.items.map((r) => r.officeCode))).toEqual(new Set(['TO01']));
  });

  it('unfiltered: both offices, each row with its own code; an office with no rows gives none', async () => {
    const all = await lists[table](null);
    for (const row of all.items) expect(row.officeCode).toBe(alba[table].includes(row.id) ? 'CN01' : 'TO01');
    expect(await lists[table](ASTI.id)).toMatchObject({ items: [], total: 0 });
  });
});

describe('with the other filters', () => {
  it('the office narrows a search and the other filters, and the total follows', async () => {
    const search = await h.ok('candidates.list', { query: 'sportellini', site: ALBA.id }, op);
    expect(search.items.map((c) => c.lastName)).toEqual(['SportelliniD', 'SportelliniE']);
    expect(search.total).toBe(2);
    const needs = await h.ok('needs.list', { query: 'segreteria', status: 'nuovo', site: ALBA.id }, op);
    expect(needs.items.map((n) => n.title).sort()).toEqual(['Segreteria ASD Langhe Volley', 'Segreteria ASD Roero Trail']);
    expect(needs.total).toBe(2);
    const hosts = await h.ok('associations.list', { query: 'asd', site: localId }, op);
    expect(hosts.items.map((a) => a.name)).toEqual(['ASD Torino Nuoto']);
    expect(hosts.total).toBe(1);
  });
});
