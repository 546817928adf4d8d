/**
 * Issue 13's rules on a real SQLite file through the handler table: a short «sospensione» is
 * refused with the sentence that says to enter the days as absences, and the worked example pays
 * the full €450; a suspension that ends early becomes absences; suspensions saved before the
 * rule are listed at start and for coordinators, and converted only by them; a file does not start
 * before its start date; the final certificate on the PFI's whole period, also for a file ended
 * early or interrupted; the new checks (same host twice, under 16, seasonal minimum).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Internship } from '@shared/api/internships';
import type { InternshipInput } from '@shared/api/internships';
import { encodePersonTaxCode } from '@shared/validation/tax-code-encode';
import { createHarness, SETUP_INPUT, type Harness } from '../../../../tests/support/core-harness';
import { docxText } from '../../../../tests/support/docx-text';
import { associationInput, candidateInput, internshipInput } from '../../../../tests/support/fixtures';
import { insertLegacySuspension } from '../../../../tests/support/legacy-suspension';
import { waiveSigning } from '../../../../tests/support/signing';

let h: Harness;
let op: string;
let coord: string;
let admin: string;
let now = new Date('2027-02-20T09:00:00Z');

/** Moves the desk's clock; the sessions log in again (an idle session would be locked). */
async function at(iso: string): Promise<void> {
  now = new Date(`${iso}T09:00:00Z`);
  op = await h.login('operatore', 'password-operatore-1');
  coord = await h.login('coordinatore', 'password-coordinatore-1');
  admin = await h.sessionAs('amministratore');
}

/** 25 hours a week, Monday to Friday, €450 a month, 1 March – 31 August 2027 (650 planned hours). */
const TERMS: Partial<InternshipInput> = {
  startDate: '2027-03-01',
  plannedEndDate: '2027-08-31',
  weeklySchedule: { 1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 0, 7: 0 },
  monthlyAllowanceCents: 45000,
};

let hostNumber = 0;
/** A draft for a new person at a new host, in signature with the pack waived (the documents have their own tests). */
async function signedFile(overrides: Partial<InternshipInput> = {}, lastName = 'Assenza'): Promise<Internship> {
  hostNumber += 1;
  // In Collegno, which has no patron holiday in the list: June keeps the issue's 105 planned hours (Torino's 24 June would take 5).
  const host = await h.ok('associations.create', associationInput({ name: `ASD Regole ${hostNumber}`, employees: 3, comune: 'Collegno' }), op);
  const person = await h.ok('candidates.create', candidateInput({ lastName, targetCategory: 'disoccupato' }), op);
  const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { ...TERMS, ...overrides }), op);
  const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, op);
  await waiveSigning(h, signed.id, coord);
  return h.ok('internships.get', { id: signed.id }, op);
}

const start = (file: Internship) => h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'attivo', noticeDate: '2027-02-26', noticeNumber: `UNILAV ${file.number}` }, op);

/** Every month of the file at its planned hours, as stored now. */
async function attendEveryDay(file: Internship): Promise<void> {
  const sheet = await h.ok('internships.attendance', { id: file.id }, op);
  for (const m of sheet.months) await h.ok('internships.setAttendance', { id: file.id, month: m.month, attendedHours: m.plannedHours }, op);
}

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  admin = await h.sessionAs('amministratore');
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  const settings = await h.ok('settings.get', {}, admin);
  await h.ok('settings.update', { ...settings, promoter: { ...SETUP_INPUT.promoter, legalRepName: 'Giulia Neri', legalRepRole: 'Presidente' } }, admin);
});
afterAll(() => h.dispose());

describe('a file starts on its start date', () => {
  it('is refused before it, with the day it can start, and starts on it', async () => {
    const file = await signedFile();
    const early = await h.call('internships.transition', { id: file.id, hlc: file.hlc, to: 'attivo', noticeDate: '2027-02-19', noticeNumber: 'UNILAV 1' }, op);
    expect(early.ok ? 'ok' : early.error).toMatchObject({
      code: 'CONFLICT',
      message: 'Il tirocinio comincia il 01/03/2027: si avvia da quel giorno, non prima.',
      issues: [{ path: 'to', message: 'Il tirocinio comincia il 01/03/2027: si avvia da quel giorno, non prima.' }],
    });
    expect((await h.ok('internships.get', { id: file.id }, op)).status).toBe('in_firma');
    await at('2027-03-01');
    expect((await start(file)).status).toBe('attivo');
    await at('2027-02-20');
  });
});

