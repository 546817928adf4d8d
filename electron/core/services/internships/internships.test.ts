/**
 * Internship files on a real SQLite file through the handler table: opened from an accepted
 * proposal, checked against the Piedmont rules in force, moved along the lifecycle with its
 * guards, a suspension moving the end, and the candidate's status following the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Internship } from '@shared/api/internships';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { associationInput, candidateInput, internshipInput, needInput } from '../../../../tests/support/fixtures';
import { waiveSigning } from '../../../../tests/support/signing';

let h: Harness;
let op: string;
let coord: string;
let file: Internship;
let candidateId: string;
let associationId: string;

/** The desk's clock: the story moves from December 2026 to the end of the file in August 2027. */
let now = new Date('2026-12-01T10:00:00Z');

/** Moves the clock on; a session idle that long has expired, so the operator logs in again. */
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
  const host = await h.ok('associations.create', associationInput({ name: 'ASD Sporting Borgo Po', comune: 'Torino', province: 'TO', employees: 0 }), op);
  associationId = host.id;
  const person = await h.ok('candidates.create', candidateInput({ lastName: 'Ferrero', firstName: 'Anna', targetCategory: 'disoccupato' }), op);
  candidateId = person.id;
  const need = await h.ok('needs.create', needInput(host.id, { title: 'Magazziniere/a', hoursPerWeek: 30, periodFrom: '2027-01-11', periodTo: '2027-09-10' }), op);
  const [m] = await h.ok('matches.propose', { needId: need.id, candidateIds: [person.id] }, op);
  await h.ok('matches.transition', { id: m!.id, hlc: m!.hlc, to: 'accettato' }, op);
  file = await h.ok('internships.createFromMatch', { matchId: m!.id }, op);
});
afterAll(() => h.dispose());

const move = (input: Omit<Parameters<typeof h.ok<'internships.transition'>>[1], 'id' | 'hlc'>) =>
  h.call('internships.transition', { id: file.id, hlc: file.hlc, ...input }, op);

