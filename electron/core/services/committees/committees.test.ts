/**
 * The AICS committees list on real SQLite files through the handler table (decision 0013): the
 * regional office's coordinator adds, corrects and removes committees, each change in the history;
 * a name already in the list is refused whatever its case, accents or spaces; operators only read;
 * a desk reads the list and every change there is refused in Italian.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOffice, type Office } from '../../../../tests/support/exchange-offices';
import { associationInput } from '../../../../tests/support/fixtures';

let region: Office;
let desk: Office;
let coord: string;
let op: string;

beforeAll(async () => {
  region = await openOffice('PIE', 'ufficio_regionale');
  desk = await openOffice('TO01', 'sportello');
  coord = await region.h.sessionAs('coordinatore');
  op = await region.h.sessionAs('operatore');
});
afterAll(() => {
  region.h.dispose();
  desk.h.dispose();
});

const refusal = (result: { ok: boolean; error?: unknown }) => (result.ok ? 'ok' : result.error);

describe('at the regional office', () => {
  it('a coordinator adds, corrects and removes a committee, each change in its history', async () => {
    const created = await region.h.ok('committees.create', { name: '  Comitato Provinciale AICS Torino ', province: 'to' }, coord);
    expect(created).toMatchObject({ name: 'Comitato Provinciale AICS Torino', province: 'TO', notes: null, origin: null, lockedReason: null });

    const list = await region.h.ok('committees.list', {}, op);
    expect(list.managedHere).toBe(true);
    expect(list.lastPublication).toBeNull();
    expect(list.items.map((c) => c.name)).toEqual(['Comitato Provinciale AICS Torino']);

    const corrected = await region.h.ok(
      'committees.update',
      { id: created.id, hlc: created.hlc, data: { name: 'Comitato Provinciale AICS Torino', province: 'TO', notes: 'Via Nizza 150' } },
      coord,
    );
    expect(corrected.notes).toBe('Via Nizza 150');
    expect(corrected.hlc > created.hlc).toBe(true);

    // Saved from a version someone else has changed meanwhile: refused, nothing lost.
    const stale = await region.h.call('committees.update', { id: created.id, hlc: created.hlc, data: { name: 'Altro nome' } }, coord);
    expect(refusal(stale)).toMatchObject({ code: 'CONFLICT', details: { reason: 'stale' }, message: expect.stringContaining('questo comitato') });

    await region.h.ok('committees.delete', { id: created.id, hlc: corrected.hlc }, coord);
    expect((await region.h.ok('committees.list', {}, op)).items).toEqual([]);
    const again = await region.h.call('committees.delete', { id: created.id, hlc: corrected.hlc }, coord);
    expect(refusal(again)).toMatchObject({ code: 'NOT_FOUND', message: 'Comitato non trovato: forse è stato eliminato.' });

    const history = await region.h.ok('audit.forRecord', { entity: 'committees', id: created.id }, op);
    expect(history.map((e) => e.action).sort()).toEqual(['create', 'delete', 'update']);
    const update = history.find((e) => e.action === 'update')!;
    expect(update.operatorName).toBe('Utente coordinatore');
    expect(update.changes).toEqual([{ field: 'notes', before: null, after: 'Via Nizza 150' }]);
    expect(history.find((e) => e.action === 'create')!.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: null },
        { field: 'province', before: null, after: null },
      ]),
    );

    // A removed committee's name is free again.
    const back = await region.h.ok('committees.create', { name: 'Comitato Provinciale AICS Torino' }, coord);
    await region.h.ok('committees.delete', { id: back.id, hlc: back.hlc }, coord);
  });

  it('refuses a name already in the list, whatever its case, accents or spaces', async () => {
    const cuneo = await region.h.ok('committees.create', { name: 'Comitato Provinciale AICS Cuneo', province: 'CN' }, coord);
    const forli = await region.h.ok('committees.create', { name: 'Comitato AICS Forlì' }, coord);
    for (const twin of ['comitato provinciale aics cuneo', 'Comitato  Provinciale AICS   CUNEO']) {
      const refused = await region.h.call('committees.create', { name: twin }, coord);
      expect(refusal(refused)).toEqual({
        code: 'CONFLICT',
        message: 'C’è già un comitato con questo nome nell’elenco: «Comitato Provinciale AICS Cuneo».',
        issues: [{ path: 'name', message: 'C’è già un comitato con questo nome nell’elenco: «Comitato Provinciale AICS Cuneo».' }],
      });
    }
    expect(refusal(await region.h.call('committees.create', { name: 'Comitato AICS Forli' }, coord))).toMatchObject({ code: 'CONFLICT' });
    // Renaming onto another committee is refused too; changing only the case of its own name is not.
    const onto = await region.h.call('committees.update', { id: forli.id, hlc: forli.hlc, data: { name: 'COMITATO PROVINCIALE AICS CUNEO' } }, coord);
    expect(refusal(onto)).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'name' }] });
    const recased = await region.h.ok('committees.update', { id: cuneo.id, hlc: cuneo.hlc, data: { name: 'Comitato provinciale AICS Cuneo', province: 'CN' } }, coord);
    expect(recased.name).toBe('Comitato provinciale AICS Cuneo');
    expect((await region.h.ok('committees.list', {}, op)).items.map((c) => c.name)).toEqual(['Comitato AICS Forlì', 'Comitato provinciale AICS Cuneo']);
  });

  it('says in Italian what is wrong with a field', async () => {
    const empty = await region.h.call('committees.create', { name: '   ' }, coord);
    expect(refusal(empty)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'name', message: 'Nome del comitato: campo obbligatorio' }] });
    const province = await region.h.call('committees.create', { name: 'Comitato AICS Roma', province: 'XX' }, coord);
    expect(refusal(province)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'province', message: 'Sigla di provincia non riconosciuta (es. TO, CN)' }] });
    // It must fit in an association's «Comitato AICS» (100 characters).
    const long = await region.h.call('committees.create', { name: `Comitato ${'A'.repeat(100)}` }, coord);
    expect(refusal(long)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'name', message: 'Massimo 100 caratteri' }] });
  });

  it('operators read the list but cannot change it', async () => {
    const refused = await region.h.call('committees.create', { name: 'Comitato AICS Asti' }, op);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await region.h.ok('committees.list', {}, op)).items.length).toBeGreaterThan(0);
  });

  it('the association filters offer the listed committees beside those written on associations', async () => {
    await region.h.ok('associations.create', associationInput({ committee: 'AICS Biella (scritto a mano)' }), region.admin);
    const options = await region.h.ok('associations.filterOptions', {}, op);
    expect(options.committees).toEqual(['AICS Biella (scritto a mano)', 'Comitato AICS Forlì', 'Comitato provinciale AICS Cuneo']);
  });
});

describe('at a desk', () => {
  it('the list is read only: every change is refused, in Italian, and nothing is written', async () => {
    const list = await desk.h.ok('committees.list', {}, desk.admin);
    expect(list).toEqual({ items: [], managedHere: false, lastPublication: null });
    const audit = () => (desk.h.core.state.database.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = audit();
    const created = await desk.h.call('committees.create', { name: 'Comitato AICS dello sportello' }, desk.admin);
    const lock = 'L’elenco dei comitati AICS è dell’ufficio regionale: si modifica lì e arriva agli sportelli con la prossima pubblicazione. Qui si consulta soltanto.';
    expect(refusal(created)).toEqual({ code: 'CONFLICT', message: lock });
    const id = '0190a1b2-0000-7000-8000-000000000001';
    expect(refusal(await desk.h.call('committees.update', { id, hlc: 'x', data: { name: 'X' } }, desk.admin))).toEqual({ code: 'CONFLICT', message: lock });
    expect(refusal(await desk.h.call('committees.delete', { id, hlc: 'x' }, desk.admin))).toEqual({ code: 'CONFLICT', message: lock });
    expect(audit()).toBe(before);
    expect((await desk.h.ok('committees.list', {}, desk.admin)).items).toEqual([]);
  });
});