describe('a short absence is not a suspension (the worked example)', () => {
  let file: Internship;

  beforeAll(async () => {
    file = await signedFile({}, 'Esempio');
    await at('2027-03-01');
    file = await start(file);
  });

  it('a 5-day illness is refused as a suspension, with the sentence that says to enter the days as absences; nothing changes', async () => {
    await at('2027-05-12');
    const refused = await h.call(
      'internships.transition',
      { id: file.id, hlc: file.hlc, to: 'sospeso', suspensionReason: 'malattia', suspensionFrom: '2027-05-10', suspensionTo: '2027-05-14' },
      op,
    );
    const message =
      'Una malattia di 5 giorni non è una sospensione: il tirocinio si sospende solo per maternità, malattia o infortunio di almeno 30 giorni ' +
      'o per chiusura dell’ospitante di almeno 15 giorni di calendario. Registra i giorni dal 10/05/2027 al 14/05/2027 come assenze nelle presenze di maggio 2027: ' +
      'contano per la soglia del 70% ma non tolgono ore previste né indennità.';
    expect(refused.ok ? 'ok' : refused.error).toEqual({ code: 'CONFLICT', message, issues: [{ path: 'suspensionTo', message }] });
    const same = await h.ok('internships.get', { id: file.id }, op);
    expect(same).toMatchObject({ status: 'attivo', suspensions: [], hlc: file.hlc });
  });

  it('without the expected end a suspension is refused too: its length decides', async () => {
    const refused = await h.call('internships.transition', { id: file.id, hlc: file.hlc, to: 'sospeso', suspensionReason: 'malattia', suspensionFrom: '2027-05-10' }, op);
    expect(refused.ok ? 'ok' : refused.error.issues).toEqual([
      { path: 'suspensionTo', message: 'Indica fino a quando è prevista la sospensione: serve a capire se è una sospensione o un’assenza.' },
    ]);
  });

  it('entered as absences in May: 82.5 of 105 planned hours is 78.6%, and the month pays the full €450', async () => {
    await at('2027-06-03');
    const sheet = await h.ok('internships.setAttendance', { id: file.id, month: '2027-05', attendedHours: 82.5 }, op);
    const may = sheet.months.find((m) => m.month === '2027-05')!;
    expect(may).toMatchObject({ plannedHours: 105, attendedHours: 82.5, attendance: 0.7857, monthlyCents: 45000, dueCents: 45000, full: true, hostCents: 45000 });
  });

  it('a suspension that ends before 30 days becomes absences: converted on resuming, the end and the hours unchanged', async () => {
    await at('2027-06-07');
    file = await h.ok(
      'internships.transition',
      { id: file.id, hlc: file.hlc, to: 'sospeso', suspensionReason: 'malattia', suspensionFrom: '2027-06-07', suspensionTo: '2027-07-11' },
      op,
    );
    expect(file.status).toBe('sospeso');
    expect(file.events.at(-1)!.note).toBe('Sospeso dal 07/06/2027, fine prevista il 11/07/2027.');
    await at('2027-06-17');
    file = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'attivo' }, op);
    expect(file).toMatchObject({ status: 'attivo', plannedEndDate: '2027-08-31', suspensions: [] });
    const absences = file.events.find((e) => e.kind === 'sospensione')!;
    expect(absences.note).toBe(
      'Sospeso 10 giorni (malattia) dal 07/06/2027 al 16/06/2027, meno dei 30 giorni che sospendono il tirocinio: sono assenze, da registrare nelle presenze del mese; non tolgono ore previste né indennità.',
    );
    const june = (await h.ok('internships.attendance', { id: file.id }, op)).months.find((m) => m.month === '2027-06')!;
    // June 2027: 22 weekdays less 2 June = 21 × 5 hours, none taken away.
    expect(june).toMatchObject({ plannedHours: 105, monthlyCents: 45000 });
    expect(june.days.some((d) => d.kind === 'sospeso')).toBe(false);
    const history = await h.ok('audit.forRecord', { entity: 'internships', id: file.id }, op);
    expect(history.flatMap((e) => e.changes)).toContainEqual({ field: 'sospensione.2027-06-07', before: 'dal 07/06/2027 al 16/06/2027 (malattia)', after: 'assenze' });
    await at('2027-02-20');
  });
});

