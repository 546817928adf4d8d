/**
 * Abbinamenti on a real SQLite file through the handler table: ranking with reasons, unavailable
 * people left out (and shown on request), coordinator weights re-ranking at once, hidden categories
 * kept hidden, proposals with their lifecycle, and the need's "coperto" depending on them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Association } from '@shared/api/associations';
import type { Candidate } from '@shared/api/candidates';
import type { Need } from '@shared/api/needs';
import { DEFAULT_MATCH_WEIGHTS } from '@shared/api/matches';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { associationInput, candidateInput, needInput, nextPerson } from '../../../../tests/support/fixtures';

let h: Harness;
let op: string;
let coord: string;
let torino: Association;
let need: Need;
const people: Record<string, Candidate> = {};

const warehouse = (associationId: string) =>
  needInput(associationId, {
    title: 'Magazziniere/a per il centro sportivo',
    skills: ['Magazzino', 'Muletto'],
    hoursPerWeek: 20,
    licence: 'B',
    periodFrom: '2027-01-11',
  });

beforeAll(async () => {
  h = createHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  torino = await h.ok('associations.create', associationInput({ name: 'ASD Sporting Torino', comune: 'Torino', province: 'TO', employees: 3 }), op);
  need = await h.ok('needs.create', warehouse(torino.id), op);
  const add = async (key: string, overrides: Parameters<typeof candidateInput>[0]) => {
    people[key] = await h.ok('candidates.create', candidateInput(overrides), coord);
  };
  await add('best', { lastName: 'Bianchi', resComune: 'Torino', resProvince: 'TO', skills: ['magazzino', 'Muletto'], hoursPerWeek: 25, drivingLicences: ['B'] });
  await add('near', { lastName: 'Neri', resComune: 'Moncalieri', resProvince: 'TO', skills: ['Magazzino'], hoursPerWeek: 20, drivingLicences: ['B'] });
  await add('far', { lastName: 'Verdi', resComune: 'Cuneo', resProvince: 'CN', skills: ['Cucina'], hoursPerWeek: 10, availableFrom: '2027-03-01' });
  await add('employed', { lastName: 'Amato', status: 'occupato', resComune: 'Torino', resProvince: 'TO', skills: ['Magazzino', 'Muletto'], hoursPerWeek: 30, drivingLicences: ['B'] });
  await add('deleted', { lastName: 'Cancellato', resComune: 'Torino', resProvince: 'TO', skills: ['Magazzino', 'Muletto'], drivingLicences: ['B'] });
  await h.ok('candidates.delete', { id: people.deleted!.id }, coord);
});
afterAll(() => h.dispose());

const ranked = async (session = op, includeUnavailable = false) =>
  h.ok('matches.rankCandidates', { needId: need.id, includeUnavailable, page: 1, pageSize: 20 }, session);

describe('ranking candidates for a need', () => {
  it('puts the best fit first and says why, in Italian', async () => {
    const result = await ranked();
    expect(result.items.map((i) => i.candidateId)).toEqual([people.best!.id, people.near!.id, people.far!.id]);
    const [best, near, far] = result.items;
    expect(best!.score).toBe(100);
    expect(best!.reasons.map((r) => r.text)).toEqual([
      'Competenze: ha Magazzino, Muletto',
      'Abita nello stesso comune (Torino)',
      'Orario: disponibile 25 ore (ne servono 20)',
      'Patente e mezzo: ha la patente B',
      'Disponibile per la data di inizio',
    ]);
    expect(near!.reasons.find((r) => r.factor === 'skills')).toMatchObject({ kind: 'partial', text: 'Competenze: ha Magazzino; manca Muletto' });
    expect(near!.reasons.find((r) => r.factor === 'place')!.text).toBe('Abita nella stessa provincia (TO)');
    expect(far!.reasons.find((r) => r.factor === 'availability')!.text).toBe('Disponibile solo dal 01/03/2027');
    expect(best!.score).toBeGreaterThan(near!.score);
    expect(near!.score).toBeGreaterThan(far!.score);
  });

  it('leaves out people not available (and deleted profiles), counts them, and shows them on request', async () => {
    const usual = await ranked();
    expect(usual.total).toBe(3);
    expect(usual.unavailable).toBe(1);
    const all = await ranked(op, true);
    expect(all.total).toBe(4);
    const employed = all.items.find((i) => i.candidateId === people.employed!.id)!;
    expect(employed).toMatchObject({ available: false, status: 'occupato' });
    expect(all.items.some((i) => i.candidateId === people.deleted!.id)).toBe(false);
  });

  it('re-ranks at once when a coordinator changes the weights; an operator may not change them', async () => {
    const denied = await h.call('matches.setWeights', { ...DEFAULT_MATCH_WEIGHTS, place: 90 }, op);
    expect(denied.ok ? 'ok' : denied.error.code).toBe('FORBIDDEN');
    const allZero = await h.call('matches.setWeights', { skills: 0, place: 0, hours: 0, licence: 0, education: 0, category: 0, availability: 0 }, coord);
    expect(allZero.ok ? 'ok' : allZero.error.issues).toEqual([{ path: 'skills', message: 'Almeno un criterio deve avere un peso maggiore di 0' }]);

    // Only availability counts: the person available later drops to the bottom, the others tie and go by name.
    await h.ok('matches.setWeights', { skills: 0, place: 0, hours: 0, licence: 0, education: 0, category: 0, availability: 10 }, coord);
    expect((await ranked()).items.map((i) => i.candidateId)).toEqual([people.best!.id, people.near!.id, people.far!.id]);
    await h.ok('matches.setWeights', { skills: 0, place: 0, hours: 100, licence: 0, education: 0, category: 0, availability: 0 }, coord);
    const byHours = (await ranked()).items;
    expect(byHours.map((i) => i.score)).toEqual([100, 100, 50]);
    expect(await h.ok('matches.weights', {}, op)).toMatchObject({ hours: 100, skills: 0 });
    await h.ok('matches.setWeights', DEFAULT_MATCH_WEIGHTS, coord);
    const history = await h.ok('audit.forRecord', { entity: 'settings', id: (h.core.state.site!).id }, await h.sessionAs('amministratore'));
    expect(history.some((e) => e.changes.some((c) => c.field === 'pesoAbbinamento.hours'))).toBe(true);
  });

  it('does not reveal hidden target categories to an operator through the reasons', async () => {
    const forDisabled = await h.ok('needs.create', needInput(torino.id, { title: 'Accoglienza in palestra', skills: [], hoursPerWeek: null, categories: ['disabile'] }), coord);
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Zeta', targetCategory: 'disabile', specialLegalBasis: 'art9_2b' }), coord);
    const reasonFor = async (session: string) => {
      const result = await h.ok('matches.rankCandidates', { needId: forDisabled.id, includeUnavailable: false, page: 1, pageSize: 50 }, session);
      return result.items.find((i) => i.candidateId === person.id)!.reasons.find((r) => r.factor === 'category')!.text;
    };
    expect(await reasonFor(coord)).toBe('Categoria adatta al progetto');
    expect(await reasonFor(op)).toBe('Categoria tutelata: se è quella prevista dal progetto lo valuta il coordinatore');
    // A proposal is read by every role later: what it keeps is the masked version, even when a coordinator makes it.
    const [stored] = await h.ok('matches.propose', { needId: forDisabled.id, candidateIds: [person.id] }, coord);
    expect(stored!.reasons.find((r) => r.factor === 'category')!.text).toBe('Categoria tutelata: se è quella prevista dal progetto lo valuta il coordinatore');
    const fromProfile = await h.ok('matches.rankNeeds', { candidateId: person.id, page: 1, pageSize: 50 }, op);
    expect(fromProfile.items.find((i) => i.needId === forDisabled.id)!.reasons.find((r) => r.factor === 'category')!.text).toBe(
      'Categoria tutelata: se è quella prevista dal progetto lo valuta il coordinatore',
    );
  });
});

describe('the ranking follows every change to the profiles at once', () => {
  it('sees an edited skill, a new status, a new person and a deletion at the next ranking, and keeps its change log empty', async () => {
    const need2 = await h.ok('needs.create', needInput(torino.id, { title: 'Giardiniere/a', skills: ['Giardinaggio'], hoursPerWeek: null }), op);
    const rank = async () => (await h.ok('matches.rankCandidates', { needId: need2.id, includeUnavailable: false, page: 1, pageSize: 50 }, op)).items;
    const log = () => (h.core.state.database.sqlite.prepare('SELECT count(*) AS n FROM candidate_changes').get() as { n: number }).n;
    const gardeners = async () =>
      (await rank()).filter((i) => i.reasons.find((r) => r.factor === 'skills')!.kind === 'ok').map((i) => i.candidateId).sort();
    expect(await gardeners()).toEqual([]);
    expect(log()).toBe(0);

    const gardener = await h.ok('candidates.create', candidateInput({ lastName: 'Giardini', skills: ['Giardinaggio'] }), op);
    expect(log()).toBeGreaterThan(0);
    expect((await rank())[0]).toMatchObject({ candidateId: gardener.id, score: 100 });
    expect(log()).toBe(0);

    const far = await h.ok('candidates.get', { id: people.far!.id }, op);
    await h.ok('candidates.update', { id: far.id, hlc: far.hlc, data: { ...candidateInput(), ...far, skills: ['Cucina', 'giardinaggio'] } as never }, op);
    expect(await gardeners()).toEqual([gardener.id, far.id].sort());

    const current = await h.ok('candidates.get', { id: gardener.id }, op);
    await h.ok('candidates.update', { id: current.id, hlc: current.hlc, data: { ...current, status: 'non_disponibile' } as never }, op);
    expect(await gardeners()).toEqual([far.id]);
    await h.ok('candidates.delete', { id: far.id }, coord);
    expect(await gardeners()).toEqual([]);
    await h.ok('candidates.restore', { id: far.id }, coord);
    expect(await gardeners()).toEqual([far.id]);
    expect(log()).toBe(0);
  });
});

describe('proposals', () => {
  it('proposing two moves the need to "candidati proposti", keeps score and reasons, and shows in the ranking', async () => {
    const created = await h.ok('matches.propose', { needId: need.id, candidateIds: [people.best!.id, people.near!.id], note: 'Inviati i CV' }, op);
    expect(created.map((m) => [m.candidateName.split(' ')[0], m.status, m.proposedOn])).toEqual([
      ['Bianchi', 'proposto', '2026-11-24'],
      ['Neri', 'proposto', '2026-11-24'],
    ]);
    expect(created[0]!.score).toBe(100);
    expect(created[0]!.reasons[0]!.text).toBe('Competenze: ha Magazzino, Muletto');
    const after = await h.ok('needs.get', { id: need.id }, op);
    expect(after.status).toBe('candidati_proposti');
    expect(after.events.at(-1)).toMatchObject({ from: 'nuovo', to: 'candidati_proposti', note: 'Proposti 2 candidati' });
    const top = (await ranked()).items[0]!;
    expect(top.match).toMatchObject({ status: 'proposto' });
  });

  it('refuses proposing someone twice or someone not available, and then proposes nobody', async () => {
    const again = await h.call('matches.propose', { needId: need.id, candidateIds: [people.far!.id, people.best!.id] }, op);
    expect(again.ok ? 'ok' : again.error.message).toMatch(/^Bianchi .* è già stato proposto per questo fabbisogno il 24\/11\/2026 \(Proposto\)\.$/);
    const employed = await h.call('matches.propose', { needId: need.id, candidateIds: [people.employed!.id] }, op);
    expect(employed.ok ? 'ok' : employed.error.message).toContain('non è disponibile (stato «Occupato»)');
    const list = await h.ok('matches.forNeed', { needId: need.id }, op);
    expect(list.map((m) => m.candidateId).sort()).toEqual([people.best!.id, people.near!.id].sort());
  });

  it('goes proposto → colloquio fissato → accettato; the need can then become "coperto"', async () => {
    const [best, near] = await h.ok('matches.forNeed', { needId: need.id }, op).then((l) => [l.find((m) => m.candidateId === people.best!.id)!, l.find((m) => m.candidateId === people.near!.id)!]);
    const noDate = await h.call('matches.transition', { id: best!.id, hlc: best!.hlc, to: 'colloquio_fissato' }, op);
    expect(noDate.ok ? 'ok' : noDate.error.issues).toEqual([{ path: 'interviewAt', message: 'Indica la data e l’ora del colloquio.' }]);
    const past = await h.call('matches.transition', { id: best!.id, hlc: best!.hlc, to: 'colloquio_fissato', interviewAt: '2026-11-20T10:00' }, op);
    expect(past.ok ? 'ok' : past.error.message).toContain('nel passato');

    const current = await h.ok('needs.get', { id: need.id }, op);
    const early = await h.call('needs.transition', { id: need.id, hlc: current.hlc, to: 'coperto' }, op);
    expect(early.ok ? 'ok' : early.error.message).toBe('Un fabbisogno diventa «Coperto» solo con un candidato accettato.');

    const interview = await h.ok('matches.transition', { id: best!.id, hlc: best!.hlc, to: 'colloquio_fissato', interviewAt: '2026-11-27T10:30', interviewPlace: 'Sede di via Roma' }, op);
    expect(interview).toMatchObject({ status: 'colloquio_fissato', interviewAt: '2026-11-27T10:30', interviewPlace: 'Sede di via Roma' });
    const stale = await h.call('matches.transition', { id: best!.id, hlc: best!.hlc, to: 'accettato' }, op);
    expect(stale.ok ? 'ok' : stale.error.details).toEqual({ reason: 'stale' });
    const accepted = await h.ok('matches.transition', { id: best!.id, hlc: interview.hlc, to: 'accettato', note: 'Inizia a gennaio' }, op);
    expect(accepted).toMatchObject({ status: 'accettato', decidedOn: '2026-11-24' });
    expect(accepted.events.map((e) => e.to)).toEqual(['proposto', 'colloquio_fissato', 'accettato']);
    expect(accepted.events[1]!.interviewAt).toBe('2026-11-27T10:30');

    const onePlace = await h.call('matches.transition', { id: near!.id, hlc: near!.hlc, to: 'accettato' }, op);
    expect(onePlace.ok ? 'ok' : onePlace.error.message).toContain('l’unico posto è già coperto');
    const wrongMove = await h.call('matches.transition', { id: best!.id, hlc: accepted.hlc, to: 'rifiutato_ente' }, op);
    expect(wrongMove.ok ? 'ok' : wrongMove.error.message).toBe('Da «Accettato» si può passare solo a «Rifiutato dal candidato», «Ritirato».');
    const current2 = await h.ok('needs.get', { id: need.id }, op);
    expect(current2.proposals).toEqual({ total: 2, open: 1, accepted: 1 });

    const row = (await h.ok('needs.list', { associationId: torino.id, pageSize: 50 }, op)).items.find((r) => r.id === need.id)!;
    expect([row.proposals, row.accepted]).toEqual([2, 1]);
    const covered = await h.ok('needs.transition', { id: need.id, hlc: (await h.ok('needs.get', { id: need.id }, op)).hlc, to: 'coperto' }, op);
    expect(covered.status).toBe('coperto');
    const closed = await h.call('matches.propose', { needId: need.id, candidateIds: [people.far!.id] }, op);
    expect(closed.ok ? 'ok' : closed.error.message).toContain('Il fabbisogno è chiuso');

    const history = await h.ok('audit.forRecord', { entity: 'matches', id: best!.id }, op);
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update']));
    expect((await h.ok('matches.forCandidate', { candidateId: people.best!.id }, op))[0]).toMatchObject({ needTitle: need.title, status: 'accettato' });
  });

  it('on a covered need the other proposals can only be closed', async () => {
    const near = (await h.ok('matches.forNeed', { needId: need.id }, op)).find((m) => m.candidateId === people.near!.id)!;
    const interview = await h.call('matches.transition', { id: near.id, hlc: near.hlc, to: 'colloquio_fissato', interviewAt: '2026-12-01T09:00' }, op);
    expect(interview.ok ? 'ok' : interview.error.message).toContain('Il fabbisogno è «Coperto»: le sue proposte si possono solo chiudere');
    const withdrawn = await h.ok('matches.transition', { id: near.id, hlc: near.hlc, to: 'ritirato', note: 'Posto coperto' }, op);
    expect(withdrawn).toMatchObject({ status: 'ritirato', decidedOn: '2026-11-24' });
  });

  it('a person who drops out reopens the need; they can be proposed again and the old outcome stays', async () => {
    const best = (await h.ok('matches.forNeed', { needId: need.id }, op)).find((m) => m.candidateId === people.best!.id)!;
    await h.ok('matches.transition', { id: best.id, hlc: best.hlc, to: 'rifiutato_candidato', note: 'Ha trovato un altro lavoro' }, op);
    const reopened = await h.ok('needs.get', { id: need.id }, op);
    expect(reopened.status).toBe('in_analisi');
    expect(reopened.events.at(-1)).toMatchObject({ from: 'coperto', to: 'in_analisi', note: `Riaperto: ${people.best!.lastName} ${people.best!.firstName} non inizierà più` });

    const [again] = await h.ok('matches.propose', { needId: need.id, candidateIds: [people.best!.id] }, op);
    expect(again!.status).toBe('proposto');
    const forBest = (await h.ok('matches.forNeed', { needId: need.id }, op)).filter((m) => m.candidateId === people.best!.id);
    expect(forBest.map((m) => m.status)).toEqual(['proposto', 'rifiutato_candidato']);
    const twice = await h.call('matches.propose', { needId: need.id, candidateIds: [people.best!.id] }, op);
    expect(twice.ok ? 'ok' : twice.error.message).toContain('è già stato proposto per questo fabbisogno');
    const top = (await ranked()).items.find((i) => i.candidateId === people.best!.id)!;
    expect(top.match!.status).toBe('proposto');

    const yes = await h.ok('matches.transition', { id: again!.id, hlc: again!.hlc, to: 'accettato' }, op);
    const fewer = await h.call('needs.update', { id: need.id, hlc: (await h.ok('needs.get', { id: need.id }, op)).hlc, data: { ...warehouse(torino.id), positions: 1 } }, op);
    expect(fewer.ok).toBe(true);
    const covered = await h.ok('needs.transition', { id: need.id, hlc: (await h.ok('needs.get', { id: need.id }, op)).hlc, to: 'coperto' }, op);
    expect(covered.status).toBe('coperto');
    const reopen = await h.call('needs.transition', { id: need.id, hlc: covered.hlc, to: 'in_analisi' }, op);
    expect(reopen.ok ? 'ok' : reopen.error.message).toBe('Il fabbisogno ha un candidato accettato: per riaprirlo ritira prima quella proposta.');
    expect(yes.status).toBe('accettato');
  });

  it('refuses a yes for someone accepted elsewhere, fewer places than accepted people, and an interview for someone not available', async () => {
    const other = await h.ok('needs.create', needInput(torino.id, { title: 'Secondo magazzino', positions: 2 }), op);
    const extra = await h.ok('candidates.create', candidateInput({ lastName: 'Quarto' }), op);
    const late = await h.ok('candidates.create', candidateInput({ lastName: 'Quinto' }), op);
    const proposed = await h.ok('matches.propose', { needId: other.id, candidateIds: [people.best!.id, people.near!.id, extra.id, late.id] }, op);
    const [best, near, fourth, fifth] = orderBy(proposed, [people.best!.id, people.near!.id, extra.id, late.id]);
    const taken = await h.call('matches.transition', { id: best!.id, hlc: best!.hlc, to: 'accettato' }, op);
    expect(taken.ok ? 'ok' : taken.error.message).toBe(
      `${people.best!.lastName} ${people.best!.firstName} è già stato accettato per «${need.title}» (ASD Sporting Torino): chiudi prima quella proposta.`,
    );
    await h.ok('matches.transition', { id: near!.id, hlc: near!.hlc, to: 'accettato' }, op);
    await h.ok('matches.transition', { id: fourth!.id, hlc: fourth!.hlc, to: 'accettato' }, op);
    const full = await h.call('matches.transition', { id: fifth!.id, hlc: fifth!.hlc, to: 'accettato' }, op);
    expect(full.ok ? 'ok' : full.error.message).toBe(
      'Per questo fabbisogno tutti i 2 posti sono già coperti: aumenta i posti nel fabbisogno o ritira una proposta accettata.',
    );
    const current = await h.ok('needs.get', { id: other.id }, op);
    const fewer = await h.call('needs.update', { id: other.id, hlc: current.hlc, data: { ...needInput(torino.id, { title: 'Secondo magazzino' }), positions: 1 } }, op);
    expect(fewer.ok ? 'ok' : fewer.error.issues).toEqual([
      { path: 'positions', message: 'Ci sono già 2 candidati accettati: i posti non possono essere meno di 2.' },
    ]);

    const person = await h.ok('candidates.get', { id: late.id }, op);
    await h.ok('candidates.update', { id: person.id, hlc: person.hlc, data: { ...person, status: 'non_disponibile' } as never }, op);
    const notAvailable = await h.call('matches.transition', { id: fifth!.id, hlc: fifth!.hlc, to: 'colloquio_fissato', interviewAt: '2026-12-02T09:00' }, op);
    expect(notAvailable.ok ? 'ok' : notAvailable.error.message).toContain('non è disponibile (stato «Non disponibile»)');
    const closedAnyway = await h.ok('matches.transition', { id: fifth!.id, hlc: fifth!.hlc, to: 'ritirato' }, op);
    expect(closedAnyway.status).toBe('ritirato');
  });
});

function orderBy<T extends { candidateId: string }>(list: T[], ids: string[]): T[] {
  return ids.map((id) => list.find((m) => m.candidateId === id)!);
}

describe('merging two profiles of one person', () => {
  it('moves the proposals to the surviving profile and withdraws the less advanced of two for the same need', async () => {
    const shop = await h.ok('needs.create', needInput(torino.id, { title: 'Cassiere/a', skills: ['Cassa'] }), op);
    const first = await h.ok('candidates.create', candidateInput({ lastName: 'Doppio', firstName: 'Primo' }), coord);
    const second = await h.ok('candidates.create', candidateInput({ lastName: 'Doppio', firstName: 'Secondo' }), coord);
    const [m1, m2] = await h.ok('matches.propose', { needId: shop.id, candidateIds: [first.id, second.id] }, op);
    await h.ok('matches.transition', { id: m2!.id, hlc: m2!.hlc, to: 'colloquio_fissato', interviewAt: '2026-12-03T15:00' }, op);
    const [a, b] = [await h.ok('candidates.get', { id: first.id }, coord), await h.ok('candidates.get', { id: second.id }, coord)];
    await h.ok('candidates.merge', { survivorId: a.id, survivorHlc: a.hlc, absorbedId: b.id, absorbedHlc: b.hlc, data: { ...candidateInput(), ...a } as never }, coord);

    const after = await h.ok('matches.forNeed', { needId: shop.id }, op);
    expect(after.every((m) => m.candidateId === first.id)).toBe(true);
    expect(after.map((m) => [m.id, m.status])).toEqual([
      [m2!.id, 'colloquio_fissato'],
      [m1!.id, 'ritirato'],
    ]);
    expect(after[1]!.events.at(-1)!.note).toContain('la persona era registrata due volte');
    expect((await h.ok('matches.forCandidate', { candidateId: first.id }, op))).toHaveLength(2);
  });
});

describe('needs for a candidate', () => {
  it('ranks open needs the same way and leaves out covered, closed and deleted ones', async () => {
    const moncalieri = await h.ok('associations.create', associationInput({ name: 'APS Moncalieri Danza', comune: 'Moncalieri', province: 'TO' }), op);
    const near = await h.ok('needs.create', needInput(moncalieri.id, { title: 'Aiuto segreteria', skills: ['Magazzino'], hoursPerWeek: 20 }), op);
    const cuneo = await h.ok('associations.create', associationInput({ name: 'ASD Cuneo Volley', comune: 'Cuneo', province: 'CN' }), op);
    const far = await h.ok('needs.create', needInput(cuneo.id, { title: 'Custode', skills: ['Giardinaggio'], hoursPerWeek: 30 }), op);
    const cancelled = await h.ok('needs.create', needInput(moncalieri.id, { title: 'Annullato', skills: ['Magazzino'] }), op);
    await h.ok('needs.transition', { id: cancelled.id, hlc: cancelled.hlc, to: 'annullato' }, op);
    const result = await h.ok('matches.rankNeeds', { candidateId: people.near!.id, page: 1, pageSize: 20 }, op);
    const ids = result.items.map((i) => i.needId);
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(far.id));
    expect(ids).not.toContain(cancelled.id);
    expect(ids).not.toContain(need.id); // covered
    expect(result.items.find((i) => i.needId === near.id)!.reasons.find((r) => r.factor === 'place')!.text).toBe('Abita nello stesso comune (Moncalieri)');

    // The open needs are kept in memory: a move of the association, a closed need and a new one show at the next call.
    const log = () => (h.core.state.database.sqlite.prepare('SELECT count(*) AS n FROM need_changes').get() as { n: number }).n;
    expect(log()).toBe(0);
    await h.ok('associations.update', { id: moncalieri.id, hlc: moncalieri.hlc, data: { ...associationInput({ name: 'APS Moncalieri Danza', comune: 'Alba', province: 'CN' }) } }, op);
    const moved = await h.ok('matches.rankNeeds', { candidateId: people.near!.id, page: 1, pageSize: 20 }, op);
    expect(moved.items.find((i) => i.needId === near.id)!.reasons.find((r) => r.factor === 'place')!.text).toBe(
      'Abita in un’altra provincia (Moncalieri, TO)',
    );
    await h.ok('needs.transition', { id: far.id, hlc: far.hlc, to: 'annullato' }, op);
    const fresh = await h.ok('needs.create', needInput(cuneo.id, { title: 'Nuovo arrivato', skills: ['Magazzino'] }), op);
    const after = (await h.ok('matches.rankNeeds', { candidateId: people.near!.id, page: 1, pageSize: 20 }, op)).items.map((i) => i.needId);
    expect(after).not.toContain(far.id);
    expect(after).toContain(fresh.id);
    expect(log()).toBe(0);
  });
});

describe('warming up at start', () => {
  it('loads both caches a moment after start, so the first ranking does not read the tables', async () => {
    const w = createHarness();
    await w.setup();
    const s = await w.sessionAs('operatore');
    const a = await w.ok('associations.create', associationInput({ name: 'ASD Riscaldamento' }), s);
    await w.ok('needs.create', needInput(a.id), s);
    await w.ok('candidates.create', candidateInput(), s);
    const logs = () =>
      ['candidate_changes', 'need_changes'].map(
        (t) => (w.core.state.database.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
      );
    expect(logs().every((n) => n > 0)).toBe(true);
    vi.useFakeTimers();
    try {
      w.core.warmUp();
      vi.advanceTimersByTime(2000);
    } finally {
      vi.useRealTimers();
    }
    // Loading a cache empties its change log: both were loaded.
    expect(logs()).toEqual([0, 0]);
    w.dispose();
  });
});

describe('words said of a woman', () => {
  it('carries her sex with the proposal and the ranking, and agrees the refusals with it', async () => {
    const w = createHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
    await w.setup();
    const s = await w.sessionAs('operatore');
    const a = await w.ok('associations.create', associationInput({ name: 'APS Dora Viva', employees: 3 }), s);
    const n = await w.ok('needs.create', needInput(a.id, { title: 'Segreteria', skills: ['Segreteria'] }), s);
    const her = await w.ok('candidates.create', candidateInput({ ...nextPerson('F'), skills: ['Segreteria'] }), s);
    const ranking = await w.ok('matches.rankCandidates', { needId: n.id, includeUnavailable: false, page: 1, pageSize: 20 }, s);
    expect(ranking.items.map((i) => i.sex)).toEqual(['F']);
    const [proposal] = await w.ok('matches.propose', { needId: n.id, candidateIds: [her.id] }, s);
    expect(proposal!.candidateSex).toBe('F');
    const again = await w.call('matches.propose', { needId: n.id, candidateIds: [her.id] }, s);
    expect(again.ok ? 'ok' : again.error.message).toBe('Rossi Maria è già stata proposta per questo fabbisogno il 24/11/2026 (Proposta).');
    w.dispose();
  });
});
