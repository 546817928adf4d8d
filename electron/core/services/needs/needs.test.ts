/**
 * Needs on a real SQLite file through the handler table: saved with their place and host
 * capacity, moved only along the lifecycle (dated, on the timeline, audited), found in the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Association } from '@shared/api/associations';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { associationInput, needInput } from '../../../../tests/support/fixtures';

let h: Harness;
let op: string;
let noEmployees: Association;
let withSite: Association;

beforeAll(async () => {
  h = createHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
  await h.setup();
  op = await h.sessionAs('operatore');
  noEmployees = await h.ok(
    'associations.create',
    associationInput({ name: 'ASD Polisportiva Alba', comune: 'Alba', province: 'CN', employees: 0, aicsAffiliation: 'AICS-CN-123', committee: 'AICS Cuneo' }),
    op,
  );
  withSite = await h.ok(
    'associations.create',
    associationInput({
      name: 'APS Teatro Insieme',
      employees: 8,
      sites: [{ label: 'Palestra', address: 'Via Po 2', comune: 'Moncalieri', province: 'TO' }],
    }),
    op,
  );
});
afterAll(() => h.dispose());

describe('a need', () => {
  it('is saved as "nuovo" with its timeline, place and the host capacity (protocol exception with no employees)', async () => {
    const need = await h.ok('needs.create', needInput(noEmployees.id, { title: 'Istruttore/trice di nuoto' }), op);
    expect(need.status).toBe('nuovo');
    expect([need.associationName, need.comune, need.province]).toEqual(['ASD Polisportiva Alba', 'Alba', 'CN']);
    expect(need.events.map((e) => [e.from, e.to])).toEqual([[null, 'nuovo']]);
    expect(need.capacity).toMatchObject({ employees: 0, maxInterns: 1, protocolException: true, hostedNow: 0 });
  });

  it('takes the comune of the operating site it is for', async () => {
    const need = await h.ok('needs.create', needInput(withSite.id, { operatingSiteId: withSite.sites[0]!.id }), op);
    expect([need.comune, need.province]).toEqual(['Moncalieri', 'TO']);
    expect(need.capacity).toMatchObject({ employees: 8, maxInterns: 2, protocolException: false });
  });

  it('refuses a site of another association and an empty offer, in Italian', async () => {
    const wrongSite = await h.call('needs.create', needInput(noEmployees.id, { operatingSiteId: withSite.sites[0]!.id }), op);
    expect(wrongSite.ok ? 'ok' : wrongSite.error.issues).toEqual([{ path: 'operatingSiteId', message: 'Scegli una sede dell’associazione' }]);
    const noOffer = await h.call('needs.create', needInput(noEmployees.id, { offers: [] }), op);
    expect(noOffer.ok ? 'ok' : noOffer.error.issues).toContainEqual({ path: 'offers', message: 'Indica cosa offre l’associazione' });
  });
});

describe('the lifecycle', () => {
  it('allows nuovo → in analisi → chiuso senza esito → in analisi, each dated and audited', async () => {
    let need = await h.ok('needs.create', needInput(noEmployees.id), op);
    need = await h.ok('needs.transition', { id: need.id, hlc: need.hlc, to: 'in_analisi', note: 'Chiamata la presidente' }, op);
    need = await h.ok('needs.transition', { id: need.id, hlc: need.hlc, to: 'chiuso_senza_esito' }, op);
    need = await h.ok('needs.transition', { id: need.id, hlc: need.hlc, to: 'in_analisi', note: 'Hanno richiamato' }, op);
    expect(need.status).toBe('in_analisi');
    expect(need.statusChangedOn).toBe('2026-11-24');
    expect(need.events.map((e) => e.to)).toEqual(['nuovo', 'in_analisi', 'chiuso_senza_esito', 'in_analisi']);
    expect(need.events[1]!.note).toBe('Chiamata la presidente');
    const history = await h.ok('audit.forRecord', { entity: 'needs', id: need.id }, op);
    expect(history.filter((e) => e.action === 'update' && e.changes.some((c) => c.field === 'status'))).toHaveLength(3);
  });

  it('refuses a move the lifecycle does not allow, and "coperto" without an accepted candidate', async () => {
    const need = await h.ok('needs.create', needInput(noEmployees.id), op);
    const jump = await h.call('needs.transition', { id: need.id, hlc: need.hlc, to: 'coperto' }, op);
    expect(jump.ok ? 'ok' : jump.error.message).toBe('Da «Nuovo» si può passare solo a «In analisi», «Candidati proposti», «Annullato».');
    const analysed = await h.ok('needs.transition', { id: need.id, hlc: need.hlc, to: 'in_analisi' }, op);
    const proposed = await h.call('needs.transition', { id: need.id, hlc: analysed.hlc, to: 'candidati_proposti' }, op);
    expect(proposed.ok ? 'ok' : proposed.error.message).toContain('proponi almeno un candidato');
    const stale = await h.call('needs.transition', { id: need.id, hlc: need.hlc, to: 'annullato' }, op);
    expect(stale.ok ? 'ok' : stale.error.details).toEqual({ reason: 'stale' });
    expect((await h.ok('needs.get', { id: need.id }, op)).events.map((e) => e.to)).toEqual(['nuovo', 'in_analisi']);
  });
});

describe('the list', () => {
  it('finds needs by role, skill and association, filters by status, province, committee, offer and age', async () => {
    await h.ok('needs.create', needInput(noEmployees.id, { title: 'Custode impianto', skills: ['Manutenzione'], offers: ['contratto'], receivedOn: '2026-09-01' }), op);
    const titles = async (input: Parameters<typeof h.ok<'needs.list'>>[1]) =>
      (await h.ok('needs.list', { pageSize: 200, ...input }, op)).items.map((r) => r.title);
    expect(await titles({ query: 'custode' })).toEqual(['Custode impianto']);
    expect(await titles({ query: 'manutenz' })).toEqual(['Custode impianto']);
    expect(await titles({ query: 'teatro insieme' })).toEqual(['Addetto/a alla segreteria sportiva']);
    expect(await titles({ offer: 'contratto' })).toEqual(['Custode impianto']);
    expect(await titles({ committee: 'AICS Cuneo', olderThanDays: 60 })).toEqual(['Custode impianto']);
    expect(await titles({ province: 'TO' })).toEqual(['Addetto/a alla segreteria sportiva']);
    const byAssociation = await h.ok('needs.list', { associationId: noEmployees.id }, op);
    expect(byAssociation.total).toBe(4);
    expect(await titles({ status: 'in_analisi', associationId: noEmployees.id })).toHaveLength(2);
  });
});