describe('suspensions saved before the rule: a report, and a coordinator converts them', () => {
  let file: Internship;
  let suspensionId: string;

  beforeAll(async () => {
    file = await signedFile({}, 'Precedente');
    await at('2027-03-01');
    file = await start(file);
    await at('2027-05-20');
    suspensionId = insertLegacySuspension(h, file.id, { from: '2027-04-12', to: '2027-04-16' }, 'malattia');
  });

  it('are listed at start in the log, by file number only (the reason may be health data)', () => {
    h.log.lines.length = 0;
    h.restart();
    const report = h.log.lines.filter((l) => l.includes('short suspension'));
    expect(report).toEqual([
      `INFO 1 short suspension(s) to convert into absences, in 1 internship file(s): ${file.number}. A coordinator converts them from Tirocini («Sospensioni da convertire in assenze»).`,
    ]);
    expect(h.log.lines.join('\n')).not.toContain('malattia');
  });

  it('are listed for coordinators only, and until converted the register still reads them as recorded', async () => {
    await at('2027-05-20');
    const forOperator = await h.call('internships.shortSuspensions', {}, op);
    expect(forOperator.ok ? 'ok' : forOperator.error.code).toBe('FORBIDDEN');
    const list = await h.ok('internships.shortSuspensions', {}, coord);
    expect(list).toEqual([
      {
        internshipId: file.id,
        internshipHlc: file.hlc,
        number: file.number,
        status: 'attivo',
        candidateName: expect.stringContaining('Precedente'),
        associationName: expect.stringMatching(/^ASD Regole/),
        suspensionId,
        from: '2027-04-12',
        to: '2027-04-16',
        reason: 'malattia',
        days: 5,
      },
    ]);
    // Not rewritten behind anyone's back: April 2027 still plans 22 − 5 weekdays.
    const april = (await h.ok('internships.attendance', { id: file.id }, op)).months.find((m) => m.month === '2027-04')!;
    expect(april.plannedHours).toBe(85);
  });

  it('a conversion by an operator is refused; a coordinator’s gives the hours back, on the timeline and in the history', async () => {
    const byOperator = await h.call('internships.convertSuspension', { id: file.id, hlc: file.hlc, suspensionId }, op);
    expect(byOperator.ok ? 'ok' : byOperator.error.code).toBe('FORBIDDEN');
    const converted = await h.ok('internships.convertSuspension', { id: file.id, hlc: file.hlc, suspensionId }, coord);
    expect(converted.suspensions).toEqual([]);
    expect(converted.events.at(-1)!.note).toBe(
      'Sospensione di 5 giorni (malattia) dal 12/04/2027 al 16/04/2027 convertita in assenze: vanno registrate nelle presenze del mese e non tolgono ore previste né indennità.',
    );
    const april = (await h.ok('internships.attendance', { id: file.id }, op)).months.find((m) => m.month === '2027-04')!;
    expect(april).toMatchObject({ plannedHours: 110, monthlyCents: 45000 });
    expect(await h.ok('internships.shortSuspensions', {}, coord)).toEqual([]);
    const again = await h.call('internships.convertSuspension', { id: file.id, hlc: converted.hlc, suspensionId }, coord);
    expect(again.ok ? 'ok' : again.error.message).toBe('Sospensione non trovata in questa pratica.');
    h.log.lines.length = 0;
    h.restart();
    expect(h.log.lines.filter((l) => l.includes('short suspension'))).toEqual([]);
    await at('2027-02-20');
  });
});

