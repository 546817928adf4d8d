/**
 * The committees list travels from the regional office to the desks (decision 0013), on real
 * SQLite files and real sealed bundles: published with «Elenco dei comitati AICS», imported at a
 * desk with the regional office as its origin, locked there; a correction and a removal at the
 * regional office reach the desk with the next publication (the removal as a tombstone), and a
 * desk's full export sends nothing back that would overwrite them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBundle, importInto, openOffice, preview, publish, waitForJob, type Office } from '../support/exchange-offices';
import { associationInput } from '../support/fixtures';

const opened: Office[] = [];
async function office(code: string, kind: 'sportello' | 'ufficio_regionale' = 'sportello') {
  const o = await openOffice(code, kind);
  opened.push(o);
  return o;
}
afterEach(() => {
  for (const o of opened.splice(0)) o.h.dispose();
});

const ONLY_COMMITTEES = { ruleSets: false, templates: false, associations: false, committees: true };

function storedRow(o: Office, id: string) {
  return o.h.core.state.database.sqlite.prepare('SELECT name, province, site_id AS siteId, hlc, deleted_at AS deletedAt FROM committees WHERE id = ?').get(id) as
    | { name: string; province: string | null; siteId: string; hlc: string; deletedAt: string | null }
    | undefined;
}

describe('the committees list from the regional office to the desks', () => {
  it('arrives with the publication, shows its origin, stays locked at the desk, and follows corrections and removals', async () => {
    const region = await office('PIE', 'ufficio_regionale');
    const desk = await office('TO01');
    const torino = await region.h.ok('committees.create', { name: 'Comitato Provinciale AICS Torino', province: 'TO' }, region.admin);
    const cuneo = await region.h.ok('committees.create', { name: 'Comitato Provinciale AICS Cuneo', province: 'CN', notes: 'Sede ad Alba' }, region.admin);

    const bundle = await publish(region, ONLY_COMMITTEES);
    const seen = await preview(desk, bundle);
    expect(seen.bundle.kind).toBe('pubblicazione');
    expect(seen.bundle.counts.committees).toBe(2);
    expect(seen.bundle.counts.rule_sets).toBeUndefined();
    expect(seen.areas.find((a) => a.area === 'associazioni')?.counts.new).toBe(2);
    expect((await desk.h.ok('committees.list', {}, desk.admin)).items).toEqual([]);

    await importInto(desk, bundle);
    const list = await desk.h.ok('committees.list', {}, desk.admin);
    expect(list.managedHere).toBe(false);
    expect(list.lastPublication).toMatchObject({ code: 'PIE', name: 'Ufficio regionale Piemonte' });
    expect(list.items.map((c) => [c.name, c.province, c.notes])).toEqual([
      ['Comitato Provinciale AICS Cuneo', 'CN', 'Sede ad Alba'],
      ['Comitato Provinciale AICS Torino', 'TO', null],
    ]);
    for (const c of list.items) {
      expect(c.origin).toEqual({ code: 'PIE', name: 'Ufficio regionale Piemonte', kind: 'ufficio_regionale' });
      expect(c.lockedReason).toBe('Pubblicato dall’ufficio regionale (PIE): si modifica lì e arriva agli sportelli con la prossima pubblicazione.');
    }
    // The desk's history of the record says where it came from.
    const history = await desk.h.ok('audit.forRecord', { entity: 'committees', id: torino.id }, desk.admin);
    expect(history.map((e) => [e.action, e.changes])).toEqual([['import', [{ field: 'importatoDa', before: null, after: 'PIE' }]]]);
    // The association filters offer the published names before any association uses them.
    expect((await desk.h.ok('associations.filterOptions', {}, desk.admin)).committees).toEqual(['Comitato Provinciale AICS Cuneo', 'Comitato Provinciale AICS Torino']);

    // The desk cannot change or remove what the regional office published.
    const atDesk = list.items.find((c) => c.id === torino.id)!;
    const before = storedRow(desk, torino.id);
    const edit = await desk.h.call('committees.update', { id: torino.id, hlc: atDesk.hlc, data: { name: 'Comitato AICS Torino (sportello)' } }, desk.admin);
    expect(edit.ok ? 'ok' : edit.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('dell’ufficio regionale') });
    const removal = await desk.h.call('committees.delete', { id: torino.id, hlc: atDesk.hlc }, desk.admin);
    expect(removal.ok ? 'ok' : removal.error.code).toBe('CONFLICT');
    expect(storedRow(desk, torino.id)).toEqual(before);

    // An association of the desk names the committee as it was then.
    const host = await desk.h.ok('associations.create', associationInput({ committee: 'Comitato Provinciale AICS Torino' }), desk.admin);

    // Corrected and removed at the regional office: the next publication brings both.
    const corrected = await region.h.ok('committees.update', { id: torino.id, hlc: torino.hlc, data: { name: 'Comitato Territoriale AICS Torino', province: 'TO' } }, region.admin);
    await region.h.ok('committees.delete', { id: cuneo.id, hlc: cuneo.hlc }, region.admin);
    const second = await importInto(desk, await publish(region, ONLY_COMMITTEES));
    expect(second.areas.find((a) => a.area === 'associazioni')?.counts).toMatchObject({ updated: 2, new: 0, conflicts: 0 });
    const after = await desk.h.ok('committees.list', {}, desk.admin);
    expect(after.items.map((c) => c.name)).toEqual(['Comitato Territoriale AICS Torino']);
    expect(after.items[0]!.hlc).toBe(corrected.hlc);
    // The removal travelled as a tombstone: the row is there, deleted, as at the regional office.
    const tombstone = storedRow(desk, cuneo.id)!;
    expect(tombstone.deletedAt).not.toBeNull();
    expect(tombstone).toEqual(storedRow(region, cuneo.id));
    // The association keeps the text it was saved with: the list suggests, it never rewrites.
    expect((await desk.h.ok('associations.get', { id: host.id }, desk.admin)).committee).toBe('Comitato Provinciale AICS Torino');
    expect((await desk.h.ok('associations.filterOptions', {}, desk.admin)).committees).toEqual(['Comitato Provinciale AICS Torino', 'Comitato Territoriale AICS Torino']);
    expect(await desk.h.ok('exchange.conflicts', { resolved: false }, desk.admin)).toEqual([]);
  });

  it('leaves the list out when the box is not ticked; ticked by default', async () => {
    const region = await office('PIE', 'ufficio_regionale');
    const desk = await office('TO01');
    await region.h.ok('committees.create', { name: 'Comitato Provinciale AICS Asti', province: 'AT' }, region.admin);
    const without = await preview(desk, await publish(region, { ...ONLY_COMMITTEES, committees: false, associations: true }));
    expect(without.bundle.counts.committees).toBeUndefined();
    // Nothing ticked at all is refused in Italian.
    const nothing = await region.h.call('exchange.startPublication', { ruleSets: false, templates: false, associations: false, committees: false }, region.admin);
    expect(nothing.ok ? 'ok' : nothing.error).toMatchObject({ code: 'VALIDATION', message: 'Scegli almeno una cosa da pubblicare.' });
    // By default the list is part of the publication.
    const byDefault = await waitForJob(region.h, await region.h.ok('exchange.startPublication', {}, region.admin));
    const bytes = readFileSync(join(region.h.dataDir, 'scambio', 'uscita', `${byDefault.result!.exportId}.exar`));
    expect((await preview(desk, bytes)).bundle.counts.committees).toBe(1);
  });

  it('a desk’s full export brings the published list back unchanged: the desk never overwrites it', async () => {
    const region = await office('PIE', 'ufficio_regionale');
    const desk = await office('TO01');
    const created = await region.h.ok('committees.create', { name: 'Comitato Provinciale AICS Novara', province: 'NO' }, region.admin);
    // The desk's first export (always complete) is behind it: the next one is a file of changes.
    await importInto(region, await exportBundle(desk));
    await importInto(desk, await publish(region, ONLY_COMMITTEES));
    await desk.h.ok('associations.create', associationInput({ committee: 'Comitato Provinciale AICS Novara' }), desk.admin);
    const before = storedRow(region, created.id);

    const changes = await preview(region, await exportBundle(desk));
    // A file of changes carries only what the desk wrote: not the list it received.
    expect(changes.bundle.full).toBe(false);
    expect(changes.bundle.counts.associations).toBe(1);
    expect(changes.bundle.counts.committees).toBe(0);
    const full = await exportBundle(desk, { full: true });
    const seen = await preview(region, full);
    expect(seen.bundle.counts.committees).toBe(1);
    const result = await importInto(region, full);
    expect(result.totals.conflicts).toBe(0);
    expect(storedRow(region, created.id)).toEqual(before);
    const list = await region.h.ok('committees.list', {}, region.admin);
    expect(list.items.map((c) => [c.name, c.origin, c.lockedReason])).toEqual([['Comitato Provinciale AICS Novara', null, null]]);
  });
});
