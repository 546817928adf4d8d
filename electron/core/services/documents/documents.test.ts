/**
 * The signing pack on a real SQLite file and a real data folder, through the handler table: each
 * document generated from a file and read back from the .docx; refused with the list of what to fix;
 * versions kept with their hash; the signed scans attached; the start allowed only with the pack
 * signed (or a coordinator's waiver); an office template refused by name or used; the month's
 * registers in a batch that reports progress.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind, DocumentView } from '@shared/api/documents';
import type { Internship } from '@shared/api/internships';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { readyPromoter } from '../../../../tests/support/promoter';
import { PROMOTER_TUTOR_TAX_CODE } from '../../../../tests/support/document-context';
import { docxText } from '../../../../tests/support/docx-text';
import { candidateInput, fullAssociationInput, internshipInput, TINY_PDF } from '../../../../tests/support/fixtures';
import { templateDocx } from '../../../../tests/support/template-docx';

let h: Harness;
let op: string;
let coord: string;
let admin: string;
let file: Internship;
let now = new Date('2026-12-01T10:00:00Z');

const ready = {
  promoterTutorId: null as string | null,
  hostTutorName: 'Paola Verdi',
  activities: 'Accoglienza degli iscritti, segreteria dei corsi, inventario del magazzino',
};

async function text(id: string): Promise<string> {
  const content = await h.ok('documents.content', { id }, op);
  return docxText(Buffer.from(content.contentBase64, 'base64')).all;
}

/** Moves the desk's clock (a file starts on its start date, 11 January 2027); the sessions log in again. */
async function at(iso: string): Promise<void> {
  now = new Date(iso);
  op = await h.login('operatore', 'password-operatore-1');
  coord = await h.login('coordinatore', 'password-coordinatore-1');
}

const generate = (kind: DocumentKind, month: string | null = null, session = op) => h.call('documents.generate', { internshipId: file.id, kind, month }, session);

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  admin = await h.sessionAs('amministratore');
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  ready.promoterTutorId = await readyPromoter(h, admin, op);
  const host = await h.ok('associations.create', fullAssociationInput({ name: 'SSD Aurora Torino' }), op);
  const person = await h.ok('candidates.create', candidateInput({ lastName: 'Marino', firstName: 'Elena', targetCategory: 'disoccupato' }), op);
  file = await h.ok('internships.create', internshipInput(person.id, host.id, { ...ready, operatingSiteId: host.sites[0]!.id }), op);
});
afterAll(() => h.dispose());