describe('the final certificate: 70% of the hours planned for the whole period', () => {
  async function attestazione(file: Internship) {
    return h.call('documents.generate', { internshipId: file.id, kind: 'attestazione' }, op);
  }

  it('a file concluded early, on 15 July, with every day attended: 485 of 650 hours (74.6%) earn it', async () => {
    let file = await signedFile({}, 'Anticipo');
    await at('2027-03-01');
    file = await start(file);
    await at('2027-07-16');
    file = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'concluso', outcome: 'senza_assunzione', actualEndDate: '2027-07-15' }, op);
    await attendEveryDay(file);
    const sheet = await h.ok('internships.attendance', { id: file.id }, op);
    expect(sheet.certificate).toEqual({ plannedHours: 650, attendedHours: 485, attendance: 0.7461, reached: true });
    expect(sheet.certificateReachable).toBe(true);
    const doc = await attestazione(file);
    expect(doc.ok ? 'ok' : doc.error.message).toBe('ok');
    const content = await h.ok('documents.content', { id: doc.ok ? doc.value.id : '' }, op);
    expect(docxText(Buffer.from(content.contentBase64, 'base64')).all).toContain('485 ore svolte su 650 previste');
  });

  it('a file interrupted at the end of May, every day attended: 325 of 650 hours (50%) do not', async () => {
    let file = await signedFile({}, 'Interrotta');
    await at('2027-03-01');
    file = await start(file);
    await at('2027-06-01');
    file = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'interrotto', interruptedBy: 'tirocinante', interruptionReason: 'Trasferimento', actualEndDate: '2027-05-31' }, op);
    await attendEveryDay(file);
    const sheet = await h.ok('internships.attendance', { id: file.id }, op);
    expect(sheet.certificate).toEqual({ plannedHours: 650, attendedHours: 325, attendance: 0.5, reached: false });
    const doc = await attestazione(file);
    expect(doc.ok ? 'ok' : doc.error.issues?.map((i) => i.message)).toEqual(['La presenza complessiva è sotto il 70% delle ore previste: l’attestazione finale non si rilascia.']);
  });

  it('an interrupted file that reached it gets the certificate too: 590 of 650 hours (90.8%)', async () => {
    let file = await signedFile({}, 'Quasi');
    await at('2027-03-01');
    file = await start(file);
    await at('2027-08-16');
    file = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'interrotto', interruptedBy: 'ente_ospitante', interruptionReason: 'Chiusura estiva anticipata', actualEndDate: '2027-08-13' }, op);
    await attendEveryDay(file);
    const sheet = await h.ok('internships.attendance', { id: file.id }, op);
    expect(sheet.certificate).toEqual({ plannedHours: 650, attendedHours: 590, attendance: 0.9076, reached: true });
    const doc = await attestazione(file);
    expect(doc.ok ? doc.value.kind : doc.error.message).toBe('attestazione');
    await at('2027-02-20');
  });
});