describe('a file opened from an accepted proposal', () => {
  it('is a numbered draft pre-filled from the proposal and its need, under the rules in force at its start', () => {
    expect(file.number).toMatch(/^TO01-2026-0001$/);
    expect(file).toMatchObject({
      status: 'bozza',
      candidateId,
      associationId,
      startDate: '2027-01-11',
      plannedEndDate: '2027-09-10',
      weeklySchedule: { 1: 6, 2: 6, 3: 6, 4: 6, 5: 6, 6: 0, 7: 0 },
      legalBasis: 'DGR 22/12/2017 n. 85-6277',
      ruleSetId: 'piemonte-2017',
      protocolException: true,
      targetCategory: 'disoccupato',
      candidateName: 'Ferrero Anna',
    });
    expect(file.events.map((e) => e.to)).toEqual(['bozza']);
  });

  it('refuses a second file from the same proposal', async () => {
    const again = await h.call('internships.createFromMatch', { matchId: file.matchId! }, op);
    expect(again.ok ? 'ok' : again.error.message).toBe(`Da questa proposta è già stata aperta la pratica ${file.number}.`);
  });

  it('shows the blocking findings: 8 months for an unemployed person, no allowance; the protocol exception as a warning', () => {
    const byRule = Object.fromEntries(file.findings.map((f) => [f.rule, f]));
    expect(byRule['durata-massima']).toMatchObject({ severity: 'blocking', waivable: false });
    expect(byRule['durata-massima']!.message).toContain('la fine può essere al più il 10/07/2027');
    expect(byRule['indennita-minima']!.message).toBe('Indica l’indennità mensile: per 30 ore settimanali il minimo è 450,00 € lordi.');
    expect(byRule['quota-ospitante']!.severity).toBe('warning');
  });

  it('will not go to signature without the host tutor, nor while a finding blocks; the live check follows the form', async () => {
    const noTutor = await move({ to: 'in_firma' });
    expect(noTutor.ok ? 'ok' : noTutor.error.issues?.[0]?.path).toBe('hostTutorTaxCode');
    const eightMonths = internshipInput(candidateId, associationId, { matchId: file.matchId, needId: file.needId, plannedEndDate: '2027-09-10' });
    file = await h.ok('internships.update', { id: file.id, hlc: file.hlc, data: eightMonths }, op);
    const refused = await move({ to: 'in_firma' });
    expect(refused.ok ? 'ok' : refused.error.message).toMatch(/^Prima di procedere risolvi le verifiche bloccanti: Dura più di 6 mesi/);
    const fixed = { ...eightMonths, plannedEndDate: '2027-07-10' };
    const live = await h.ok('internships.check', { id: file.id, data: fixed }, op);
    expect(live.map((f) => `${f.rule}:${f.severity}`)).toEqual(['quota-ospitante:warning']);
    file = await h.ok('internships.update', { id: file.id, hlc: file.hlc, data: fixed }, op);
    expect(file.findings.filter((f) => f.severity === 'blocking')).toEqual([]);
  });

  it('goes to signature, and starts only with the mandatory notice filed by the day before', async () => {
    const signed = await move({ to: 'in_firma', note: 'Convenzione inviata' });
    file = signed.ok ? (signed.value as Internship) : file;
    expect(file.status).toBe('in_firma');
    const editWhileSigning = await h.call('internships.update', { id: file.id, hlc: file.hlc, data: { ...file, notes: 'x' } }, op);
    expect(editWhileSigning.ok ? 'ok' : editWhileSigning.error.message).toContain('per modificarla riportala in bozza');
    // Not before the start date (11 January 2027): the file waits in signature until then.
    const early = await move({ to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 42' });
    expect(early.ok ? 'ok' : early.error.message).toBe('Il tirocinio comincia il 11/01/2027: si avvia da quel giorno, non prima.');
    await later('2027-01-11T08:00:00Z');
    const noNotice = await move({ to: 'attivo' });
    expect(noNotice.ok ? 'ok' : noNotice.error.issues).toEqual([
      { path: 'noticeDate', message: 'Registra la comunicazione obbligatoria (data e numero) prima di avviare il tirocinio.' },
    ]);
    const future = await move({ to: 'attivo', noticeDate: '2027-01-12', noticeNumber: 'UNILAV 42' });
    expect(future.ok ? 'ok' : future.error.message).toBe('La data della comunicazione obbligatoria non può essere futura.');
    const unsigned = await move({ to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 42' });
    expect(unsigned.ok ? 'ok' : unsigned.error.message).toContain('Per avviare il tirocinio servono la convenzione e il progetto formativo (PFI) firmati');
    await waiveSigning(h, file.id, coord);
    file = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 42' }, op);
    expect(file).toMatchObject({ status: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 42' });
    expect((await h.ok('candidates.get', { id: candidateId }, op)).status).toBe('in_tirocinio');
    const need = await h.ok('needs.get', { id: file.needId! }, op);
    expect(need.capacity).toMatchObject({ hostedNow: 1, maxInterns: 1 });
    expect(need.status).toBe('coperto');
    expect(need.events.at(-1)).toMatchObject({ from: 'candidati_proposti', to: 'coperto', note: `Tirocinio ${file.number} avviato` });
  });

  it('is not edited once running', async () => {
    const edit = await h.call('internships.update', { id: file.id, hlc: file.hlc, data: { ...file, notes: 'x' } }, op);
    expect(edit.ok ? 'ok' : edit.error.message).toContain('Una pratica avviata non si modifica');
  });

  it('a short «sospensione» is refused (its days are absences); 42 days of illness are left out of the maximum and move the end', async () => {
    const noReason = await move({ to: 'sospeso' });
    expect(noReason.ok ? 'ok' : noReason.error.issues?.[0]?.path).toBe('suspensionReason');
    await later('2027-01-20T09:00:00Z');
    const twoDays = await move({ to: 'sospeso', suspensionReason: 'altro', suspensionFrom: '2027-01-18', suspensionTo: '2027-01-19' });
    expect(twoDays.ok ? 'ok' : twoDays.error.issues?.[0]?.path).toBe('suspensionReason');
    expect(twoDays.ok ? 'ok' : twoDays.error.message).toMatch(/^Un’assenza per un altro motivo non sospende il tirocinio: .* Registra i giorni dal 18\/01\/2027 al 19\/01\/2027 come assenze nelle presenze di gennaio 2027/);
    expect((await h.ok('internships.get', { id: file.id }, op)).status).toBe('attivo');

    await later('2027-02-01T09:00:00Z');
    file = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'sospeso', suspensionReason: 'malattia', suspensionTo: '2027-03-14' }, op);
    expect(file.events.at(-1)!.note).toBe('Sospeso dal 01/02/2027, fine prevista il 14/03/2027.');
    expect(file.status).toBe('sospeso');
    await later('2027-03-15T09:00:00Z');
    file = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'attivo' }, op);
    // 1 February – 14 March: 42 days.
    expect(file.plannedEndDate).toBe('2027-08-21');
    expect(file.events.at(-1)!.note).toBe('Sospeso 42 giorni (malattia): non conta nella durata massima e la fine prevista passa al 21/08/2027.');
    expect(file.suspensions.map((x) => [x.from, x.to, x.reason, x.excluded])).toEqual([['2027-02-01', '2027-03-14', 'malattia', true]]);
    expect(file.findings.filter((f) => f.severity === 'blocking')).toEqual([]);
  });

  it('is extended only with the notice of the extension, and not beyond the maximum', async () => {
    const notLater = await h.call('internships.extend', { id: file.id, hlc: file.hlc, newEndDate: '2027-08-21' }, op);
    expect(notLater.ok ? 'ok' : notLater.error.message).toBe('La nuova fine deve venire dopo quella prevista (21/08/2027).');
    const noNotice = await h.call('internships.extend', { id: file.id, hlc: file.hlc, newEndDate: '2027-08-31' }, op);
    expect(noNotice.ok ? 'ok' : noNotice.error.message).toBe('Registra la comunicazione obbligatoria della proroga (data e numero).');
    const tooLong = await h.call('internships.extend', { id: file.id, hlc: file.hlc, newEndDate: '2027-08-31', noticeDate: '2027-03-15', noticeNumber: 'UNILAV 43' }, op);
    expect(tooLong.ok ? 'ok' : tooLong.error.issues?.[0]).toMatchObject({ path: 'newEndDate' });
    expect(tooLong.ok ? 'ok' : tooLong.error.message).toContain('Dura più di 6 mesi');
  });

  it('concludes only with an outcome and a real end not in the future; the candidate’s status follows', async () => {
    await later('2027-08-20T09:00:00Z');
    const noOutcome = await move({ to: 'concluso', actualEndDate: '2027-08-20' });
    expect(noOutcome.ok ? 'ok' : noOutcome.error.message).toBe('Indica l’esito del tirocinio.');
    const future = await move({ to: 'concluso', outcome: 'assunto_ente', actualEndDate: '2027-08-21' });
    expect(future.ok ? 'ok' : future.error.message).toBe('La data di fine effettiva non può essere futura.');
    file = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'concluso', outcome: 'assunto_ente', actualEndDate: '2027-08-20' }, op);
    expect(file).toMatchObject({ status: 'concluso', outcome: 'assunto_ente', actualEndDate: '2027-08-20' });
    expect((await h.ok('candidates.get', { id: candidateId }, op)).status).toBe('occupato');
    expect(file.events.filter((e) => e.kind === 'stato').map((e) => e.to)).toEqual(['bozza', 'in_firma', 'attivo', 'sospeso', 'attivo', 'concluso']);
    const history = await h.ok('audit.forRecord', { entity: 'internships', id: file.id }, op);
    expect(history.filter((e) => e.changes.some((c) => c.field === 'status'))).toHaveLength(5);
    await later('2026-12-01T10:00:00Z');
  });
});