describe('each document, generated from the file and read back', () => {
  it('convenzione: both parties, the file number, the legal basis, signatures; nothing left to patch', async () => {
    const doc = await h.ok('documents.generate', { internshipId: file.id, kind: 'convenzione' }, op);
    expect(doc).toMatchObject({ kind: 'convenzione', version: 1, state: 'da_firmare', generatedBy: 'Utente operatore' });
    const t = await text(doc.id);
    for (const value of ['Exar Società Cooperativa Sociale', '01234567897', 'Giulia Neri', 'SSD Aurora Torino', 'Mario Rossi', 'aurora@pec.example.it', '93.12', file.number, 'DGR 22/12/2017 n. 85-6277']) {
      expect(t).toContain(value);
    }
    expect(t).not.toContain('{{');
  });

  it('PFI: the intern’s data, dates, hours, schedule, allowance and both tutors', async () => {
    const doc = await h.ok('documents.generate', { internshipId: file.id, kind: 'pfi' }, op);
    const t = await text(doc.id);
    for (const value of ['Marino', 'Elena', '11/01/2027', '10/07/2027', '450,00 €', 'Paola Verdi', 'Utente operatore', 'Palestra', 'Gestione del magazzino']) {
      expect(t).toContain(value);
    }
    const person = await h.ok('candidates.get', { id: file.candidateId }, op);
    expect(t).toContain(person.taxCode);
    // 6 hours Monday to Friday, and the attendance the full allowance needs, from the rule set.
    expect(t).toMatch(/Totale settimanale \|[^\n]*\b30\b/);
    expect(t).toContain('70%');
    // The promoter's tutor with codice fiscale and role from the office's settings; length and total hours.
    expect(t).toContain(`Codice fiscale | ${PROMOTER_TUTOR_TAX_CODE} |`);
    expect(t).toContain('Ruolo | Operatrice dei servizi per il lavoro |');
    expect(t).toContain('Durata complessiva | 6 mesi |');
    expect(t).toMatch(/Ore complessive previste \| \d+ \|/);
    expect(t).not.toContain('{{');
  });

  it('informativa privacy: the controller and the special-category section', async () => {
    const doc = await h.ok('documents.generate', { internshipId: file.id, kind: 'informativa' }, op);
    const t = await text(doc.id);
    expect(t).toContain('Exar Società Cooperativa Sociale');
    expect(t).toMatch(/art\.\s*9/i);
    expect(t).toContain('Marino');
    // The default retention periods until the office sets its own.
    expect(t).toContain('per 24 mesi dall’ultimo contatto');
    expect(t).toContain('per 10 anni dalla conclusione del tirocinio');
  });

  it('informativa privacy: the DPO and the retention periods from the office’s settings, kept by a save that leaves them out', async () => {
    const settings = await h.ok('settings.get', {}, admin);
    await h.ok('settings.update', { ...settings, privacy: { dpoContact: 'Avv. Laura Gallo, dpo@exar.example.it', retention: { candidateMonths: 36, internshipYears: 12 } } }, admin);
    // A caller that does not know the privacy settings (an older form) keeps them.
    const { privacy: _privacy, promoterTutors: _tutors, ...withoutThem } = await h.ok('settings.get', {}, admin);
    await h.ok('settings.update', { ...withoutThem, idleLockMinutes: 30 }, admin);
    expect((await h.ok('settings.get', {}, admin)).privacy).toEqual({ dpoContact: 'Avv. Laura Gallo, dpo@exar.example.it', retention: { candidateMonths: 36, internshipYears: 12 } });
    expect((await h.ok('settings.get', {}, admin)).promoterTutors).toHaveLength(1);
    const t = await text((await h.ok('documents.generate', { internshipId: file.id, kind: 'informativa' }, op)).id);
    expect(t).toContain('Responsabile della protezione dei dati (DPO): Avv. Laura Gallo, dpo@exar.example.it.');
    expect(t).toContain('per 36 mesi dall’ultimo contatto');
    expect(t).toContain('per 12 anni dalla conclusione del tirocinio');
  });
});