describe('new checks: the same host twice, under 16, the seasonal minimum', () => {
  it('the same person at the same host a second time blocks until a coordinator waives it with a reason', async () => {
    const first = await signedFile({}, 'Ritorno');
    const again = await h.ok('internships.create', internshipInput(first.candidateId, first.associationId, { ...TERMS, startDate: '2027-09-01', plannedEndDate: '2028-02-29' }), op);
    const finding = again.findings.find((f) => f.rule === 'stesso-ospitante')!;
    expect(finding).toMatchObject({ severity: 'blocking', waivable: true, waiver: null });
    expect(finding.message).toBe(
      `La persona ha già un tirocinio presso questa associazione (pratica ${first.number}, dal 01/03/2027): non se ne fa un secondo presso lo stesso ospitante, salvo deroga motivata di un coordinatore.`,
    );
    const refused = await h.call('internships.transition', { id: again.id, hlc: again.hlc, to: 'in_firma' }, op);
    expect(refused.ok ? 'ok' : refused.error.message).toContain('Prima di procedere risolvi le verifiche bloccanti: La persona ha già un tirocinio presso questa associazione');
    const waived = await h.ok('internships.waive', { id: again.id, rule: 'stesso-ospitante', reason: 'Nuovo ruolo concordato con la Regione dopo la prima esperienza' }, coord);
    expect((await h.ok('internships.transition', { id: waived.id, hlc: waived.hlc, to: 'in_firma' }, op)).status).toBe('in_firma');
  });

  it('a person who is 15 on the start date is blocked, with the day they may start', async () => {
    const young = { firstName: 'Luca', lastName: 'Giovane', sex: 'M' as const, birthDate: '2011-05-03' };
    const person = await h.ok('candidates.create', candidateInput({ ...young, taxCode: encodePersonTaxCode({ ...young, placeCode: 'L219' }) }), op);
    const host = await h.ok('associations.create', associationInput({ name: 'ASD Giovani', employees: 3 }), op);
    const draft = await h.ok('internships.create', internshipInput(person.id, host.id, TERMS), op);
    expect(draft.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['eta-minima', 'blocking', 'Il giorno dell’inizio (01/03/2027) la persona ha 15 anni: serve averne almeno 16, cioè cominciare dal 03/05/2027.'],
    ]);
    const refused = await h.call('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, op);
    expect(refused.ok ? 'ok' : refused.error.issues).toEqual([{ path: 'startDate', message: draft.findings[0]!.message }]);
  });

  it('the minimum duration is waived only for a seasonal activity, and never below 1 month', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Stagione' }), op);
    const host = await h.ok('associations.create', associationInput({ name: 'ASD Estate al Lago', employees: 3 }), op);
    const month = await h.ok('internships.create', internshipInput(person.id, host.id, { ...TERMS, startDate: '2027-06-01', plannedEndDate: '2027-06-30' }), op);
    expect(month.findings.find((f) => f.rule === 'durata-minima')).toMatchObject({ waivable: true });
    const weeks = await h.ok('internships.check', { id: month.id, data: internshipInput(person.id, host.id, { ...TERMS, startDate: '2027-06-01', plannedEndDate: '2027-06-21' }) }, op);
    expect(weeks.find((f) => f.rule === 'durata-minima')).toMatchObject({
      waivable: false,
      message: 'Dura meno di 1 mese, il minimo anche per un’attività stagionale: con inizio il 01/06/2027 la fine deve essere almeno il 30/06/2027.',
    });
    const notSaid = await h.call('internships.waive', { id: month.id, rule: 'durata-minima', reason: 'Centro estivo di giugno, stagionale' }, coord);
    expect(notSaid.ok ? 'ok' : notSaid.error.message).toBe('La durata minima si deroga solo per un’attività stagionale: conferma che l’attività è stagionale.');
    const waived = await h.ok('internships.waive', { id: month.id, rule: 'durata-minima', reason: 'Centro estivo di giugno, stagionale', seasonal: true }, coord);
    expect(waived.findings.find((f) => f.rule === 'durata-minima')!.waiver).toMatchObject({ reason: 'Centro estivo di giugno, stagionale' });
  });
});

describe('the thresholds are the rule set’s, which a coordinator changes', () => {
  it('a set asking 20 days of illness accepts a 25-day suspension for the files that start under it', async () => {
    const base = await h.ok('ruleSets.get', { id: 'piemonte-2017' }, coord);
    const { id: _id, hlc: _hlc, builtIn: _b, inForceToday: _i, standing: _s, usage: _u, lockedReason: _l, origin: _o, ...fields } = base;
    const set = await h.ok('ruleSets.create', { ...fields, name: 'Piemonte, sospensioni brevi', validFrom: '2027-10-01', suspension: { healthMinDays: 20, closureMinDays: 10 } }, coord);
    expect(set.suspension).toEqual({ healthMinDays: 20, closureMinDays: 10 });
    let file = await signedFile({ startDate: '2027-10-04', plannedEndDate: '2028-04-03' }, 'Soglia');
    expect(file.ruleSetId).toBe(set.id);
    await at('2027-10-04');
    file = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'attivo', noticeDate: '2027-10-01', noticeNumber: 'UNILAV 20' }, op);
    await at('2027-11-02');
    const suspended = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'sospeso', suspensionReason: 'malattia', suspensionFrom: '2027-11-02', suspensionTo: '2027-11-26' }, op);
    expect(suspended.status).toBe('sospeso');
    const history = await h.ok('audit.forRecord', { entity: 'rule_sets', id: set.id }, coord);
    expect(history.flatMap((e) => e.changes)).toContainEqual({ field: 'suspension.healthMinDays', before: null, after: null });
    await at('2027-02-20');
  });
});
