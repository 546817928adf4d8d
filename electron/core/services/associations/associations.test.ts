/**
 * Associations through the real handler table, on a real SQLite file: what an operator sees
 * when creating, editing, searching, deleting and restoring host associations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Association, AssociationInput, AssociationListInput } from '@shared/api/associations';
import { associationInput, associationToInput, fullAssociationInput, nextTaxCode } from '../../../../tests/support/fixtures';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';

let offsetMs = 0;
const h: Harness = createHarness({ now: () => new Date(Date.now() + offsetMs) });
let admin: string;
let coordinator: string;
let operator: string;
let adminId: string;

beforeAll(async () => {
  await h.setup();
  admin = await h.sessionAs('amministratore');
  coordinator = await h.sessionAs('coordinatore');
  operator = await h.sessionAs('operatore');
  adminId = (await h.ok('auth.me', {}, admin)).operator.id;
});

afterAll(() => h.dispose());

const toInput = associationToInput;

const create = (input: AssociationInput, session = operator) => h.ok('associations.create', input, session);
const list = (input: AssociationListInput, session = operator) => h.ok('associations.list', input, session);
const names = async (input: AssociationListInput) => (await list(input)).items.map((i) => i.name);
const history = (id: string) => h.ok('audit.forRecord', { entity: 'associations', id }, operator);

describe('create and get', () => {
  it('saves every field, normalised, with its operating sites and record metadata', async () => {
    const input = fullAssociationInput();
    const created = await create(input, admin);
    expect(created).toMatchObject({
      name: 'Società Sportiva Dilettantistica Aurora',
      legalForm: 'SSD',
      taxCode: input.taxCode,
      vatNumber: '00743110157',
      aicsAffiliation: 'AICS-TO-1234',
      committee: 'Comitato Provinciale Torino',
      registryNumber: 'RUNTS 98765',
      address: 'Corso Francia 10',
      cap: '10143',
      comune: 'Torino',
      province: 'TO',
      legalRepName: 'Mario Rossi',
      legalRepTaxCode: 'RSSMRA85T10A562S',
      legalRepRole: 'Presidente',
      contactName: 'Laura Bianchi',
      phone: '011 123 4567',
      email: 'info@aurora.example.it',
      pec: 'aurora@pec.example.it',
      employees: 3,
      ccnl: 'CCNL Impianti sportivi',
      atecoCode: '93.12',
      sector: 'Sport',
      notes: 'Palestra aperta anche il sabato.',
      siteId: h.core.state.site!.id,
      updatedBy: adminId,
      deletedAt: null,
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.hlc).toMatch(/^\d{15}:\d{6}:TO01$/);
    expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);
    expect(created.sites).toHaveLength(2);
    expect(created.sites.map((s) => [s.label, s.address, s.cap, s.comune, s.province, s.associationId])).toEqual(
      expect.arrayContaining([
        ['Palestra', 'Via Nizza 5', '10125', 'Torino', 'TO', created.id],
        ['Piscina', 'Via Saluzzo 3', '10064', 'Pinerolo', 'TO', created.id],
      ]),
    );
    expect(new Set(created.sites.map((s) => s.id)).size).toBe(2);

    expect(await h.ok('associations.get', { id: created.id }, operator)).toEqual(created);
  });

  it('stores empty optional fields as null', async () => {
    const created = await create(associationInput({ committee: '', email: '', cap: '', province: '' }));
    expect(created).toMatchObject({ committee: null, email: null, cap: null, province: null, vatNumber: null });
  });

  it('an unknown id is NOT_FOUND', async () => {
    const result = await h.call('associations.get', { id: '01890a5d-ac96-774b-bcce-b302099a8057' }, operator);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_FOUND');
  });

  it('refuses invalid data with Italian messages on the fields, and saves nothing', async () => {
    const before = (await list({ pageSize: 200 })).total;
    const result = await h.call('associations.create', associationInput({ name: '', cap: '123', employees: -2 }), operator);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Denominazione: campo obbligatorio' },
        { path: 'cap', message: 'Il CAP è di 5 cifre' },
        { path: 'employees', message: 'Il numero di dipendenti non può essere negativo' },
      ]),
    );
    expect((await list({ pageSize: 200 })).total).toBe(before);
  });
});

describe('update', () => {
  it('edits fields and operating sites: one edited, one added, one removed', async () => {
    const created = await create(fullAssociationInput());
    const [palestra, piscina] = [...created.sites].sort((a, b) => a.label!.localeCompare(b.label!));
    const input = toInput(created);
    input.name = 'Aurora Sport';
    input.employees = 0;
    input.sites = [
      { id: palestra!.id, label: 'Palestra grande', address: 'Via Nizza 7', cap: '10125', comune: 'Torino', province: 'TO' },
      { label: 'Campo', address: 'Strada del Drosso 1', comune: 'Moncalieri', province: 'to' },
    ];
    const updated = await h.ok('associations.update', { id: created.id, hlc: created.hlc, data: input }, operator);

    expect(updated).toMatchObject({ name: 'Aurora Sport', employees: 0, taxCode: created.taxCode });
    expect(updated.sites).toHaveLength(2);
    const edited = updated.sites.find((s) => s.id === palestra!.id);
    expect(edited).toMatchObject({ label: 'Palestra grande', address: 'Via Nizza 7' });
    const added = updated.sites.find((s) => s.id !== palestra!.id)!;
    expect(added).toMatchObject({ label: 'Campo', address: 'Strada del Drosso 1', comune: 'Moncalieri', province: 'TO' });
    expect([palestra!.id, piscina!.id]).not.toContain(added.id);
    expect(updated.sites.map((s) => s.id)).not.toContain(piscina!.id);

    expect(await h.ok('associations.get', { id: created.id }, operator)).toEqual(updated);

    // The removed site is a tombstone, not a hard delete (it must travel to the regional office).
    const row = h.core.state.database.sqlite
      .prepare('SELECT deleted_at AS deletedAt FROM association_sites WHERE id = ?')
      .get(piscina!.id) as { deletedAt: string | null } | undefined;
    expect(row?.deletedAt).toBeTruthy();
  });

  it("leaves an operating site that was not changed alone (same hlc)", async () => {
    const created = await create(fullAssociationInput());
    const input = toInput(created);
    input.sites = input.sites.map((s, i) => (i === 0 ? { ...s, address: `${s.address} bis` } : s));
    const updated = await h.ok('associations.update', { id: created.id, hlc: created.hlc, data: input }, operator);
    const untouchedId = created.sites[1]!.id;
    expect(updated.sites.find((s) => s.id === untouchedId)!.hlc).toBe(created.sites[1]!.hlc);
    expect(updated.sites.find((s) => s.id === created.sites[0]!.id)!.hlc > created.sites[0]!.hlc).toBe(true);
  });

  it('refuses a save based on a stale version (CONFLICT) and changes nothing', async () => {
    const created = await create(associationInput({ name: 'Circolo Concorrenza' }));
    const first = await h.ok(
      'associations.update',
      { id: created.id, hlc: created.hlc, data: { ...toInput(created), notes: 'Prima modifica' } },
      admin,
    );
    const auditBefore = await history(created.id);

    const stale = await h.call(
      'associations.update',
      { id: created.id, hlc: created.hlc, data: { ...toInput(created), name: 'Circolo Sovrascritto', notes: 'Seconda' } },
      operator,
    );
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('CONFLICT');
    expect(stale.error.details).toMatchObject({ reason: 'stale' });
    expect(stale.error.message).toMatch(/un altro operatore/);

    expect(await h.ok('associations.get', { id: created.id }, operator)).toEqual(first);
    expect(await history(created.id)).toEqual(auditBefore);
  });

  it('refuses a duplicate tax code with the issue on taxCode and the id of the existing association', async () => {
    const existing = await create(associationInput({ name: 'Associazione Originale' }));
    const spaced = `${existing.taxCode!.slice(0, 5)} ${existing.taxCode!.slice(5)}`;
    const totalBefore = (await list({ pageSize: 200 })).total;

    const dup = await h.call('associations.create', associationInput({ name: 'Doppione', taxCode: spaced }), operator);
    expect(dup.ok).toBe(false);
    if (dup.ok) return;
    expect(dup.error.code).toBe('CONFLICT');
    expect(dup.error.issues).toEqual([{ path: 'taxCode', message: expect.stringContaining('Associazione Originale') }]);
    expect(dup.error.details).toMatchObject({ existingId: existing.id, existingName: 'Associazione Originale' });
    expect((await list({ pageSize: 200 })).total).toBe(totalBefore);

    // Editing another association to take that code is refused too.
    const other = await create(associationInput({ name: 'Altra' }));
    const taking = await h.call(
      'associations.update',
      { id: other.id, hlc: other.hlc, data: { ...toInput(other), taxCode: existing.taxCode } },
      operator,
    );
    expect(taking.ok).toBe(false);
    if (!taking.ok) {
      expect(taking.error.code).toBe('CONFLICT');
      expect(taking.error.details).toMatchObject({ existingId: existing.id });
    }
    expect((await h.ok('associations.get', { id: other.id }, operator)).taxCode).toBe(other.taxCode);
  });

  it('refuses to edit a deleted association', async () => {
    const created = await create(associationInput());
    const deleted = await h.ok('associations.delete', { id: created.id }, coordinator);
    const result = await h.call(
      'associations.update',
      { id: created.id, hlc: deleted.hlc, data: { ...toInput(created), name: 'Zombie' } },
      operator,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CONFLICT');
  });
});

describe('search', () => {
  let olimpia: Association;
  let eridano: Association;
  let montano: Association;

  beforeAll(async () => {
    olimpia = await create(associationInput({ name: 'Società Ginnastica Olimpia', comune: 'Torino' }));
    eridano = await create(associationInput({ name: 'Societa Canottieri Eridano', comune: 'Torino' }));
    montano = await create(
      associationInput({
        name: 'Sci Club Valle',
        comune: 'Torino',
        sites: [{ label: 'Rifugio', address: 'Borgata Melezet 1', comune: 'Bardonecchia', province: 'TO' }],
      }),
    );
  });

  it('"societa" finds "Società" and "SOCIETÀ" finds "Societa"', async () => {
    expect(await names({ query: 'societa olimpia' })).toEqual(['Società Ginnastica Olimpia']);
    expect(await names({ query: 'SOCIETÀ eridano' })).toEqual(['Societa Canottieri Eridano']);
    const all = await names({ query: 'società', pageSize: 200 });
    expect(all).toEqual(expect.arrayContaining(['Società Ginnastica Olimpia', 'Societa Canottieri Eridano']));
  });

  it('matches the beginning of words, in any order', async () => {
    expect(await names({ query: 'olim' })).toEqual(['Società Ginnastica Olimpia']);
    expect(await names({ query: 'olimpia gin' })).toEqual(['Società Ginnastica Olimpia']);
    expect(await names({ query: 'cano erid' })).toEqual(['Societa Canottieri Eridano']);
    expect(await names({ query: 'olimpia eridano' })).toEqual([]);
  });

  it('finds by tax code', async () => {
    expect((await list({ query: olimpia.taxCode! })).items.map((i) => i.id)).toEqual([olimpia.id]);
  });

  it('finds an association by the comune of one of its operating sites, and follows edits', async () => {
    expect(await names({ query: 'bardonecchia' })).toEqual(['Sci Club Valle']);
    const moved = await h.ok(
      'associations.update',
      {
        id: montano.id,
        hlc: montano.hlc,
        data: { ...toInput(montano), sites: [{ label: 'Rifugio', address: 'Via Louset 2', comune: 'Sestriere', province: 'TO' }] },
      },
      operator,
    );
    expect(await names({ query: 'bardonecchia' })).toEqual([]);
    expect(await names({ query: 'sestriere' })).toEqual(['Sci Club Valle']);
    montano = moved;
  });

  it('typed operators and punctuation are plain text, not errors', async () => {
    const result = await h.call('associations.list', { query: 'olimpia" OR * -( NEAR' }, operator);
    expect(result.ok).toBe(true);
    const onlyPunctuation = await list({ query: '"*-:' });
    expect(onlyPunctuation.total).toBeGreaterThan(0); // treated as no query at all
  });

  it('follows renames: the old name no longer matches', async () => {
    const renamed = await h.ok(
      'associations.update',
      { id: eridano.id, hlc: eridano.hlc, data: { ...toInput(eridano), name: 'Canottieri Armida' } },
      operator,
    );
    expect(await names({ query: 'eridano' })).toEqual([]);
    expect(await names({ query: 'armida' })).toEqual(['Canottieri Armida']);
    eridano = renamed;
  });
});

describe('filters, sorting and pages', () => {
  beforeAll(async () => {
    await create(associationInput({ name: 'Filtro Uno', committee: 'Comitato Cuneo', legalForm: 'ASD', province: 'CN', employees: 0 }));
    await create(associationInput({ name: 'Filtro Due', committee: 'Comitato Cuneo', legalForm: 'APS', province: 'TO', employees: 2 }));
    await create(associationInput({ name: 'Filtro Tre', committee: 'Comitato Asti', legalForm: 'ASD', province: 'AT', employees: 5 }));
  });

  const filtered = async (input: AssociationListInput) => (await names({ query: 'filtro', ...input })).sort();

  it('filters by committee, legal form, province and employees (none / some)', async () => {
    expect(await filtered({})).toEqual(['Filtro Due', 'Filtro Tre', 'Filtro Uno']);
    expect(await filtered({ committee: 'Comitato Cuneo' })).toEqual(['Filtro Due', 'Filtro Uno']);
    expect(await filtered({ legalForm: 'ASD' })).toEqual(['Filtro Tre', 'Filtro Uno']);
    expect(await filtered({ province: 'AT' })).toEqual(['Filtro Tre']);
    expect(await filtered({ employees: 'none' })).toEqual(['Filtro Uno']);
    expect(await filtered({ employees: 'some' })).toEqual(['Filtro Due', 'Filtro Tre']);
    expect(await filtered({ committee: 'Comitato Cuneo', employees: 'some' })).toEqual(['Filtro Due']);
    expect(await filtered({ committee: 'Comitato Asti', legalForm: 'APS' })).toEqual([]);
  });

  it('filters work without a search query too', async () => {
    const rows = (await list({ committee: 'Comitato Asti', pageSize: 200 })).items;
    expect(rows.map((r) => r.name)).toEqual(['Filtro Tre']);
  });

  it('offers the committees and provinces in use as filter values', async () => {
    const options = await h.ok('associations.filterOptions', {}, operator);
    expect(options.committees).toEqual(expect.arrayContaining(['Comitato Asti', 'Comitato Cuneo']));
    expect(options.committees.indexOf('Comitato Asti')).toBeLessThan(options.committees.indexOf('Comitato Cuneo'));
    expect(options.provinces).toEqual(expect.arrayContaining(['AT', 'CN', 'TO']));
    expect(options.provinces).toEqual([...options.provinces].sort());
  });

  it('sorts by name in Italian order: accented first letters with their plain letter', async () => {
    const sortNames = ['Zeta Ordine', 'Ómega Ordine', 'Àncora Ordine', 'Arci Ordine', 'Èlite Ordine', 'Ente Ordine', 'oasi Ordine', 'Ulivo Ordine'];
    for (const name of sortNames) await create(associationInput({ name }));
    const expected = ['Àncora Ordine', 'Arci Ordine', 'Èlite Ordine', 'Ente Ordine', 'oasi Ordine', 'Ómega Ordine', 'Ulivo Ordine', 'Zeta Ordine'];
    expect(await names({ query: 'ordine' })).toEqual(expected);
    expect(await names({ query: 'ordine', sort: 'name', direction: 'desc' })).toEqual([...expected].reverse());
  });

  it('sorts by employees and by comune', async () => {
    expect(await names({ query: 'filtro', sort: 'employees', direction: 'desc' })).toEqual(['Filtro Tre', 'Filtro Due', 'Filtro Uno']);
    await create(associationInput({ name: 'Luogo Uno', comune: 'Ivrea' }));
    await create(associationInput({ name: 'Luogo Due', comune: 'Èze' }));
    await create(associationInput({ name: 'Luogo Tre', comune: 'Alba' }));
    expect(await names({ query: 'luogo', sort: 'comune' })).toEqual(['Luogo Tre', 'Luogo Due', 'Luogo Uno']);
  });

  it('pages: totals, no overlaps, nothing lost', async () => {
    for (let i = 1; i <= 7; i++) await create(associationInput({ name: `Pagina ${i}` }));
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(await list({ query: 'pagina', page, pageSize: 3 }));
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7, 7]);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1, 0]);
    expect(pages.map((p) => [p.page, p.pageSize])).toEqual([[1, 3], [2, 3], [3, 3], [4, 3]]);
    const all = pages.flatMap((p) => p.items.map((i) => i.name));
    expect(all).toEqual(['Pagina 1', 'Pagina 2', 'Pagina 3', 'Pagina 4', 'Pagina 5', 'Pagina 6', 'Pagina 7']);
  });

  it('the default list (no query) uses the name index, not a full scan with a temporary sort', async () => {
    const sqlite = h.core.state.database.sqlite;
    // Record the statements the list really runs, then ask SQLite how it plans them.
    const seen: { sql: string; params: unknown[] }[] = [];
    const originalPrepare = sqlite.prepare;
    sqlite.prepare = function (this: typeof sqlite, source: string) {
      const statement = originalPrepare.call(this, source);
      for (const name of ['all', 'get'] as const) {
        const run = statement[name].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[name] = (...params: unknown[]) => {
          seen.push({ sql: source, params });
          return run(...params);
        };
      }
      return statement;
    } as typeof sqlite.prepare;
    try {
      await list({});
    } finally {
      sqlite.prepare = originalPrepare;
    }
    const selects = seen.filter((s) => /^\s*select/i.test(s.sql) && /"associations"/.test(s.sql));
    expect(selects.length).toBeGreaterThanOrEqual(2); // the page and the count
    const plan = (s: { sql: string; params: unknown[] }) =>
      (sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map((r) => r.detail);

    const pageQuery = selects.find((s) => /order by/i.test(s.sql))!;
    const pagePlan = plan(pageQuery);
    expect(pagePlan.join('\n')).toMatch(/associations_name_idx/);
    expect(pagePlan.join('\n')).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    expect(pagePlan.join('\n')).not.toMatch(/^SCAN associations$/m);

    const countQuery = selects.find((s) => /count\(/i.test(s.sql))!;
    expect(plan(countQuery).join('\n')).toMatch(/INDEX/);

    // The shape given in the brief, as a plain statement.
    const direct = sqlite
      .prepare('EXPLAIN QUERY PLAN SELECT id, name FROM associations WHERE deleted_at IS NULL ORDER BY name_sort LIMIT 50')
      .all() as { detail: string }[];
    const detail = direct.map((r) => r.detail).join('\n');
    expect(detail).toMatch(/associations_name_idx/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });
});

describe('delete and restore', () => {
  it('a deleted association leaves the list, shows among the deleted, and comes back on restore', async () => {
    const created = await create(associationInput({ name: 'Cestino Prova' }));
    const forbidden = await h.call('associations.delete', { id: created.id }, operator);
    expect(forbidden.ok).toBe(false);
    if (!forbidden.ok) expect(forbidden.error.code).toBe('FORBIDDEN');

    const deleted = await h.ok('associations.delete', { id: created.id }, coordinator);
    expect(deleted.deletedAt).toBeTruthy();
    expect(await names({ query: 'cestino' })).toEqual([]);
    const bin = await list({ query: 'cestino', deleted: true });
    expect(bin.items).toEqual([expect.objectContaining({ id: created.id, name: 'Cestino Prova', deletedAt: deleted.deletedAt })]);
    expect(bin.total).toBe(1);
    expect((await h.ok('associations.get', { id: created.id }, operator)).deletedAt).toBe(deleted.deletedAt);

    const restored = await h.ok('associations.restore', { id: created.id }, coordinator);
    expect(restored.deletedAt).toBeNull();
    expect(await names({ query: 'cestino' })).toEqual(['Cestino Prova']);
    expect((await list({ query: 'cestino', deleted: true })).items).toEqual([]);
  });

  it('a deleted association does not appear in the filter options any more', async () => {
    const created = await create(associationInput({ committee: 'Comitato Effimero' }));
    expect((await h.ok('associations.filterOptions', {}, operator)).committees).toContain('Comitato Effimero');
    await h.ok('associations.delete', { id: created.id }, coordinator);
    expect((await h.ok('associations.filterOptions', {}, operator)).committees).not.toContain('Comitato Effimero');
  });

  it('its tax code is free again, and restoring it is refused while another live association uses the code', async () => {
    const taxCode = nextTaxCode();
    const first = await create(associationInput({ name: 'Prima Titolare', taxCode }));
    await h.ok('associations.delete', { id: first.id }, coordinator);
    const second = await create(associationInput({ name: 'Seconda Titolare', taxCode }));

    const result = await h.call('associations.restore', { id: first.id }, coordinator);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('CONFLICT');
    expect(result.error.issues?.[0]?.path).toBe('taxCode');
    expect(result.error.details).toMatchObject({ existingId: second.id });
    expect((await h.ok('associations.get', { id: first.id }, operator)).deletedAt).toBeTruthy();
  });
});

describe('audit and clock', () => {
  it('writes a history row for create, update, delete and restore with the changed fields', async () => {
    const created = await create(fullAssociationInput({ name: 'Storico Srl' }), admin);
    let rows = await history(created.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'create', operatorName: 'Anna Amministratrice' });
    const createdFields = rows[0]!.changes.map((c) => c.field);
    expect(createdFields).toEqual(expect.arrayContaining(['name', 'taxCode', 'employees', 'sites']));
    expect(createdFields).not.toEqual(expect.arrayContaining(['hlc']));
    expect(createdFields).not.toContain('id');
    // The values are the record itself: a create keeps only the names.
    expect(rows[0]!.changes.find((c) => c.field === 'name')).toEqual({ field: 'name', before: null, after: null });

    const updated = await h.ok(
      'associations.update',
      { id: created.id, hlc: created.hlc, data: { ...toInput(created), name: 'Storico APS', employees: 7 } },
      operator,
    );
    rows = await history(created.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ action: 'update', operatorName: 'Utente operatore' });
    expect(rows[0]!.changes.sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'employees', before: 3, after: 7 },
      { field: 'name', before: 'Storico Srl', after: 'Storico APS' },
    ]);

    // A site change is shown in words.
    const siteEdit = await h.ok(
      'associations.update',
      { id: created.id, hlc: updated.hlc, data: { ...toInput(updated), sites: toInput(updated).sites.slice(0, 1) } },
      operator,
    );
    rows = await history(created.id);
    expect(rows[0]!.changes.map((c) => c.field)).toEqual(['sites']);
    expect(String(rows[0]!.changes[0]!.before)).toMatch(/Pinerolo/);
    expect(String(rows[0]!.changes[0]!.after)).not.toMatch(/Pinerolo/);

    await h.ok('associations.delete', { id: created.id }, coordinator);
    await h.ok('associations.restore', { id: created.id }, coordinator);
    rows = await history(created.id);
    expect(rows.map((r) => r.action)).toEqual(['restore', 'delete', 'update', 'update', 'create']);
    expect(rows[1]!.changes).toEqual([{ field: 'deletedAt', before: null, after: expect.any(String) }]);
    expect(rows[0]!.changes).toEqual([{ field: 'deletedAt', before: rows[1]!.changes[0]!.after, after: null }]);
    expect(rows[0]!.operatorName).toBe('Utente coordinatore');
    void siteEdit;
  });

  it('deleting twice or restoring a live association writes nothing', async () => {
    const created = await create(associationInput());
    await h.ok('associations.restore', { id: created.id }, coordinator);
    await h.ok('associations.delete', { id: created.id }, coordinator);
    const again = await h.ok('associations.delete', { id: created.id }, coordinator);
    expect((await history(created.id)).map((r) => r.action)).toEqual(['delete', 'create']);
    expect(again.deletedAt).toBeTruthy();
  });

  it('saving without changes writes no history row', async () => {
    const created = await create(fullAssociationInput());
    const before = await history(created.id);
    await h.ok('associations.update', { id: created.id, hlc: created.hlc, data: toInput(created) }, operator);
    expect(await history(created.id)).toEqual(before);
  });

  it('saving without changes does not touch the record (same hlc and updatedAt)', async () => {
    const created = await create(fullAssociationInput());
    offsetMs += 5_000; // a later save
    const saved = await h.ok('associations.update', { id: created.id, hlc: created.hlc, data: toInput(created) }, operator);
    expect(saved.hlc).toBe(created.hlc);
    expect(saved.updatedAt).toBe(created.updatedAt);
  });

  it('the hlc strictly increases on every write', async () => {
    const hlcs: string[] = [];
    const created = await create(associationInput());
    hlcs.push(created.hlc);
    let current = created;
    for (let i = 0; i < 3; i++) {
      current = await h.ok(
        'associations.update',
        { id: current.id, hlc: current.hlc, data: { ...toInput(current), notes: `giro ${i}` } },
        operator,
      );
      hlcs.push(current.hlc);
    }
    hlcs.push((await h.ok('associations.delete', { id: created.id }, coordinator)).hlc);
    hlcs.push((await h.ok('associations.restore', { id: created.id }, coordinator)).hlc);
    hlcs.push((await create(associationInput())).hlc);
    for (let i = 1; i < hlcs.length; i++) expect(hlcs[i]! > hlcs[i - 1]!, `${hlcs[i]} > ${hlcs[i - 1]}`).toBe(true);
  });
});

describe('after a restart', () => {
  it('keeps the data, the search index and the history, and the clock never goes back', async () => {
    const created = await create(fullAssociationInput({ name: 'Persistente Ciclismo' }));
    const updated = await h.ok(
      'associations.update',
      { id: created.id, hlc: created.hlc, data: { ...toInput(created), notes: 'prima del riavvio' } },
      operator,
    );
    const historyBefore = await history(created.id);
    const totalBefore = (await list({ pageSize: 200 })).total;

    offsetMs -= 60 * 60 * 1000; // the PC clock goes back an hour
    h.restart();
    const stale = await h.call('associations.get', { id: created.id }, operator);
    expect(stale.ok).toBe(false); // sessions do not survive a restart
    if (!stale.ok) expect(stale.error.code).toBe('UNAUTHENTICATED');

    const session = await h.sessionAs('operatore');
    expect(await h.ok('associations.get', { id: created.id }, session)).toEqual(updated);
    expect((await h.ok('associations.list', { query: 'persistente cicl' }, session)).items.map((i) => i.id)).toEqual([created.id]);
    expect((await h.ok('associations.list', { query: 'pinerolo persistente' }, session)).total).toBe(1);
    expect((await h.ok('associations.list', { pageSize: 200 }, session)).total).toBe(totalBefore);
    expect(await h.ok('audit.forRecord', { entity: 'associations', id: created.id }, session)).toEqual(historyBefore);

    const after = await h.ok(
      'associations.update',
      { id: created.id, hlc: updated.hlc, data: { ...toInput(updated), notes: 'dopo il riavvio' } },
      session,
    );
    expect(after.hlc > updated.hlc).toBe(true);
  });
});