describe('refusals', () => {
  it('refuses the PFI until the promoter tutor’s codice fiscale and role are in the settings, saying where', async () => {
    const tutor = (await h.ok('auth.me', {}, coord)).operator;
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Greco', firstName: 'Luca' }), op);
    const host = await h.ok('associations.create', fullAssociationInput({ name: 'ASD Tutor Senza Dati' }), op);
    const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { ...ready, promoterTutorId: tutor.id }), op);
    const refused = await h.call('documents.generate', { internshipId: draft.id, kind: 'pfi' }, op);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('RULE_VIOLATION');
    const message = `Mancano il codice fiscale e il ruolo del tutor del soggetto promotore (${tutor.fullName}): indicali in Impostazioni, sezione «Tutor del soggetto promotore».`;
    expect(refused.error.issues).toContainEqual(expect.objectContaining({ path: 'impostazioni.promoterTutors', message }));
    const overview = await h.ok('documents.forInternship', { internshipId: draft.id }, op);
    expect(overview.kinds.find((k) => k.kind === 'pfi')!.problems.map((p) => p.message)).toContain(message);
    // The convenzione does not print the tutor's codes: it is not held up.
    expect(overview.kinds.find((k) => k.kind === 'convenzione')!.problems.map((p) => p.message)).not.toContain(message);

    const settings = await h.ok('settings.get', {}, admin);
    await h.ok('settings.update', { ...settings, promoterTutors: [...(settings.promoterTutors ?? []), { operatorId: tutor.id, taxCode: PROMOTER_TUTOR_TAX_CODE, role: 'Coordinatore' }] }, admin);
    await h.ok('documents.generate', { internshipId: draft.id, kind: 'pfi' }, op);
  });

  it('lists every item to fix, with where to fix it, and stores nothing', async () => {
    const bare = await h.ok('associations.create', fullAssociationInput({ name: 'APS Senza Rappresentante', legalRepName: null }), op);
    const person = await h.ok('candidates.create', candidateInput({ resAddress: null, resComune: null }), op);
    const draft = await h.ok('internships.create', internshipInput(person.id, bare.id, { weeklySchedule: null, goals: null, monthlyAllowanceCents: null }), op);
    const refused = await h.call('documents.generate', { internshipId: draft.id, kind: 'pfi' }, op);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('RULE_VIOLATION');
    const paths = refused.error.issues!.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['associazione.legalRepName', 'candidato.resAddress', 'tirocinio.weeklySchedule', 'tirocinio.goals', 'tirocinio.monthlyAllowance', 'tirocinio.promoterTutorId']),
    );
    const overview = await h.ok('documents.forInternship', { internshipId: draft.id }, op);
    expect(overview.kinds.find((k) => k.kind === 'pfi')!.problems.map((p) => p.message)).toContain('Manca l’orario settimanale.');
    expect(overview.kinds.every((k) => k.versions.length === 0)).toBe(true);
  });

  it('a blocking finding stops the agreement; the final certificate waits for the end', async () => {
    const person = await h.ok('candidates.create', candidateInput({ targetCategory: 'disoccupato' }), op);
    const host = await h.ok('associations.create', fullAssociationInput({ name: 'ASD Troppo Lungo' }), op);
    const long = await h.ok('internships.create', internshipInput(person.id, host.id, { ...ready, plannedEndDate: '2027-09-10' }), op);
    const refused = await h.call('documents.generate', { internshipId: long.id, kind: 'convenzione' }, op);
    expect(refused.ok ? 'ok' : refused.error.issues![0]!.message).toMatch(/^Verifica bloccante: Dura più di 6 mesi/);
    const certificate = await generate('attestazione');
    expect(certificate.ok ? 'ok' : certificate.error.issues!.map((i) => i.message)).toContain('L’attestazione finale si rilascia quando il tirocinio è concluso.');
  });

  it('the PFI of a person in a restricted category is prepared by a coordinator', async () => {
    const person = await h.ok('candidates.create', candidateInput({ targetCategory: 'disabile', specialLegalBasis: 'art9_2b' }), coord);
    const host = await h.ok('associations.create', fullAssociationInput({ name: 'ODV Inclusione' }), op);
    const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { ...ready }), coord);
    const asOperator = await h.call('documents.generate', { internshipId: draft.id, kind: 'pfi' }, op);
    expect(asOperator.ok ? 'ok' : asOperator.error.message).toContain('lo prepara un coordinatore');
    const asCoordinator = await h.ok('documents.generate', { internshipId: draft.id, kind: 'pfi' }, coord);
    const content = await h.ok('documents.content', { id: asCoordinator.id }, coord);
    expect(docxText(Buffer.from(content.contentBase64, 'base64')).all).toContain('Persona con disabilità');
  });
});