describe('checks that depend on other files', () => {
  it('a second file for a person with one in signature over the same dates is blocked; the host quota counts files holding a place', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Galli' }), op);
    const other = await h.ok('associations.create', associationInput({ name: 'APS Teatro', employees: 3 }), op);
    const first = await h.ok('internships.create', internshipInput(person.id, other.id), op);
    await h.ok('internships.transition', { id: first.id, hlc: first.hlc, to: 'in_firma' }, op);
    const second = await h.ok('internships.create', internshipInput(person.id, other.id), op);
    const rules = second.findings.map((f) => f.rule);
    expect(rules).toContain('tirocinio-attivo');
    expect(rules).toContain('quota-ospitante');
    expect(second.findings.find((f) => f.rule === 'tirocinio-attivo')!.message).toContain(`pratica ${first.number} presso APS Teatro, dal 11/01/2027`);
    // Other dates free the person and the host's place, but not the same host a second time.
    const later = await h.ok('internships.check', { id: second.id, data: internshipInput(person.id, other.id, { startDate: '2027-08-01', plannedEndDate: '2027-12-31' }) }, op);
    expect(later.map((f) => f.rule)).toEqual(['stesso-ospitante']);
    expect(later[0]!.message).toContain(`pratica ${first.number}, dal 11/01/2027`);
  });

  it('hides a sensitive category, and the maximum that would reveal it, from an operator', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Zeta', targetCategory: 'disabile', specialLegalBasis: 'art9_2b' }), coord);
    const host = await h.ok('associations.create', associationInput({ name: 'ODV Insieme', employees: 10 }), op);
    const long = await h.ok('internships.create', internshipInput(person.id, host.id, { plannedEndDate: '2029-06-30' }), coord);
    expect(long.targetCategory).toBe('disabile');
    expect(long.findings.find((f) => f.rule === 'durata-massima')!.message).toContain('al più il 10/01/2029');
    const seen = await h.ok('internships.get', { id: long.id }, op);
    expect(seen).toMatchObject({ targetCategory: null, targetCategoryHidden: true });
    const forOperator = seen.findings.find((f) => f.rule === 'durata-massima')!;
    expect(forOperator).toMatchObject({ severity: 'warning', message: expect.stringContaining('Dura più di 12 mesi: per la categoria tutelata') });
    // A 'servizi' person (12 months at most) gets word for word the same: nothing tells the two apart.
    const other = await h.ok('candidates.create', candidateInput({ lastName: 'Ipsilon', targetCategory: 'servizi', specialLegalBasis: 'art9_2b' }), coord);
    const asOperator = await h.ok('internships.check', { id: null, data: internshipInput(other.id, host.id, { plannedEndDate: '2029-06-30' }) }, op);
    const asOperatorDisabled = await h.ok('internships.check', { id: null, data: internshipInput(person.id, host.id, { plannedEndDate: '2029-06-30' }) }, op);
    expect(asOperator.map((f) => f.message)).toEqual(asOperatorDisabled.map((f) => f.message));
    const shorter = await h.ok('internships.check', { id: null, data: internshipInput(person.id, host.id, { plannedEndDate: '2028-01-10' }) }, op);
    const shorterServizi = await h.ok('internships.check', { id: null, data: internshipInput(other.id, host.id, { plannedEndDate: '2028-01-10' }) }, op);
    expect(shorter.map((f) => f.message)).toEqual(shorterServizi.map((f) => f.message));
    const send = await h.call('internships.transition', { id: long.id, hlc: long.hlc, to: 'in_firma' }, op);
    expect(send.ok ? 'ok' : send.error.message).toContain('la manda avanti un coordinatore');
  });

  it('a running 4-month file is extended to 6 months: the end moves, on the timeline and audited', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Proroga' }), op);
    const host = await h.ok('associations.create', associationInput({ name: 'SSD Canottieri', employees: 8 }), op);
    const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { plannedEndDate: '2027-05-10' }), op);
    const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, op);
    await waiveSigning(h, signed.id, coord);
    await later('2027-01-11T09:00:00Z');
    const running = await h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 7' }, op);
    await later('2027-05-03T09:00:00Z');
    const extended = await h.ok(
      'internships.extend',
      { id: running.id, hlc: running.hlc, newEndDate: '2027-07-10', noticeDate: '2027-05-03', noticeNumber: 'UNILAV 8', reason: 'Obiettivi da completare' },
      op,
    );
    expect(extended.plannedEndDate).toBe('2027-07-10');
    expect(extended.events.at(-1)).toMatchObject({ kind: 'proroga', note: 'Prorogato dal 10/05/2027 al 10/07/2027. Obiettivi da completare' });
    const history = await h.ok('audit.forRecord', { entity: 'internships', id: running.id }, op);
    expect(history.some((e) => e.changes.some((c) => c.field === 'plannedEndDate' && c.after === '2027-07-10'))).toBe(true);
    await later('2026-12-01T10:00:00Z');
  });

  it('lets a coordinator waive a rule that allows it, with a reason, and refuses the others', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Breve' }), op);
    const host = await h.ok('associations.create', associationInput({ name: 'ASD Estate', employees: 4 }), op);
    const short = await h.ok('internships.create', internshipInput(person.id, host.id, { plannedEndDate: '2027-02-10', monthlyAllowanceCents: 10000 }), op);
    const denied = await h.call('internships.waive', { id: short.id, rule: 'durata-minima', reason: 'Tirocinio estivo concordato' }, op);
    expect(denied.ok ? 'ok' : denied.error.code).toBe('FORBIDDEN');
    const notWaivable = await h.call('internships.waive', { id: short.id, rule: 'indennita-minima', reason: 'L’associazione non può pagare di più' }, coord);
    expect(notWaivable.ok ? 'ok' : notWaivable.error.message).toBe('Alla regola «Indennità di partecipazione minima» non si può derogare.');
    const notBroken = await h.call('internships.waive', { id: short.id, rule: 'ore-settimanali', reason: 'Per sicurezza, comunque' }, coord);
    expect(notBroken.ok ? 'ok' : notBroken.error.message).toContain('è rispettata: non serve una deroga');
    // The minimum duration is waived only for a seasonal activity, which the coordinator states.
    const notSeasonal = await h.call('internships.waive', { id: short.id, rule: 'durata-minima', reason: 'Tirocinio estivo concordato con la Regione' }, coord);
    expect(notSeasonal.ok ? 'ok' : notSeasonal.error.issues).toEqual([
      { path: 'seasonal', message: 'La durata minima si deroga solo per un’attività stagionale: conferma che l’attività è stagionale.' },
    ]);
    const waived = await h.ok('internships.waive', { id: short.id, rule: 'durata-minima', reason: 'Tirocinio estivo concordato con la Regione', seasonal: true }, coord);
    expect(waived.findings.find((f) => f.rule === 'durata-minima')!.waiver).toMatchObject({ reason: 'Tirocinio estivo concordato con la Regione' });
    expect(waived.events.at(-1)!.note).toBe('Deroga a «Durata minima del tirocinio» per attività stagionale: Tirocinio estivo concordato con la Regione');
    // The allowance still blocks the signature: a waiver covers only its own rule.
    const sign = await h.call('internships.transition', { id: waived.id, hlc: waived.hlc, to: 'in_firma' }, op);
    expect(sign.ok ? 'ok' : sign.error.message).toContain('Indennità di 100,00 €');
    const paid = await h.ok('internships.update', { id: waived.id, hlc: waived.hlc, data: internshipInput(person.id, host.id, { plannedEndDate: '2027-02-10' }) }, op);
    expect((await h.ok('internships.transition', { id: paid.id, hlc: paid.hlc, to: 'in_firma' }, op)).status).toBe('in_firma');
  });

  it('refuses mixed funding whose shares do not make up the allowance, and hours with more than two decimals', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Misto' }), op);
    const host = await h.ok('associations.create', associationInput({ name: 'APS Quote', employees: 6 }), op);
    const bad = await h.call(
      'internships.create',
      internshipInput(person.id, host.id, { funding: { kind: 'misto', projectName: 'GOL', hostMonthlyCents: 10000, projectMonthlyCents: 30000 } }),
      op,
    );
    expect(bad.ok ? 'ok' : bad.error.issues).toContainEqual({ path: 'funding', message: 'Le quote di ospitante e progetto devono sommare l’indennità mensile' });
    const odd = await h.call('internships.create', internshipInput(person.id, host.id, { weeklySchedule: { 1: 7.333, 2: 6, 3: 6, 4: 6, 5: 6, 6: 0, 7: 0 } }), op);
    expect(odd.ok ? 'ok' : odd.error.issues?.[0]?.message).toBe('Ore: al massimo due decimali (es. 7,5)');
  });

  it('follows the surviving profile when two profiles of the person are merged', async () => {
    const a = await h.ok('candidates.create', candidateInput({ lastName: 'Unito', firstName: 'Primo' }), coord);
    const b = await h.ok('candidates.create', candidateInput({ lastName: 'Unito', firstName: 'Secondo' }), coord);
    const host = await h.ok('associations.create', associationInput({ name: 'ASD Fusione', employees: 6 }), op);
    const onAbsorbed = await h.ok('internships.create', internshipInput(b.id, host.id), op);
    const [sa, sb] = [await h.ok('candidates.get', { id: a.id }, coord), await h.ok('candidates.get', { id: b.id }, coord)];
    await h.ok('candidates.merge', { survivorId: sa.id, survivorHlc: sa.hlc, absorbedId: sb.id, absorbedHlc: sb.hlc, data: { ...candidateInput(), ...sa } as never }, coord);
    const moved = await h.ok('internships.get', { id: onAbsorbed.id }, op);
    expect(moved.candidateId).toBe(a.id);
    expect(moved.hostEmployees).toBe(6);
  });

  it('lists files by search, status and ending soon', async () => {
    const all = await h.ok('internships.list', { pageSize: 50 }, op);
    expect(all.total).toBe(7);
    expect((await h.ok('internships.list', { query: 'ferrero' }, op)).items.map((i) => i.number)).toEqual([file.number]);
    expect((await h.ok('internships.list', { status: 'in_firma' }, op)).items.map((i) => i.candidateName.split(' ')[0]).sort()).toEqual(['Breve', 'Galli']);
    expect((await h.ok('internships.list', { status: 'attivo' }, op)).items.map((i) => i.candidateName.split(' ')[0])).toEqual(['Proroga']);
    expect((await h.ok('internships.list', { endingWithinDays: 30 }, op)).total).toBe(0);
  });
});

