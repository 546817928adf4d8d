/**
 * The regional exchange end to end on real SQLite files: two desks export, the regional office
 * previews and imports, in both orders; the same file twice; conflicts; duplicates; publications.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { associationInput, associationToInput, candidateInput, internshipInput, needInput, nextPerson } from '../support/fixtures';
import { exportBundle, importInto, openOffice, preview, publish, waitForJob, type Office } from '../support/exchange-offices';

const opened: Office[] = [];
async function office(code: string, kind: 'sportello' | 'ufficio_regionale' = 'sportello') {
  const o = await openOffice(code, kind);
  opened.push(o);
  return o;
}
afterEach(() => {
  for (const o of opened.splice(0)) o.h.dispose();
});

describe('regional exchange', () => {
  it('consolidates two desks: previews what it will do, imports, and a second import of the same file changes nothing', async () => {
    const to = await office('TO01');
    const cn = await office('CN01');
    const region = await office('PIE', 'ufficio_regionale');
    const a = await to.h.ok('associations.create', associationInput({ name: 'Polisportiva Aurora' }), to.admin);
    await to.h.ok('candidates.create', candidateInput({ lastName: 'Bergamasco', skills: ['Giardinaggio'] }), to.admin);
    await to.h.ok('needs.create', needInput(a.id, { title: 'Custode della palestra' }), to.admin);
    await cn.h.ok('associations.create', associationInput({ name: 'Circolo Langhe' }), cn.admin);
    const fromTo = await exportBundle(to);
    const fromCn = await exportBundle(cn);

    const seen = await preview(region, fromTo);
    expect(seen.unknownOffice).toBe(true);
    expect(seen.bundle.site.code).toBe('TO01');
    expect(seen.areas.find((x) => x.area === 'associazioni')?.counts.new).toBe(1);
    expect(seen.areas.find((x) => x.area === 'candidati')?.counts.new).toBe(1);
    // The preview wrote nothing.
    expect((await region.h.ok('associations.list', {}, region.admin)).total).toBe(0);

    const first = await importInto(region, fromTo);
    expect(first.alreadyImportedAt).toBeNull();
    await importInto(region, fromCn);
    const list = await region.h.ok('associations.list', {}, region.admin);
    expect(list.items.map((i) => i.name).sort()).toEqual(['Circolo Langhe', 'Polisportiva Aurora']);
    const found = await region.h.ok('associations.get', { id: a.id }, region.admin);
    expect(found.name).toBe('Polisportiva Aurora');
    // Found by the search box too: the import wrote the search documents and the skill list.
    expect((await region.h.ok('associations.list', { query: 'auror' }, region.admin)).total).toBe(1);
    expect((await region.h.ok('candidates.list', { query: 'bergam' }, region.admin)).total).toBe(1);
    expect((await region.h.ok('candidates.list', { query: 'giardin' }, region.admin)).total).toBe(1);
    expect((await region.h.ok('needs.list', { query: 'aurora custode' }, region.admin)).total).toBe(1);
    expect((await region.h.ok('candidates.skillSuggestions', { query: 'giard' }, region.admin)).map((s) => s.skill)).toContain('Giardinaggio');

    const again = await importInto(region, fromTo);
    expect(again.alreadyImportedAt).not.toBeNull();
    expect((await region.h.ok('associations.list', {}, region.admin)).total).toBe(2);
    const againPreview = await preview(region, fromTo);
    expect(againPreview.alreadyImportedAt).not.toBeNull();
  });

  it('brings the desk’s operators as names for the lists, never as accounts that can log in at the regional office', async () => {
    const to = await office('TO01');
    const region = await office('PIE', 'ufficio_regionale');
    const person = await to.h.ok('candidates.create', candidateInput(), to.admin);
    await importInto(region, await exportBundle(to));
    const list = await region.h.ok('candidates.list', {}, region.admin);
    expect(list.items.find((c) => c.id === person.id)?.officeCode).toBe('TO01');
    const staff = await region.h.ok('operators.list', {}, region.admin);
    expect(staff.map((o) => o.username)).toEqual(['admin']);
    const remote = await region.h.call('auth.login', { username: 'admin@TO01', password: 'password-admin-1' });
    expect(remote.ok).toBe(false);
    const row = region.h.core.state.database.sqlite.prepare("SELECT active, password_hash AS hash FROM operators WHERE username = 'admin@TO01'").get() as { active: number; hash: string };
    expect(row).toEqual({ active: 0, hash: '!' });
  });

  it('registers a desk met for the first time through a file of changes, with its name and code', async () => {
    const to = await office('TO01');
    const region = await office('PIE', 'ufficio_regionale');
    await to.h.ok('associations.create', associationInput(), to.admin);
    await exportBundle(to);
    const person = await to.h.ok('candidates.create', candidateInput(), to.admin);
    const changes = await exportBundle(to);
    const seen = await preview(region, changes);
    expect(seen.bundle.full).toBe(false);
    expect(seen.unknownOffice).toBe(true);
    await importInto(region, changes);
    const offices = await region.h.ok('reference.offices', {}, region.admin);
    expect(offices.map((o) => `${o.code} ${o.name}`)).toContain('TO01 Sportello TO01');
    expect((await region.h.ok('candidates.list', {}, region.admin)).items.find((c) => c.id === person.id)?.officeCode).toBe('TO01');
    expect((await preview(region, await exportBundle(to))).unknownOffice).toBe(false);
  });

  it('a cancelled export leaves no file, no log line, and the next export still sends everything', async () => {
    const to = await office('TO01');
    for (let i = 0; i < 3; i++) await to.h.ok('associations.create', associationInput(), to.admin);
    const started = await to.h.ok('exchange.startExport', { full: false, includeFiles: false }, to.admin);
    const cancelling = await to.h.ok('exchange.cancelJob', { id: started.id }, to.admin);
    const ended = await waitForJob(to.h, cancelling);
    expect(ended.state).toBe('annullato');
    expect(ended.result).toBeNull();
    expect(readdirSync(join(to.h.dataDir, 'scambio', 'uscita'))).toEqual([]);
    expect(await to.h.ok('exchange.exports', {}, to.admin)).toEqual([]);
    const region = await office('PIE', 'ufficio_regionale');
    const next = await preview(region, await exportBundle(to));
    expect(next.bundle.full).toBe(true);
    expect(next.bundle.counts.associations).toBe(3);
  });

  it('sends only what changed since the last export, and a full export on demand', async () => {
    const to = await office('TO01');
    const region = await office('PIE', 'ufficio_regionale');
    const a = await to.h.ok('associations.create', associationInput(), to.admin);
    await importInto(region, await exportBundle(to));
    const updated = await to.h.ok('associations.update', { id: a.id, hlc: a.hlc, data: { ...associationToInput(a), phone: '011 555 1234' } }, to.admin);
    const second = await preview(region, await exportBundle(to));
    expect(second.bundle.counts.associations).toBe(1);
    expect(second.bundle.counts.candidates ?? 0).toBe(0);
    expect(second.areas.find((x) => x.area === 'associazioni')?.counts.updated).toBe(1);
    const full = await preview(region, await exportBundle(to, { full: true }));
    expect(full.bundle.full).toBe(true);
    expect(full.bundle.counts.associations).toBe(1);
    expect(full.areas.find((x) => x.area === 'associazioni')?.counts.updated).toBe(1);
    expect(updated.phone).toBe('011 555 1234');
  });

  it('proposes a merge for the same person registered at two desks, never merging by itself', async () => {
    const to = await office('TO01');
    const cn = await office('CN01');
    const region = await office('PIE', 'ufficio_regionale');
    const person = nextPerson();
    await to.h.ok('candidates.create', candidateInput(person), to.admin);
    await cn.h.ok('candidates.create', candidateInput({ ...person, resComune: 'Alba', resProvince: 'CN' }), cn.admin);
    await importInto(region, await exportBundle(to));
    const second = await importInto(region, await exportBundle(cn));
    expect(second.totals.duplicates).toBe(1);
    const proposals = await region.h.ok('exchange.duplicates', { status: 'proposta' }, region.admin);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.people.map((p) => p.officeCode).sort()).toEqual(['CN01', 'TO01']);
    expect((await region.h.ok('candidates.list', {}, region.admin)).total).toBe(2);
  });

  it('lets the regional office edit an association two desks registered with the same codice fiscale', async () => {
    const to = await office('TO01');
    const cn = await office('CN01');
    const region = await office('PIE', 'ufficio_regionale');
    const taxCode = associationInput().taxCode;
    const a = await to.h.ok('associations.create', associationInput({ name: 'Polisportiva Aurora', taxCode }), to.admin);
    await cn.h.ok('associations.create', associationInput({ name: 'Polisportiva Aurora ASD', taxCode }), cn.admin);
    await importInto(region, await exportBundle(to));
    await importInto(region, await exportBundle(cn));
    const stored = await region.h.ok('associations.get', { id: a.id }, region.admin);
    // An edit that leaves the codice fiscale alone does not create the double: the offices did.
    const edited = await region.h.ok('associations.update', { id: a.id, hlc: stored.hlc, data: { ...associationToInput(stored), phone: '011 5550000' } }, region.admin);
    expect(edited.phone).toBe('011 5550000');
    // Giving a third association that code is still refused, next to the field.
    const refused = await region.h.call('associations.create', associationInput({ name: 'Altro circolo', taxCode }), region.admin);
    if (refused.ok) throw new Error('a third association with the same codice fiscale was accepted');
    expect(refused.error.issues?.[0]?.message).toMatch(/già registrato/);
  });

  it('keeps the losing version of a record both sides changed since they last met, for a coordinator to resolve', async () => {
    const to = await office('TO01');
    const cn = await office('CN01');
    const region = await office('PIE', 'ufficio_regionale');
    const a = await to.h.ok('associations.create', associationInput({ name: 'Polisportiva Aurora' }), to.admin);
    await importInto(region, await exportBundle(to));
    // The register goes back to the desks: Cuneo now has Torino's association too.
    await importInto(cn, await publish(region));
    const atCn = await cn.h.ok('associations.get', { id: a.id }, cn.admin);
    await cn.h.ok('associations.update', { id: a.id, hlc: atCn.hlc, data: { ...associationToInput(atCn), phone: '0173 111' } }, cn.admin);
    const atTo = await to.h.ok('associations.get', { id: a.id }, to.admin);
    await to.h.ok('associations.update', { id: a.id, hlc: atTo.hlc, data: { ...associationToInput(atTo), phone: '011 222' } }, to.admin);
    const cnBundle = await exportBundle(cn);
    const toBundle = await exportBundle(to);
    await importInto(region, toBundle);
    const result = await importInto(region, cnBundle);
    expect(result.totals.conflicts).toBe(1);
    const conflicts = await region.h.ok('exchange.conflicts', { resolved: false }, region.admin);
    expect(conflicts).toHaveLength(1);
    const detail = await region.h.ok('exchange.conflict', { id: conflicts[0]!.id }, region.admin);
    const phone = detail.fields.find((f) => f.column === 'phone')!;
    expect(phone.differs).toBe(true);
    expect([phone.current, phone.theirs].sort()).toEqual(['011 222', '0173 111']);
    const theirsPhone = phone.theirs;
    await region.h.ok('exchange.resolveConflict', { id: conflicts[0]!.id, choice: 'combinata', takeTheirs: ['phone'] }, region.admin);
    expect((await region.h.ok('associations.get', { id: a.id }, region.admin)).phone).toBe(theirsPhone);
    expect(await region.h.ok('exchange.conflicts', { resolved: false }, region.admin)).toHaveLength(0);
  });

  it('after a coordinator merges the two profiles, the files follow the survivor and later edits from the desk do not undo the merge', async () => {
    const to = await office('TO01');
    const cn = await office('CN01');
    const region = await office('PIE', 'ufficio_regionale');
    const person = nextPerson();
    const mine = await to.h.ok('candidates.create', candidateInput(person), to.admin);
    const host = await to.h.ok('associations.create', associationInput(), to.admin);
    const fileInput = internshipInput(mine.id, host.id);
    const file = await to.h.ok('internships.create', fileInput, to.admin);
    const theirs = await cn.h.ok('candidates.create', candidateInput({ ...person, phone: '0173 999' }), cn.admin);
    await importInto(region, await exportBundle(to));
    await importInto(region, await exportBundle(cn));
    const [survivor, absorbed] = [await region.h.ok('candidates.get', { id: theirs.id }, region.admin), await region.h.ok('candidates.get', { id: mine.id }, region.admin)];
    await region.h.ok('candidates.merge', { survivorId: survivor.id, survivorHlc: survivor.hlc, absorbedId: absorbed.id, absorbedHlc: absorbed.hlc, data: survivor }, region.admin);
    expect((await region.h.ok('internships.get', { id: file.id }, region.admin)).candidateId).toBe(survivor.id);
    const merged = await region.h.ok('exchange.duplicates', { status: 'unita' }, region.admin);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ decidedBy: 'Anna Amministratrice' });
    expect(merged[0]!.decidedAt).not.toBeNull();

    // Torino, which knows nothing of the merge, keeps working on its profile and its file.
    await to.h.ok('candidates.update', { id: mine.id, hlc: mine.hlc, data: { ...candidateInput(person), phone: '011 777' } }, to.admin);
    const current = await to.h.ok('internships.get', { id: file.id }, to.admin);
    await to.h.ok('internships.update', { id: file.id, hlc: current.hlc, data: { ...fileInput, notes: 'Colloquio con il tutor' } }, to.admin);
    await importInto(region, await exportBundle(to));

    const stillMerged = await region.h.ok('candidates.get', { id: mine.id }, region.admin);
    expect(stillMerged.mergedInto).toBe(survivor.id);
    const fileNow = await region.h.ok('internships.get', { id: file.id }, region.admin);
    expect(fileNow.candidateId).toBe(survivor.id);
    expect(fileNow.notes).toBe('Colloquio con il tutor');
    // The desk's change to the absorbed profile waits for the coordinator, shown against the survivor.
    const conflicts = await region.h.ok('exchange.conflicts', { resolved: false }, region.admin);
    expect(conflicts.map((c) => c.table)).toEqual(['candidates']);
    const detail = await region.h.ok('exchange.conflict', { id: conflicts[0]!.id }, region.admin);
    expect(detail.fields.find((f) => f.column === 'phone')).toMatchObject({ current: '0173 999', theirs: '011 777', differs: true });
    await region.h.ok('exchange.resolveConflict', { id: conflicts[0]!.id, choice: 'combinata', takeTheirs: ['phone'] }, region.admin);
    expect((await region.h.ok('candidates.get', { id: survivor.id }, region.admin)).phone).toBe('011 777');
    expect((await region.h.ok('candidates.get', { id: mine.id }, region.admin)).mergedInto).toBe(survivor.id);
  });
});