describe('archive, signatures and the start', () => {
  let convenzione: DocumentView;
  let pfi: DocumentView;

  it('generating again adds a version; each file in the data folder matches its sha256', async () => {
    convenzione = await h.ok('documents.generate', { internshipId: file.id, kind: 'convenzione' }, op);
    expect(convenzione.version).toBe(2);
    const overview = await h.ok('documents.forInternship', { internshipId: file.id }, op);
    const versions = overview.kinds.find((k) => k.kind === 'convenzione')!.versions;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    const row = h.core.state.database.sqlite.prepare('SELECT stored_path AS p, sha256 FROM documents WHERE id = ?').get(convenzione.id) as { p: string; sha256: string };
    expect(createHash('sha256').update(readFileSync(join(h.core.state.dataDir, row.p))).digest('hex')).toBe(convenzione.sha256);
    expect(row.sha256).toBe(convenzione.sha256);
    pfi = overview.kinds.find((k) => k.kind === 'pfi')!.versions[0]!;
  });

  it('the file starts only once the newest convenzione and PFI carry their signed scans', async () => {
    const signed = await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'in_firma' }, op);
    await at('2027-01-11T09:00:00Z');
    const early = await h.call('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 500' }, op);
    expect(early.ok ? 'ok' : early.error.message).toContain('servono la convenzione e il progetto formativo (PFI) firmati');

    const notAScan = await h.call('documents.attachSigned', { id: convenzione.id, fileName: 'firmata.pdf', contentBase64: Buffer.from('non è un pdf').toString('base64') }, op);
    expect(notAScan.ok ? 'ok' : notAScan.error.message).toContain('PDF o un’immagine JPG o PNG');
    const scan = await h.ok('documents.attachSigned', { id: convenzione.id, fileName: 'convenzione firmata.pdf', contentBase64: TINY_PDF.toString('base64') }, op);
    expect(scan.state).toBe('firmato');
    expect(scan.signed).toMatchObject({ fileName: 'convenzione firmata.pdf', sha256: createHash('sha256').update(TINY_PDF).digest('hex') });
    const stillPfi = await h.call('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 500' }, op);
    expect(stillPfi.ok ? 'ok' : stillPfi.error.message).toContain('serve il progetto formativo (PFI) firmato');

    await h.ok('documents.attachSigned', { id: pfi.id, fileName: 'pfi firmato.pdf', contentBase64: TINY_PDF.toString('base64') }, op);
    expect((await h.ok('documents.forInternship', { internshipId: file.id }, op)).signaturesComplete).toBe(true);
    file = await h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 500' }, op);
    expect(file.status).toBe('attivo');
    const back = await h.ok('documents.content', { id: pfi.id, signed: true }, op);
    expect(Buffer.from(back.contentBase64, 'base64').equals(TINY_PDF)).toBe(true);
    expect(file.events.filter((e) => e.kind === 'documento').map((e) => e.note)).toContain('Progetto formativo individuale v1: allegata la scansione firmata «pfi firmato.pdf».');
    await at('2026-12-01T10:00:00Z');
  });

  it('without the signed pack only a coordinator lets a file start, with a reason', async () => {
    const person = await h.ok('candidates.create', candidateInput(), op);
    const host = await h.ok('associations.create', fullAssociationInput({ name: 'APS Deroga' }), op);
    const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { ...ready }), op);
    const byOperator = await h.call('documents.waiveSignatures', { internshipId: draft.id, reason: 'Firme raccolte su carta' }, op);
    expect(byOperator.ok ? 'ok' : byOperator.error.code).toBe('FORBIDDEN');
    const waived = await h.ok('documents.waiveSignatures', { internshipId: draft.id, reason: 'Firme raccolte su carta, scansioni in arrivo' }, coord);
    expect(waived).toMatchObject({ signaturesComplete: true, signaturesWaiver: { reason: 'Firme raccolte su carta, scansioni in arrivo', grantedBy: 'Utente coordinatore' } });
    const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, op);
    await at('2027-01-11T09:00:00Z');
    const running = await h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 501' }, op);
    await at('2026-12-01T10:00:00Z');
    expect(running.status).toBe('attivo');
    const history = await h.ok('audit.forRecord', { entity: 'internships', id: draft.id }, op);
    expect(history.some((e) => e.changes.some((c) => c.field === 'deroga.documenti-firmati'))).toBe(true);
  });
});

describe('the final certificate', () => {
  it('is issued for a concluded file with enough attendance, with its hours and share', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Conclusa', firstName: 'Irene' }), op);
    const host = await h.ok('associations.create', fullAssociationInput({ name: 'APS Attestati' }), op);
    const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { ...ready, startDate: '2027-01-11', plannedEndDate: '2027-03-10' }), op);
    const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, op);
    await h.ok('documents.waiveSignatures', { internshipId: signed.id, reason: 'Firme raccolte su carta, scansioni in arrivo' }, coord);
    await at('2027-01-11T09:00:00Z');
    let running = await h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 600' }, op);
    now = new Date('2027-03-15T09:00:00Z');
    op = await h.login('operatore', 'password-operatore-1');
    const sheet = await h.ok('internships.attendance', { id: running.id }, op);
    // Every month at its planned hours but February at 80%: well above the 70% the certificate needs.
    const enter = (m: (typeof sheet.months)[number]) =>
      h.ok('internships.setAttendance', { id: running.id, month: m.month, attendedHours: m.month === '2027-02' ? Math.round(m.plannedHours * 80) / 100 : m.plannedHours }, op);
    for (const m of sheet.months.filter((x) => x.month !== '2027-03')) await enter(m);
    running = await h.ok('internships.get', { id: running.id }, op);
    await h.ok('internships.transition', { id: running.id, hlc: running.hlc, to: 'concluso', outcome: 'senza_assunzione', actualEndDate: '2027-03-10' }, op);
    // A month without hours is missing, not left out: the certificate waits for March.
    const early = await h.call('documents.generate', { internshipId: running.id, kind: 'attestazione' }, op);
    expect(early.ok ? 'ok' : early.error.message).toBe('Il documento non si può ancora preparare: Mancano le ore svolte di marzo 2027: registrale nelle presenze.');
    await enter(sheet.months.find((x) => x.month === '2027-03')!);
    const doc = await h.ok('documents.generate', { internshipId: running.id, kind: 'attestazione' }, op);
    const t = await text(doc.id);
    const planned = sheet.months.reduce((sum, m) => sum + m.plannedHours, 0);
    expect(t).toContain('Irene Conclusa');
    expect(t).toContain('APS Attestati');
    expect(t).toContain('11/01/2027');
    expect(t).toContain('10/03/2027');
    expect(t).toContain(`su ${planned.toLocaleString('it-IT', { maximumFractionDigits: 2 })} previste`);
    expect(t).not.toContain('{{');
    now = new Date('2026-12-01T10:00:00Z');
    op = await h.login('operatore', 'password-operatore-1');
  });
});