describe('the attendance register', () => {
  let w: Harness;
  let wop: string;
  let wcoord: string;
  let id: string;

  beforeAll(async () => {
    w = createHarness({ now: () => new Date('2027-05-20T09:00:00Z') });
    await w.setup();
    wop = await w.sessionAs('operatore');
    wcoord = await w.sessionAs('coordinatore');
    const host = await w.ok('associations.create', associationInput({ name: 'ASD Presenze', employees: 2 }), wop);
    const person = await w.ok('candidates.create', candidateInput({ lastName: 'Registro' }), wop);
    const draft = await w.ok(
      'internships.create',
      internshipInput(person.id, host.id, {
        startDate: '2027-02-01',
        plannedEndDate: '2027-07-31',
        funding: { kind: 'misto', hostMonthlyCents: 15000, projectMonthlyCents: 30000, projectName: 'Sport e Lavoro' },
      }),
      wop,
    );
    const signed = await w.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, wop);
    await waiveSigning(w, signed.id, wcoord);
    const running = await w.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2027-01-29', noticeNumber: 'UNILAV 9' }, wop);
    id = running.id;
  });
  afterAll(() => w.dispose());

  it('three months entered, one at 60%: full, full and reduced in proportion, split between host and project', async () => {
    expect((await w.ok('internships.list', { attendanceMissing: true }, wop)).items.map((i) => i.id)).toEqual([id]);
    await w.ok('internships.setAttendance', { id, month: '2027-02', attendedHours: 120 }, wop);
    await w.ok('internships.setAttendance', { id, month: '2027-03', attendedHours: 132 }, wop);
    const sheet = await w.ok('internships.setAttendance', { id, month: '2027-04', attendedHours: 79.2 }, wop);
    expect(sheet.months.map((m) => [m.month, m.plannedHours, m.attendedHours, m.dueCents])).toEqual([
      ['2027-02', 120, 120, 45000],
      ['2027-03', 132, 132, 45000],
      ['2027-04', 132, 79.2, 27000],
      ['2027-05', 126, null, 0],
      // The host is in Torino: 24 June (San Giovanni, Thursday) is its patron day, 6 hours fewer.
      ['2027-06', 120, null, 0],
      ['2027-07', 132, null, 0],
    ]);
    expect(sheet.months[2]).toMatchObject({ attendance: 0.6, full: false, hostCents: 9000, projectCents: 18000 });
    expect([sheet.dueCents, sheet.hostCents, sheet.projectCents]).toEqual([117000, 39000, 78000]);
    expect(sheet.certificateReachable).toBe(true);
  });

  it('lists the files still missing last month’s hours', async () => {
    // Today is 20 May 2027: last month is April, and its hours are in.
    expect((await w.ok('internships.list', { attendanceMissing: true }, wop)).total).toBe(0);
    const april = await w.ok('internships.attendance', { id }, wop);
    expect(april.months.find((m) => m.month === '2027-04')!.attendedHours).toBe(79.2);
  });

  it('refuses months outside the file or not begun yet', async () => {
    const future = await w.call('internships.setAttendance', { id, month: '2027-06', attendedHours: 10 }, wop);
    expect(future.ok ? 'ok' : future.error.message).toBe('Il mese 06/2027 non è ancora cominciato.');
    const outside = await w.call('internships.setAttendance', { id, month: '2027-01', attendedHours: 10 }, wop);
    expect(outside.ok ? 'ok' : outside.error.message).toBe('Il mese 01/2027 è fuori dal periodo del tirocinio.');
  });

  it('a closed month is corrected only by a coordinator, and the correction is in the history', async () => {
    const denied = await w.call('internships.closeMonth', { id, month: '2027-02' }, wop);
    expect(denied.ok ? 'ok' : denied.error.code).toBe('FORBIDDEN');
    const closed = await w.ok('internships.closeMonth', { id, month: '2027-02' }, wcoord);
    expect(closed.months[0]!.closedAt).not.toBeNull();
    const byOperator = await w.call('internships.setAttendance', { id, month: '2027-02', attendedHours: 100 }, wop);
    expect(byOperator.ok ? 'ok' : byOperator.error.message).toBe('Il mese 02/2027 è chiuso: può correggerlo solo un coordinatore.');
    const corrected = await w.ok('internships.setAttendance', { id, month: '2027-02', attendedHours: 110 }, wcoord);
    expect(corrected.months[0]!.attendedHours).toBe(110);
    const history = await w.ok('audit.forRecord', { entity: 'internships', id }, wcoord);
    expect(history.some((e) => e.changes.some((c) => c.field === 'presenze.2027-02 (correzione di un mese chiuso)' && c.before === 120 && c.after === 110))).toBe(true);
  });
});
