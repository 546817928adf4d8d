/**
 * «Oggi» on a real SQLite file: each condition made through the API shows up as its item, with
 * the link to where it is fixed, for the right operator; fixing it takes it away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda, AgendaKind } from '@shared/api/today';
import { createHarness } from '../../../../tests/support/core-harness';
import { candidateInput, fullAssociationInput, internshipInput, needInput } from '../../../../tests/support/fixtures';
import { waiveSigning } from '../../../../tests/support/signing';
import { ITEM_QUERIES } from './agenda-items';

const h = createHarness({ now: () => new Date('2026-12-07T09:00:00Z') });
let op: string;
let coord: string;
let opId: string;
const ids = { mine: '', starting: '', running: '', staleNeed: '', interviewNeed: '' };

const item = (agenda: Agenda, kind: AgendaKind) => agenda.items.find((i) => i.kind === kind);
const labels = (agenda: Agenda, kind: AgendaKind) => item(agenda, kind)?.entries.map((e) => e.label) ?? [];

beforeAll(async () => {
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  const admin = await h.sessionAs('amministratore');
  opId = (await h.ok('operators.list', {}, admin)).find((o) => o.username === 'operatore')!.id;
  const host = await h.ok('associations.create', fullAssociationInput({ name: 'ASD Agenda' }), coord);

  // Mine: a person with a permit running out and no privacy notice, a file about to start.
  const mine = await h.ok('candidates.create', candidateInput({ lastName: 'Mia', operatorId: opId, permitType: 'Lavoro subordinato', permitExpiry: '2027-01-15' }), coord);
  ids.mine = mine.id;
  const draft = await h.ok('internships.create', internshipInput(mine.id, host.id, { startDate: '2026-12-10', plannedEndDate: '2027-06-09', promoterTutorId: opId }), coord);
  ids.starting = (await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, coord)).id;

  // Someone else's: a file running since September, ending this month, October's hours entered and not closed.
  const other = await h.ok('candidates.create', candidateInput({ lastName: 'Altrui', privacyNoticeDate: '2026-08-20', privacyNoticeVersion: 'v1' }), coord);
  const otherHost = await h.ok('associations.create', fullAssociationInput({ name: 'ASD Altrove' }), coord);
  const f = await h.ok('internships.create', internshipInput(other.id, otherHost.id, { startDate: '2026-09-01', plannedEndDate: '2026-12-31' }), coord);
  const signing = await h.ok('internships.transition', { id: f.id, hlc: f.hlc, to: 'in_firma' }, coord);
  await waiveSigning(h, f.id, coord);
  const running = await h.ok('internships.transition', { id: f.id, hlc: signing.hlc, to: 'attivo', noticeDate: '2026-08-28', noticeNumber: 'UNILAV 1' }, coord);
  ids.running = running.id;
  await h.ok('internships.setAttendance', { id: running.id, month: '2026-10', attendedHours: 100 }, coord);

  // My need waiting since November with nobody proposed; an interview fixed on another need.
  ids.staleNeed = (await h.ok('needs.create', needInput(host.id, { title: 'Custode palestra', receivedOn: '2026-11-02', operatorId: opId }), coord)).id;
  const need = await h.ok('needs.create', needInput(host.id, { title: 'Istruttore nuoto', receivedOn: '2026-12-01' }), coord);
  ids.interviewNeed = need.id;
  const interviewed = await h.ok('candidates.create', candidateInput({ lastName: 'Colloquio', privacyNoticeDate: '2026-11-20', privacyNoticeVersion: 'v1' }), coord);
  const [proposal] = await h.ok('matches.propose', { needId: need.id, candidateIds: [interviewed.id] }, coord);
  await h.ok('matches.transition', { id: proposal!.id, hlc: proposal!.hlc, to: 'colloquio_fissato', interviewAt: '2026-12-09T10:30', interviewPlace: 'Sede ASD' }, coord);
});
afterAll(() => h.dispose());

describe('«Oggi»', () => {
  it('shows an operator their own people and files, each with the place it is fixed', async () => {
    const agenda = await h.ok('today.agenda', {}, op);
    expect(agenda.today).toBe('2026-12-07');
    expect(agenda.scopeLabel).toBe('le tue persone e pratiche');
    expect(item(agenda, 'comunicazione-avvio')!.entries).toEqual([
      expect.objectContaining({ detail: 'Avvio il 10/12/2026 · comunicazione: entro il 09/12/2026', due: '2026-12-09', to: `/tirocini/${ids.starting}` }),
    ]);
    expect(item(agenda, 'firme')!.entries[0]).toMatchObject({ to: `/tirocini/${ids.starting}?scheda=documenti` });
    expect(item(agenda, 'permessi')!.entries[0]).toMatchObject({ label: 'Mia Mario', detail: 'Permesso di soggiorno in scadenza il 15/01/2027', to: `/candidati/${ids.mine}?scheda=anagrafica` });
    expect(labels(agenda, 'informativa')).toEqual(['Mia Mario']);
    // No «in ritardo» mark: the day received is no deadline.
    expect(item(agenda, 'fabbisogni-fermi')!.entries[0]).toMatchObject({ label: 'Custode palestra · ASD Agenda', due: null, to: `/fabbisogni/${ids.staleNeed}/candidati` });
    // Not theirs: the running file of another promoter tutor, the interview on a need nobody gave them.
    for (const kind of ['in-scadenza', 'presenze-da-inserire', 'mesi-da-chiudere', 'colloqui'] as const) expect(item(agenda, kind)).toBeUndefined();
  });

  it('shows the whole office everything, with counts and the links to each place', async () => {
    const agenda = await h.ok('today.agenda', { scope: 'office' }, coord);
    expect(agenda.scopeLabel).toBe('tutto l’ufficio');
    expect(item(agenda, 'in-scadenza')!.entries[0]).toMatchObject({ detail: 'Finisce il 31/12/2026: esito, attestazione o proroga', to: `/tirocini/${ids.running}` });
    expect(item(agenda, 'presenze-da-inserire')!.entries[0]).toMatchObject({ detail: 'Ore di novembre 2026 da inserire', to: `/tirocini/${ids.running}?scheda=presenze` });
    expect(item(agenda, 'mesi-da-chiudere')!.entries[0]).toMatchObject({ detail: 'Ottobre 2026 da chiudere' });
    expect(item(agenda, 'colloqui')!.entries[0]).toMatchObject({ label: 'Colloquio Mario', detail: 'Istruttore nuoto · 09/12/2026 alle 10:30 · Sede ASD', to: `/fabbisogni/${ids.interviewNeed}` });
    expect(item(agenda, 'informativa')!.count).toBe(1);
    // The items keep the page's order: deadlines set by law first.
    const kinds = agenda.items.map((i) => i.kind);
    expect(kinds.indexOf('comunicazione-avvio')).toBeLessThan(kinds.indexOf('colloqui'));
  });

  it('lets a coordinator look at one operator’s agenda, the same the operator sees', async () => {
    const theirs = await h.ok('today.agenda', { scope: 'operator', operatorId: opId }, coord);
    const own = await h.ok('today.agenda', {}, op);
    expect(theirs.scopeLabel).toBe('Utente operatore');
    // The same items, but for months to close: closing is the coordinator's act, not shown to an operator.
    expect(theirs.items.filter((i) => i.kind !== 'mesi-da-chiudere')).toEqual(own.items);
    expect(item(await h.ok('today.agenda', { scope: 'office' }, op), 'mesi-da-chiudere')).toBeUndefined();
    const refused = await h.call('today.agenda', { scope: 'operator' }, coord);
    expect(refused.ok ? null : refused.error.message).toBe('Scegli l’operatore di cui vedere l’agenda.');
  });

  it('drops an item once it is done', async () => {
    const closedBefore = (await h.ok('today.agenda', { scope: 'office' }, coord)).items.find((i) => i.kind === 'mesi-da-chiudere');
    expect(closedBefore).toBeDefined();
    await h.ok('internships.closeMonth', { id: ids.running, month: '2026-10' }, coord);
    const person = await h.ok('candidates.get', { id: ids.mine }, coord);
    await h.ok('candidates.update', { id: person.id, hlc: person.hlc, data: { ...person, privacyNoticeDate: '2026-12-07', privacyNoticeVersion: 'v2' } }, coord);
    const after = await h.ok('today.agenda', { scope: 'office' }, coord);
    expect(item(after, 'mesi-da-chiudere')).toBeUndefined();
    expect(item(after, 'informativa')).toBeUndefined();
  });
});

describe('the plan of every «Oggi» statement', () => {
  it('reads no table whole: each item searches an index, the large ones their own partial index', () => {
    const { sqlite } = h.core.state.database;
    const own: Partial<Record<AgendaKind, string>> = {
      colloqui: 'matches_interview_idx',
      permessi: 'candidates_permit_idx',
      informativa: 'candidates_no_notice_idx',
      'fabbisogni-fermi': 'needs_waiting_idx',
    };
    for (const q of ITEM_QUERIES) {
      for (const scope of [{ operatorId: null }, { operatorId: opId }]) {
        const params = { ...q.params('2026-12-07', scope), limit: 5 };
        const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
        // A SCAN of a subquery's rows is fine; a SCAN of a table without an index reads every record.
        expect(plan.filter((d) => /^SCAN \w+$/.test(d)), `${q.kind}: ${plan.join(' | ')}`).toEqual([]);
        const index = own[q.kind];
        if (index) expect(plan.some((d) => d.includes(index)), `${q.kind}: ${plan.join(' | ')}`).toBe(true);
      }
    }
  });
});