describe('the office’s templates', () => {
  it('refuses unknown placeholders by name; a valid one is used for the next documents, then withdrawn', async () => {
    const bad = await templateDocx(['Gentile {{tirocinante_nome}}', 'nato il {{data_nascita_tirocinante}} a {{luogo}}']);
    const refused = await h.call('documents.uploadTemplate', { kind: 'informativa', fileName: 'informativa.docx', contentBase64: bad.toString('base64') }, admin);
    expect(refused.ok ? 'ok' : refused.error.message).toContain('{{data_nascita_tirocinante}}');
    expect(refused.ok ? 'ok' : refused.error.message).toContain('{{luogo}}');
    expect(await h.ok('documents.templates', {}, admin)).toEqual([]);

    const operatorTry = await h.call('documents.uploadTemplate', { kind: 'informativa', fileName: 'x.docx', contentBase64: bad.toString('base64') }, coord);
    expect(operatorTry.ok ? 'ok' : operatorTry.error.code).toBe('FORBIDDEN');

    const good = await templateDocx(['Informativa per {{tirocinante_nome}} ({{tirocinante_codice_fiscale}})', 'Pratica {{tirocinio_numero}} del {{data_documento}}']);
    const uploaded = await h.ok('documents.uploadTemplate', { kind: 'informativa', fileName: 'informativa ufficio.docx', contentBase64: good.toString('base64') }, admin);
    expect(uploaded).toMatchObject({ version: 1, inUse: true, placeholders: ['tirocinante_nome', 'tirocinante_codice_fiscale', 'tirocinio_numero', 'data_documento'] });
    const doc = await h.ok('documents.generate', { internshipId: file.id, kind: 'informativa' }, op);
    expect(doc.templateVersion).toBe(1);
    const t = await text(doc.id);
    expect(t).toContain(`Informativa per Elena Marino (`);
    expect(t).toContain(`Pratica ${file.number} del 01/12/2026`);
    expect(t).not.toContain('{{');

    const after = await h.ok('documents.withdrawTemplate', { id: uploaded.id }, admin);
    expect(after.find((t) => t.id === uploaded.id)).toMatchObject({ inUse: false, withdrawnAt: expect.any(String) });
    expect((await h.ok('documents.generate', { internshipId: file.id, kind: 'informativa' }, op)).templateVersion).toBeNull();
  });
});

describe('the month’s registers in one batch', () => {
  it('prepares one register per running file, reports progress, lists what it skipped, and zips them', async () => {
    now = new Date('2027-02-10T09:00:00Z');
    op = await h.login('operatore', 'password-operatore-1');
    let job = await h.ok('documents.startRegisters', { month: '2027-01' }, op);
    // Three files ran in January: the two started above and the one concluded in March.
    expect(job).toMatchObject({ state: 'in_corso', total: 3, done: 0 });
    for (let i = 0; i < 200 && job.state === 'in_corso'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await h.ok('documents.job', { id: job.id }, op);
    }
    expect(job).toMatchObject({ state: 'completato', done: 3, total: 3 });
    expect(job.documents).toHaveLength(3);
    const register = (await h.ok('documents.forInternship', { internshipId: file.id }, op)).kinds.find((k) => k.kind === 'registro')!.versions[0]!;
    expect(register).toMatchObject({ month: '2027-01', version: 1 });
    const t = await text(register.id);
    expect(t).toContain('gennaio 2027');
    // The file starts on Monday 11 January: the days before are outside it, then 6 hours a day.
    expect(t).toMatch(/06\/01 \| mer \| — \| Fuori dal periodo/);
    expect(t).toMatch(/11\/01 \| lun \| 6 \|/);
    const zip = await h.ok('documents.jobZip', { id: job.id }, op);
    expect(zip.fileName).toBe('Registri presenze di gennaio 2027.zip');
    now = new Date('2026-12-01T10:00:00Z');
    op = await h.login('operatore', 'password-operatore-1');
  });
});

