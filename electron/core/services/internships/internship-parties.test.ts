/**
 * Who and where an internship file is about, on a real SQLite file through the handler table: a
 * file opened from scratch names a site and a need of its own host only; a file from a proposal
 * keeps that proposal's person; an interrupted file gives its place back to the need; the list
 * filters by host and by promoter tutor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Association } from '@shared/api/associations';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { associationInput, candidateInput, internshipInput, needInput } from '../../../../tests/support/fixtures';
import { waiveSigning } from '../../../../tests/support/signing';

let h: Harness;
let op: string;
let coord: string;
let host: Association;
let otherHost: Association;
let now = new Date('2026-12-01T10:00:00Z');

async function later(iso: string): Promise<void> {
  now = new Date(iso);
  op = await h.login('operatore', 'password-operatore-1');
  coord = await h.login('coordinatore', 'password-coordinatore-1');
}

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  host = await h.ok(
    'associations.create',
    associationInput({ name: 'ASD Pallavolo Moncalieri', comune: 'Moncalieri', employees: 2, sites: [{ label: 'Palestra', address: 'Via Juglaris 3', comune: 'Moncalieri', province: 'TO' }] }),
    op,
  );
  otherHost = await h.ok(
    'associations.create',
    associationInput({ name: 'APS Musica Insieme', employees: 4, sites: [{ label: 'Sala prove', address: 'Via Nizza 10', comune: 'Torino', province: 'TO' }] }),
    op,
  );
});
afterAll(() => h.dispose());

describe('a file opened from scratch', () => {
  it('takes only a site and a need of its own host, and says which field is wrong', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Rosso' }), op);
    const foreignNeed = await h.ok('needs.create', needInput(otherHost.id), op);
    const wrongSite = await h.call('internships.create', internshipInput(person.id, host.id, { operatingSiteId: otherHost.sites[0]!.id }), op);
    expect(wrongSite.ok ? 'ok' : wrongSite.error.issues).toEqual([{ path: 'operatingSiteId', message: 'Scegli una sede dell’associazione ospitante' }]);
    const wrongNeed = await h.call('internships.create', internshipInput(person.id, host.id, { needId: foreignNeed.id }), op);
    expect(wrongNeed.ok ? 'ok' : wrongNeed.error.issues).toEqual([{ path: 'needId', message: 'Scegli un fabbisogno dell’associazione ospitante' }]);
    expect((await h.ok('internships.list', { associationId: host.id }, op)).total).toBe(0);

    const ownNeed = await h.ok('needs.create', needInput(host.id, { title: 'Istruttore/a minivolley' }), op);
    const file = await h.ok('internships.create', internshipInput(person.id, host.id, { operatingSiteId: host.sites[0]!.id, needId: ownNeed.id }), op);
    expect(file).toMatchObject({ status: 'bozza', candidateName: 'Rosso Mario', associationName: 'ASD Pallavolo Moncalieri', operatingSiteId: host.sites[0]!.id, needId: ownNeed.id });
    expect(file.number).toMatch(/^[A-Z0-9]+-2026-\d{4}$/);
    expect(file).toMatchObject({ siteName: 'Palestra: Via Juglaris 3, Moncalieri (TO)', needTitle: 'Istruttore/a minivolley' });
    const atHeadOffice = await h.ok('internships.create', internshipInput(person.id, host.id), op);
    expect(atHeadOffice).toMatchObject({ siteName: 'Sede legale: Via Roma 1, Moncalieri (TO)', needTitle: null });
  });

  it('a file from a proposal keeps the proposal’s person', async () => {
    const [a, b] = [await h.ok('candidates.create', candidateInput({ lastName: 'Primo' }), op), await h.ok('candidates.create', candidateInput({ lastName: 'Secondo' }), op)];
    const need = await h.ok('needs.create', needInput(host.id, { title: 'Segreteria' }), op);
    const [m] = await h.ok('matches.propose', { needId: need.id, candidateIds: [a.id] }, op);
    await h.ok('matches.transition', { id: m!.id, hlc: m!.hlc, to: 'accettato' }, op);
    const file = await h.ok('internships.createFromMatch', { matchId: m!.id }, op);
    const swapped = await h.call('internships.update', { id: file.id, hlc: file.hlc, data: { ...file, candidateId: b.id } }, op);
    expect(swapped.ok ? 'ok' : swapped.error.message).toBe(
      'La pratica nasce da una proposta accettata: candidato, associazione e fabbisogno restano quelli della proposta.',
    );
    expect((await h.ok('internships.get', { id: file.id }, op)).candidateId).toBe(a.id);
  });
});

describe('an interrupted file', () => {
  it('withdraws its accepted proposal and reopens the need it covered; the person is available again', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Bruno', firstName: 'Luca' }), op);
    const need = await h.ok('needs.create', needInput(otherHost.id, { title: 'Tecnico/a del suono', periodFrom: '2027-01-11', periodTo: '2027-06-30' }), op);
    const [m] = await h.ok('matches.propose', { needId: need.id, candidateIds: [person.id] }, op);
    await h.ok('matches.transition', { id: m!.id, hlc: m!.hlc, to: 'accettato' }, op);
    const draft = await h.ok('internships.createFromMatch', { matchId: m!.id }, op);
    const ready = await h.ok('internships.update', { id: draft.id, hlc: draft.hlc, data: internshipInput(person.id, otherHost.id, { needId: need.id, matchId: m!.id, plannedEndDate: '2027-06-30' }) }, op);
    const signed = await h.ok('internships.transition', { id: ready.id, hlc: ready.hlc, to: 'in_firma' }, op);
    await waiveSigning(h, signed.id, coord);
    await later('2027-01-11T09:00:00Z');
    const running = await h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 90' }, op);
    expect((await h.ok('needs.get', { id: need.id }, op)).status).toBe('coperto');

    await later('2027-03-15T09:00:00Z');
    const ended = await h.ok(
      'internships.transition',
      { id: running.id, hlc: running.hlc, to: 'interrotto', interruptedBy: 'tirocinante', interruptionReason: 'Trasferimento in un’altra città', actualEndDate: '2027-03-12' },
      op,
    );
    expect(ended.status).toBe('interrotto');
    const [proposal] = await h.ok('matches.forNeed', { needId: need.id }, op);
    expect(proposal).toMatchObject({ status: 'ritirato' });
    const reopened = await h.ok('needs.get', { id: need.id }, op);
    expect(reopened.status).toBe('in_analisi');
    expect(reopened.events.at(-1)).toMatchObject({ from: 'coperto', to: 'in_analisi', note: `Riaperto: tirocinio ${running.number} interrotto il 12/03/2027` });
    expect((await h.ok('candidates.get', { id: person.id }, op)).status).toBe('attivo');
    // Someone else can now be proposed and accepted for the place.
    const next = await h.ok('candidates.create', candidateInput({ lastName: 'Verdi' }), op);
    const [second] = await h.ok('matches.propose', { needId: need.id, candidateIds: [next.id] }, op);
    expect((await h.ok('matches.transition', { id: second!.id, hlc: second!.hlc, to: 'accettato' }, op)).status).toBe('accettato');
    await later('2026-12-01T10:00:00Z');
  });
});

describe('the list', () => {
  it('filters by host association and by promoter tutor', async () => {
    const me = await h.ok('auth.me', {}, coord);
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Tutorato' }), op);
    const mine = await h.ok('internships.create', internshipInput(person.id, host.id, { promoterTutorId: me.operator.id }), coord);
    const byHost = await h.ok('internships.list', { associationId: host.id }, op);
    expect(byHost.items.every((r) => r.associationName === 'ASD Pallavolo Moncalieri')).toBe(true);
    expect(byHost.items.map((r) => r.id)).toContain(mine.id);
    const byTutor = await h.ok('internships.list', { promoterTutorId: me.operator.id }, op);
    expect(byTutor.items.map((r) => r.id)).toEqual([mine.id]);
    expect(byTutor.items[0]!.promoterTutorName).toBe(me.operator.fullName);
  });
});

describe('a draft opened by mistake', () => {
  it('is deleted and restored by the desk, leaves the list meanwhile, and frees its proposal; a file past draft is never deleted', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Errore' }), op);
    const need = await h.ok('needs.create', needInput(host.id, { title: 'Custode' }), op);
    const [m] = await h.ok('matches.propose', { needId: need.id, candidateIds: [person.id] }, op);
    await h.ok('matches.transition', { id: m!.id, hlc: m!.hlc, to: 'accettato' }, op);
    const draft = await h.ok('internships.createFromMatch', { matchId: m!.id }, op);
    expect((await h.ok('internships.list', { candidateId: person.id }, op)).items.map((r) => r.id)).toEqual([draft.id]);

    const gone = await h.ok('internships.delete', { id: draft.id, hlc: draft.hlc }, op);
    expect(gone.deletedAt).not.toBeNull();
    expect(gone.events.at(-1)).toMatchObject({ kind: 'eliminata' });
    expect((await h.ok('internships.list', { candidateId: person.id }, op)).total).toBe(0);
    const history = await h.ok('audit.forRecord', { entity: 'internships', id: draft.id }, op);
    expect(history.some((e) => e.action === 'delete')).toBe(true);

    // The proposal is free again: a new file can be opened from it, and then the old one stays deleted.
    const again = await h.ok('internships.createFromMatch', { matchId: m!.id }, op);
    expect(again.number).not.toBe(draft.number);
    const restore = await h.call('internships.restore', { id: gone.id, hlc: gone.hlc }, op);
    expect(restore.ok ? 'ok' : restore.error.message).toBe(`Dalla stessa proposta è stata aperta nel frattempo la pratica ${again.number}: questa resta eliminata.`);

    // Once the newer draft is deleted too, the first one comes back.
    await h.ok('internships.delete', { id: again.id, hlc: again.hlc }, op);
    const back = await h.ok('internships.restore', { id: gone.id, hlc: gone.hlc }, op);
    expect(back.deletedAt).toBeNull();
    expect((await h.ok('internships.list', { candidateId: person.id }, op)).items.map((r) => r.id)).toEqual([draft.id]);

    const complete = await h.ok('internships.create', internshipInput(person.id, host.id, { startDate: '2027-09-06', plannedEndDate: '2027-12-05' }), op);
    const signed = await h.ok('internships.transition', { id: complete.id, hlc: complete.hlc, to: 'in_firma' }, op);
    const refused = await h.call('internships.delete', { id: signed.id, hlc: signed.hlc }, op);
    expect(refused.ok ? 'ok' : refused.error.message).toBe('Si elimina solo una pratica in bozza: riporta prima questa in bozza.');
  });
});

describe('the proposal behind a file is the core’s to set', () => {
  it('a caller cannot borrow a proposal, nor drop it to swap the person', async () => {
    const [a, b] = [await h.ok('candidates.create', candidateInput({ lastName: 'Alfa' }), op), await h.ok('candidates.create', candidateInput({ lastName: 'Beta' }), op)];
    const need = await h.ok('needs.create', needInput(otherHost.id, { title: 'Bibliotecario/a' }), op);
    const [m] = await h.ok('matches.propose', { needId: need.id, candidateIds: [a.id] }, op);
    await h.ok('matches.transition', { id: m!.id, hlc: m!.hlc, to: 'accettato' }, op);
    const file = await h.ok('internships.createFromMatch', { matchId: m!.id }, op);

    // Dropping the link in an update does not free the person: the stored link stays.
    const swap = await h.call('internships.update', { id: file.id, hlc: file.hlc, data: { ...file, matchId: null, candidateId: b.id } }, op);
    expect(swap.ok ? 'ok' : swap.error.message).toBe('La pratica nasce da una proposta accettata: candidato, associazione e fabbisogno restano quelli della proposta.');
    // A second file naming the same proposal is a file from scratch: the link it sends is ignored.
    const second = await h.ok('internships.create', internshipInput(b.id, otherHost.id, { matchId: m!.id }), op);
    expect(second.matchId).toBeNull();
    expect((await h.ok('matches.forNeed', { needId: need.id }, op)).map((p) => p.status)).toEqual(['accettato']);
  });
});

describe('a file from scratch that names its need', () => {
  it('accepts the person for the need, which is covered at the start and reopens when the file is interrupted', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Diretto', firstName: 'Ugo' }), op);
    const need = await h.ok('needs.create', needInput(host.id, { title: 'Allenatore/trice under 12' }), op);
    const file = await h.ok('internships.create', internshipInput(person.id, host.id, { needId: need.id, startDate: '2027-02-01', plannedEndDate: '2027-05-31' }), op);
    const [proposal] = await h.ok('matches.forNeed', { needId: need.id }, op);
    expect(proposal).toMatchObject({ candidateId: person.id, status: 'accettato' });
    expect(file.matchId).toBe(proposal!.id);
    expect((await h.ok('needs.get', { id: need.id }, op)).status).toBe('candidati_proposti');

    const signed = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'in_firma' }, op);
    await waiveSigning(h, signed.id, coord);
    await later('2027-02-01T09:00:00Z');
    const running = await h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 300' }, op);
    expect((await h.ok('needs.get', { id: need.id }, op)).status).toBe('coperto');
    // A need an open file answers is not deleted.
    const del = await h.call('needs.delete', { id: need.id }, coord);
    expect(del.ok ? 'ok' : del.error.message).toContain(`collegato alla pratica di tirocinio ${running.number}, ancora aperta`);

    await later('2027-03-01T09:00:00Z');
    await h.ok('internships.transition', { id: running.id, hlc: running.hlc, to: 'interrotto', interruptedBy: 'ente_ospitante', interruptionReason: 'Chiusura della palestra', actualEndDate: '2027-02-26' }, op);
    expect((await h.ok('needs.get', { id: need.id }, op)).status).toBe('in_analisi');
    const [withdrawn] = await h.ok('matches.forNeed', { needId: need.id }, op);
    expect(withdrawn!.status).toBe('ritirato');
    // The reason stays on the file: the proposal's history says only that the file was interrupted.
    expect(JSON.stringify(withdrawn)).not.toContain('palestra');
    await later('2026-12-01T10:00:00Z');
  });

  it('is refused, with the match’s own reason, when the need has no place left', async () => {
    const [first, late] = [await h.ok('candidates.create', candidateInput({ lastName: 'Primo' }), op), await h.ok('candidates.create', candidateInput({ lastName: 'Tardi' }), op)];
    const need = await h.ok('needs.create', needInput(otherHost.id, { title: 'Magazziniere/a', positions: 1 }), op);
    await h.ok('internships.create', internshipInput(first.id, otherHost.id, { needId: need.id }), op);
    const refused = await h.call('internships.create', internshipInput(late.id, otherHost.id, { needId: need.id }), op);
    expect(refused.ok ? 'ok' : refused.error.message).toContain('l’unico posto è già coperto');
    expect((await h.ok('internships.list', { candidateId: late.id }, op)).total).toBe(0);
  });
});
