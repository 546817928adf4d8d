/**
 * The audit viewer on a real data folder: a failed login, a view of special data and an export each
 * found under their kind, the person filter, the period in Italian days, the roles, and the CSV for Excel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '@shared/api/candidates';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { candidateInput } from '../../../../tests/support/fixtures';
import { romeDayStart } from './audit-viewer';

let h: Harness;
let op: string;
let coord: string;
let admin: string;
let elena: Candidate;
let marco: Candidate;
// 23:57 on 1 December in Italy; the later rows are written at 00:03 on the 2nd (within the idle lock), a different Italian day.
let now = new Date('2026-12-01T22:57:00Z');

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  admin = await h.sessionAs('amministratore');
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  elena = await h.ok('candidates.create', candidateInput({ lastName: 'Marino', firstName: 'Elena', specialLegalBasis: 'art9_2b' }), op);
  marco = await h.ok('candidates.create', candidateInput({ lastName: 'Bruno', firstName: 'Marco' }), op);
  await h.ok('candidates.updateSpecial', { id: elena.id, hlc: null, data: { healthNotes: 'Allergia al lattice', disabilityPercent: null, socialServicesCare: false, socialServicesNotes: null } }, coord);
  now = new Date('2026-12-01T23:03:00Z');
  await h.ok('candidates.getSpecial', { id: elena.id }, coord);
  const wrong = await h.call('auth.login', { username: 'operatore', password: 'non-la-password' });
  expect(wrong.ok).toBe(false);
  await h.ok('privacy.exportPerson', { id: marco.id }, coord);
});

afterAll(() => h.dispose());

describe('audit.search', () => {
  it('finds a failed login under «Accessi non riusciti», with the username typed and never the password', async () => {
    const found = await h.ok('audit.search', { kind: 'accessi-falliti', page: 1, pageSize: 50 }, coord);
    expect(found.total).toBe(1);
    const row = found.items[0]!;
    expect(row.action).toBe('Accesso non riuscito');
    expect(row.entity).toBe('Operatore');
    expect(row.entityLabel).toBe('Utente operatore');
    expect(row.summary).toContain('Nome utente: operatore');
    expect(JSON.stringify(found)).not.toContain('non-la-password');
  });

  it('finds the view of special data under «Dati particolari visti», named after the person', async () => {
    const found = await h.ok('audit.search', { kind: 'dati-particolari', page: 1, pageSize: 50 }, admin);
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((r) => r.action === 'Consultazione' && r.entity === 'Dati particolari')).toBe(true);
    expect(found.items.map((r) => r.entityLabel)).toContain('Marino Elena');
    expect(found.items.map((r) => r.operatorName)).toContain('Utente coordinatore');
  });

  it('finds the export under «Esportazioni» and not under the other kinds', async () => {
    const found = await h.ok('audit.search', { kind: 'esportazioni', page: 1, pageSize: 50 }, coord);
    expect(found.items.map((r) => [r.action, r.entityLabel])).toEqual([['Esportazione', 'Bruno Marco']]);
    const views = await h.ok('audit.search', { kind: 'dati-particolari', page: 1, pageSize: 50 }, coord);
    expect(views.items.map((r) => r.entityLabel)).not.toContain('Bruno Marco');
  });

  it('filters by person: only that person’s rows, their special data included, newest first', async () => {
    const found = await h.ok('audit.search', { personId: elena.id, page: 1, pageSize: 50 }, coord);
    expect(found.total).toBe(found.items.length);
    expect(found.items.every((r) => r.entityLabel === 'Marino Elena')).toBe(true);
    expect(found.items.map((r) => r.entity)).toEqual(expect.arrayContaining(['Candidato', 'Dati particolari']));
    const times = found.items.map((r) => r.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by operator, action and Italian days, and pages', async () => {
    const me = await h.ok('auth.me', {}, op);
    const byOp = await h.ok('audit.search', { operatorId: me.operator.id, action: 'create', page: 1, pageSize: 1 }, coord);
    expect(byOp.total).toBe(2);
    expect(byOp.items).toHaveLength(1);
    expect(byOp.operators.map((o) => o.name)).toContain('Utente operatore');
    // 2 December in Italy starts at 23:00 UTC of the 1st: the rows written at 23:57 Italian time on the 1st are not in it.
    const second = await h.ok('audit.search', { from: '2026-12-02', to: '2026-12-02', page: 1, pageSize: 50 }, coord);
    expect(second.items.every((r) => r.at >= '2026-12-01T23:00:00.000Z')).toBe(true);
    expect(second.items.map((r) => r.action)).toEqual(expect.arrayContaining(['Accesso non riuscito', 'Esportazione']));
    expect(second.items.map((r) => r.action)).not.toContain('Creazione');
    expect(romeDayStart('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    const wrongOrder = await h.call('audit.search', { from: '2026-12-03', to: '2026-12-01', page: 1, pageSize: 50 }, coord);
    expect(wrongOrder.ok).toBe(false);
  });

  it('is refused to an operator, for the page and the CSV', async () => {
    for (const method of ['audit.search', 'audit.export'] as const) {
      const refused = await h.call(method, { kind: 'tutto', page: 1, pageSize: 10 }, op);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('audit.export', () => {
  it('gives a CSV for Italian Excel (BOM, semicolons, dd/mm/yyyy HH:mm) and is itself an export row', async () => {
    const file = await h.ok('audit.export', { kind: 'accessi-falliti' }, coord);
    expect(file.fileName).toMatch(/^registro-accessi-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Data e ora;Operatore;Azione;Tipo di record;Record;Dettagli');
    expect(lines).toHaveLength(2);
    // 23:03 UTC on 1 December is 00:03 on the 2nd in Italy.
    expect(lines[1]).toMatch(/^02\/12\/2026 00:03;Schermata di accesso;Accesso non riuscito;Operatore;Utente operatore;/);
    const exports = await h.ok('audit.search', { kind: 'esportazioni', page: 1, pageSize: 50 }, coord);
    expect(exports.items[0]).toMatchObject({ action: 'Esportazione', operatorName: 'Utente coordinatore', summary: 'Registro accessi in CSV: 1 righe' });
  });
});