describe('what the review found', () => {
  it('a signed pack no longer counts once the file’s terms change; the newer versions must be signed again', async () => {
    const person = await h.ok('candidates.create', candidateInput({ lastName: 'Cambiata' }), op);
    const host = await h.ok('associations.create', fullAssociationInput({ name: 'APS Termini' }), op);
    let draft = await h.ok('internships.create', internshipInput(person.id, host.id, { ...ready }), op);
    const pack = [await h.ok('documents.generate', { internshipId: draft.id, kind: 'convenzione' }, op), await h.ok('documents.generate', { internshipId: draft.id, kind: 'pfi' }, op)];
    for (const doc of pack) await h.ok('documents.attachSigned', { id: doc.id, fileName: 'firmato.pdf', contentBase64: TINY_PDF.toString('base64') }, op);
    expect((await h.ok('documents.forInternship', { internshipId: draft.id }, op)).signaturesComplete).toBe(true);

    draft = await h.ok('internships.update', { id: draft.id, hlc: draft.hlc, data: { ...draft, monthlyAllowanceCents: 52000 } }, op);
    const overview = await h.ok('documents.forInternship', { internshipId: draft.id }, op);
    expect(overview.signaturesComplete).toBe(false);
    expect(overview.kinds.find((k) => k.kind === 'pfi')!.versions[0]).toMatchObject({ state: 'firmato', stale: true });
    const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, op);
    await at('2027-01-11T09:00:00Z');
    const refused = await h.call('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 700' }, op);
    expect(refused.ok ? 'ok' : refused.error.message).toContain('sono stati firmati prima che la pratica cambiasse');

    // A new version, unsigned, after a signed one: still not enough.
    const again = await h.ok('documents.generate', { internshipId: draft.id, kind: 'convenzione' }, op);
    expect(again.version).toBe(2);
    const stillRefused = await h.call('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-11-30', noticeNumber: 'UNILAV 700' }, op);
    expect(stillRefused.ok ? 'ok' : stillRefused.error.message).toContain('serve la convenzione firmata');
    await at('2026-12-01T10:00:00Z');
  });

  it('an operator cannot open a PFI that prints a restricted category; a coordinator’s opening is audited', async () => {
    const person = await h.ok('candidates.create', candidateInput({ targetCategory: 'servizi', specialLegalBasis: 'art9_2b' }), coord);
    const host = await h.ok('associations.create', fullAssociationInput({ name: 'ODV Riservata' }), op);
    const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { ...ready }), coord);
    const pfi = await h.ok('documents.generate', { internshipId: draft.id, kind: 'pfi' }, coord);
    expect(pfi.restricted).toBe(true);
    const byOperator = await h.call('documents.content', { id: pfi.id }, op);
    expect(byOperator.ok ? 'ok' : byOperator.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('lo apre un coordinatore') });
    await h.ok('documents.content', { id: pfi.id }, coord);
    const history = await h.ok('audit.forRecord', { entity: 'internships', id: draft.id }, coord);
    expect(history.some((e) => e.action === 'view' && e.changes.some((c) => c.field === 'documento.pfi.v1'))).toBe(true);
  });

  it('the signed informativa records the person’s privacy notice', async () => {
    const info = await h.ok('documents.generate', { internshipId: file.id, kind: 'informativa' }, op);
    await h.ok('documents.attachSigned', { id: info.id, fileName: 'informativa firmata.pdf', contentBase64: TINY_PDF.toString('base64') }, op);
    const person = await h.ok('candidates.get', { id: file.candidateId }, op);
    expect(person).toMatchObject({ privacyNoticeDate: '2026-12-01', privacyNoticeVersion: `Informativa tirocinio v${info.version}` });
  });

  it('a batch cancelled at once keeps what it finished and says it was cancelled', async () => {
    now = new Date('2027-02-10T09:00:00Z');
    op = await h.login('operatore', 'password-operatore-1');
    const started = await h.ok('documents.startRegisters', { month: '2027-01' }, op);
    let job = await h.ok('documents.cancelJob', { id: started.id }, op);
    for (let i = 0; i < 200 && job.state === 'in_corso'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await h.ok('documents.job', { id: job.id }, op);
    }
    expect(job.state).toBe('annullato');
    expect(job.done).toBeLessThan(job.total);
    expect(job.documents).toHaveLength(job.done);
    now = new Date('2026-12-01T10:00:00Z');
    op = await h.login('operatore', 'password-operatore-1');
  });
});
