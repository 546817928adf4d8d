/**
 * A valid input for every method of the contract, one place for every suite that calls them all:
 * tests/contract/contract.test.ts (each role, each kind of wrong input, the output schema) and
 * tests/contract/visibility.test.ts (where no input aimed at restricted people is needed). Whoever
 * adds a method adds its valid input here; the contract suite fails until they do.
 */
import type { Association } from '@shared/api/associations';
import type { Candidate } from '@shared/api/candidates';
import type { MethodInput, MethodName } from '@shared/api/contract';
import { LIST_EXPORT_JOB_EVENT } from '@shared/api/exports';
import { REPORT_JOB_EVENT } from '@shared/api/reports';
import type { Internship } from '@shared/api/internships';
import type { Need } from '@shared/api/needs';
import type { Role } from '@shared/api/permissions';
import { PIEDMONT_DEFAULT_RULES } from '@shared/rules/internship-rules';
import { ADMIN, SETUP_INPUT, type Harness } from './core-harness';
import { associationInput, associationToInput, candidateInput, internshipInput, needInput, nextPerson, TINY_PDF, TINY_PNG } from './fixtures';
import { templateDocx } from './template-docx';
import { makeTestCa, trustListXml } from './digital-signing';
import {
  finishedExport,
  finishedRegisterJob,
  keyed,
  nextUnique,
  ownExportUploaded,
  PASSPHRASE,
  ruleSetInput,
  runningFile,
  uploadedTemplate,
} from './valid-input-records';
import { insertLegacySuspension } from './legacy-suspension';
import { offsiteFolder, takeBackupNow } from './backups';
import { finishedJob } from './finished-job';

/** The password of each role's operator, as the harness creates them. */
export const PASSWORD: Record<Role, string> = {
  amministratore: ADMIN.password,
  coordinatore: 'password-coordinatore-1',
  operatore: 'password-operatore-1',
};

/** The records the valid inputs act on. */
export interface Fixtures {
  /** A live association that is edited but never deleted. */
  updated: Association;
  /** A live association the delete calls act on. */
  toDelete: Association;
  /** A deleted association the restore calls act on. */
  toRestore: Association;
  /** An operator the operators.* calls act on. */
  targetOperatorId: string;
  candidate: Candidate;
  /** A second profile, same name and birth date as `candidate` under another code. */
  twin: Candidate;
  candidateToDelete: Candidate;
  candidateToRestore: Candidate;
  attachmentId: string;
  need: Need;
  needToDelete: Need;
  needToRestore: Need;
  internship: Internship;
}

/** Who calls (null: nobody logged in), on which records, through which harness; `admin` prepares what the input needs. */
export interface Caller {
  role: Role | null;
  fx: Fixtures;
  h: Harness;
  admin: string;
}

/** A record as it was made, after deleting it: what the restore calls act on. */
async function deleted<T extends { id: string }>(record: T, remove: (id: string) => Promise<unknown>): Promise<T> {
  await remove(record.id);
  return record;
}

/**
 * The fixtures, made by the administrator. A suite may pass records of its own (people in
 * restricted categories, say): those are used as they are, the rest is made.
 */

export async function makeFixtures(h: Harness, admin: string, given: Partial<Fixtures> = {}): Promise<Fixtures> {
  const association = async (name: string) => h.ok('associations.create', associationInput({ name }), admin);
  const updated = given.updated ?? (await association('Contratto Modificata'));
  const toDelete = given.toDelete ?? (await association('Contratto Da Eliminare'));
  const toRestore = given.toRestore ?? (await deleted(await association('Contratto Da Ripristinare'), (id) => h.ok('associations.delete', { id }, admin)));
  const targetOperatorId =
    given.targetOperatorId ??
    (
      await h.ok(
        'operators.create',
        { username: 'bersaglio', fullName: 'Bersaglio Prova', role: 'operatore', password: 'password-bersaglio-1', passwordConfirm: 'password-bersaglio-1' },
        admin,
      )
    ).id;
  const candidate = given.candidate ?? (await h.ok('candidates.create', candidateInput({ specialLegalBasis: 'art9_2b' }), admin));
  const twin = given.twin ?? (await h.ok('candidates.create', candidateInput({ ...nextPerson('M', 'F205'), birthDate: candidate.birthDate }), admin));
  const candidateToDelete = given.candidateToDelete ?? (await h.ok('candidates.create', candidateInput(), admin));
  const candidateToRestore = given.candidateToRestore ?? (await deleted(await h.ok('candidates.create', candidateInput(), admin), (id) => h.ok('candidates.delete', { id }, admin)));
  const attachmentId =
    given.attachmentId ??
    (await h.ok('candidates.addAttachment', { candidateId: candidate.id, kind: 'cv', fileName: 'cv.pdf', contentBase64: TINY_PDF.toString('base64') }, admin)).id;
  const need = given.need ?? (await h.ok('needs.create', needInput(updated.id), admin));
  const needToDelete = given.needToDelete ?? (await h.ok('needs.create', needInput(updated.id), admin));
  const needToRestore = given.needToRestore ?? (await deleted(await h.ok('needs.create', needInput(updated.id), admin), (id) => h.ok('needs.delete', { id }, admin)));
  const internship = given.internship ?? (await h.ok('internships.create', internshipInput(candidate.id, updated.id), admin));
  return { updated, toDelete, toRestore, targetOperatorId, candidate, twin, candidateToDelete, candidateToRestore, attachmentId, need, needToDelete, needToRestore, internship };
}

let patronCalls = 0;
const TORINO_COMUNI = ['A074', 'A109', 'A117', 'A157', 'A218', 'A221', 'A222', 'A275', 'A282', 'A295', 'A405', 'A518', 'A525', 'A584', 'A587', 'A590', 'A591', 'A599', 'A607', 'A625'];

/** A finished export of the candidates list, or monitoring report, started by the session's operator; its job id. */
const finishedListExport = (h: Harness, session: string) =>
  finishedJob(h, LIST_EXPORT_JOB_EVENT, () => h.ok('exports.candidates', { format: 'csv', filters: {} }, session));
const finishedReport = (h: Harness, session: string) =>
  finishedJob(h, REPORT_JOB_EVENT, () => h.ok('reports.monitoring', { from: '2026-01-01', to: '2026-12-31' }, session));

/**
 * A valid input for every method, for the given caller. A method missing here fails the contract
 * suite: whoever adds a method adds its valid input.
 */
export const VALID_INPUT: { [M in MethodName]?: (c: Caller) => MethodInput<M> | Promise<MethodInput<M>> } = {
  'setup.status': () => ({}),
  'setup.complete': () => SETUP_INPUT,
  'auth.login': () => ({ username: ADMIN.username, password: ADMIN.password }),
  'auth.me': () => ({}),
  'auth.logout': () => ({}),
  'auth.unlock': ({ role }) => ({ password: PASSWORD[role ?? 'amministratore'] }),
  'auth.changePassword': ({ role }) => {
    const p = PASSWORD[role ?? 'amministratore'];
    return { currentPassword: p, password: p, passwordConfirm: p };
  },
  'settings.get': () => ({}),
  'settings.update': async ({ h, admin }) => h.ok('settings.get', {}, admin),
  'operators.list': () => ({}),
  'operators.create': () => {
    const n = nextUnique();
    return { username: `nuovo${n}`, fullName: `Nuovo ${n}`, role: 'operatore', password: 'password-nuovo-1', passwordConfirm: 'password-nuovo-1' };
  },
  'operators.update': ({ fx }) => ({ id: fx.targetOperatorId, fullName: 'Bersaglio Prova', role: 'operatore', active: true }),
  'operators.resetPassword': ({ fx }) => ({ id: fx.targetOperatorId, password: 'password-bersaglio-2', passwordConfirm: 'password-bersaglio-2' }),
  'associations.list': () => ({ query: 'contratto', page: 1, pageSize: 10 }),
  'associations.filterOptions': () => ({}),
  'associations.get': ({ fx }) => ({ id: fx.updated.id }),
  'associations.create': () => associationInput({ name: 'Contratto Nuova' }),
  'associations.update': async ({ fx, h, admin }) => {
    const current = await h.ok('associations.get', { id: fx.updated.id }, admin);
    const n = nextUnique();
    return { id: current.id, hlc: current.hlc, data: { ...associationToInput(current), notes: `giro ${n}` } };
  },
  'associations.delete': ({ fx }) => ({ id: fx.toDelete.id }),
  'associations.restore': ({ fx }) => ({ id: fx.toRestore.id }),
  'audit.forRecord': ({ fx }) => ({ entity: 'associations', id: fx.updated.id }),
  'audit.search': ({ fx }) => ({ personId: fx.candidate.id, kind: 'tutto', from: '2020-01-01', to: '2099-12-31', page: 1, pageSize: 20 }),
  'audit.export': () => ({ kind: 'accessi-falliti' }),
  'candidates.list': () => ({ query: 'rossi', page: 1, pageSize: 10 }),
  'candidates.filterOptions': () => ({}),
  'candidates.get': ({ fx }) => ({ id: fx.candidate.id }),
  'candidates.create': () => candidateInput(),
  'candidates.update': async ({ fx, h, admin }) => {
    const current = await h.ok('candidates.get', { id: fx.candidate.id }, admin);
    const n = nextUnique();
    return { id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${n}` } };
  },
  'candidates.delete': ({ fx }) => ({ id: fx.candidateToDelete.id }),
  'candidates.restore': ({ fx }) => ({ id: fx.candidateToRestore.id }),
  'candidates.findDuplicates': ({ fx }) => ({ ...fx.candidate, exceptId: fx.candidate.id }),
  'candidates.markNotDuplicate': ({ fx }) => ({ id: fx.candidate.id, otherId: fx.twin.id }),
  'candidates.merge': async ({ h, admin }) => {
    const survivor = await h.ok('candidates.create', candidateInput(), admin);
    const absorbed = await h.ok('candidates.create', candidateInput(), admin);
    return { survivorId: survivor.id, survivorHlc: survivor.hlc, absorbedId: absorbed.id, absorbedHlc: absorbed.hlc, data: survivor };
  },
  'candidates.skillSuggestions': () => ({ query: 'mag' }),
  'candidates.getSpecial': ({ fx }) => ({ id: fx.candidate.id }),
  'candidates.updateSpecial': async ({ fx, h, admin }) => {
    const current = await h.ok('candidates.getSpecial', { id: fx.candidate.id }, admin);
    const n = nextUnique();
    return { id: fx.candidate.id, hlc: current.hlc, data: { ...current, healthNotes: `nota ${n}` } };
  },
  'candidates.addNote': ({ fx }) => ({ candidateId: fx.candidate.id, date: '2026-11-20', text: 'Colloquio conoscitivo' }),
  'candidates.deleteNote': async ({ role, fx, h, admin }) => {
    // Anyone with the right may take back a note they wrote themselves.
    const author = role ? await h.sessionAs(role) : admin;
    const created = await h.call('candidates.addNote', { candidateId: fx.candidate.id, date: '2026-11-20', text: 'Da togliere' }, author);
    const note = created.ok ? created.value : await h.ok('candidates.addNote', { candidateId: fx.candidate.id, date: '2026-11-20', text: 'Da togliere' }, admin);
    return { id: note.id };
  },
  'candidates.addAttachment': ({ fx }) => ({ candidateId: fx.candidate.id, kind: 'cv', fileName: 'cv.pdf', contentBase64: TINY_PDF.toString('base64') }),
  'candidates.attachmentContent': ({ fx }) => ({ id: fx.attachmentId }),
  'candidates.removeAttachment': async ({ fx, h, admin }) => {
    const added = await h.ok(
      'candidates.addAttachment',
      { candidateId: fx.candidate.id, kind: 'altro', fileName: 'tolto.pdf', contentBase64: TINY_PDF.toString('base64') },
      admin,
    );
    return { id: added.id };
  },
  'needs.list': () => ({ query: 'segreteria', page: 1, pageSize: 10 }),
  'needs.get': ({ fx }) => ({ id: fx.need.id }),
  'needs.create': ({ fx }) => needInput(fx.updated.id),
  'needs.update': async ({ fx, h, admin }) => {
    const current = await h.ok('needs.get', { id: fx.need.id }, admin);
    const n = nextUnique();
    return { id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${n}` } };
  },
  'needs.transition': async ({ fx, h, admin }) => {
    // A fresh need each call: "nuovo" → "in analisi" is allowed once.
    const created = await h.ok('needs.create', needInput(fx.updated.id), admin);
    return { id: created.id, hlc: created.hlc, to: 'in_analisi', note: 'Sentita la presidente' };
  },
  'needs.delete': ({ fx }) => ({ id: fx.needToDelete.id }),
  'needs.restore': ({ fx }) => ({ id: fx.needToRestore.id }),
  'matches.rankCandidates': ({ fx }) => ({ needId: fx.need.id, includeUnavailable: false, page: 1, pageSize: 10 }),
  'matches.rankNeeds': ({ fx }) => ({ candidateId: fx.candidate.id, page: 1, pageSize: 10 }),
  'matches.forNeed': ({ fx }) => ({ needId: fx.need.id }),
  'matches.forCandidate': ({ fx }) => ({ candidateId: fx.candidate.id }),
  'matches.propose': async ({ h, admin, fx }) => {
    // A person can be proposed once per need: a fresh one each call.
    const person = await h.ok('candidates.create', candidateInput(), admin);
    return { needId: fx.need.id, candidateIds: [person.id], note: 'Profilo adatto' };
  },
  'matches.transition': async ({ h, admin, fx }) => {
    const person = await h.ok('candidates.create', candidateInput(), admin);
    const [match] = await h.ok('matches.propose', { needId: fx.need.id, candidateIds: [person.id] }, admin);
    return { id: match!.id, hlc: match!.hlc, to: 'colloquio_fissato', interviewAt: '2099-01-15T10:00', interviewPlace: 'Sede', note: null };
  },
  'matches.weights': () => ({}),
  'matches.setWeights': () => ({ skills: 40, place: 20, hours: 15, licence: 10, education: 5, category: 5, availability: 5 }),
  'internships.list': () => ({ query: '', page: 1, pageSize: 10 }),
  'internships.get': ({ fx }) => ({ id: fx.internship.id }),
  'internships.create': ({ fx }) => internshipInput(fx.candidate.id, fx.updated.id),
  'internships.createFromMatch': async ({ h, admin, fx }) => {
    // One file per accepted proposal: a fresh proposal, accepted, each call.
    const need = await h.ok('needs.create', needInput(fx.updated.id, { positions: 1 }), admin);
    const person = await h.ok('candidates.create', candidateInput(), admin);
    const [m] = await h.ok('matches.propose', { needId: need.id, candidateIds: [person.id] }, admin);
    await h.ok('matches.transition', { id: m!.id, hlc: m!.hlc, to: 'accettato' }, admin);
    return { matchId: m!.id };
  },
  'internships.update': async ({ fx, h, admin }) => {
    const current = await h.ok('internships.get', { id: fx.internship.id }, admin);
    const n = nextUnique();
    return { id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${n}` } };
  },
  'internships.check': ({ fx }) => ({ id: null, data: internshipInput(fx.candidate.id, fx.updated.id) }),
  'internships.extend': async ({ h, admin }) => {
    // Running since 1 September 2026, planned to 31 December: extended to February with a notice already filed.
    const running = await runningFile(h, admin, '2026-12-31');
    return { id: running.id, hlc: running.hlc, newEndDate: '2027-02-28', noticeDate: '2026-11-20', noticeNumber: 'UNILAV 2', reason: 'Serve più tempo' };
  },
  'internships.setPortalReference': async ({ fx, h, admin }) => {
    const current = await h.ok('internships.get', { id: fx.internship.id }, admin);
    const n = nextUnique();
    return { id: current.id, hlc: current.hlc, portalReference: `PT-2027-${n}` };
  },
  'internships.waive': async ({ h, admin, fx }) => {
    // A one-month file breaks the minimum duration, which may be waived.
    const short = await h.ok('internships.create', internshipInput(fx.candidate.id, fx.updated.id, { plannedEndDate: '2027-02-10' }), admin);
    return { id: short.id, rule: 'durata-minima', reason: 'Tirocinio estivo concordato con la Regione', seasonal: true };
  },
  'internships.shortSuspensions': () => ({}),
  'internships.convertSuspension': async ({ h, admin }) => {
    // A 5-day suspension as files saved before issue 13 hold them: the core no longer records one.
    const running = await runningFile(h, admin);
    const suspensionId = insertLegacySuspension(h, running.id, { from: '2026-10-05', to: '2026-10-09' }, 'malattia');
    return { id: running.id, hlc: running.hlc, suspensionId };
  },
  'internships.attendance': ({ fx }) => ({ id: fx.internship.id }),
  // A fresh file: the month has no row yet, so its version is null.
  'internships.setAttendance': async ({ h, admin }) => ({ id: (await runningFile(h, admin)).id, month: '2026-10', attendedHours: 100, version: null }),
  'internships.closeMonth': async ({ h, admin }) => {
    const file = await runningFile(h, admin);
    await h.ok('internships.setAttendance', { id: file.id, month: '2026-10', attendedHours: 120 }, admin);
    return { id: file.id, month: '2026-10' };
  },
  'internships.transition': async ({ h, admin }) => {
    // Files in signature hold a place at the host and for the person: fresh ones each call.
    const n = nextUnique();
    const host = await h.ok('associations.create', associationInput({ name: `Contratto Ospitante ${n}` }), admin);
    const person = await h.ok('candidates.create', candidateInput(), admin);
    const created = await h.ok('internships.create', internshipInput(person.id, host.id), admin);
    return { id: created.id, hlc: created.hlc, to: 'in_firma' };
  },
  'documents.forInternship': ({ fx }) => ({ internshipId: fx.internship.id }),
  // The privacy notice needs nothing beyond the person: the fixture file can always have one.
  'documents.generate': ({ fx }) => ({ internshipId: fx.internship.id, kind: 'informativa' }),
  'documents.content': async ({ h, admin, fx }) => ({ id: (await h.ok('documents.generate', { internshipId: fx.internship.id, kind: 'informativa' }, admin)).id }),
  'documents.attachSigned': async ({ h, admin, fx }) => ({
    id: (await h.ok('documents.generate', { internshipId: fx.internship.id, kind: 'informativa' }, admin)).id,
    fileName: 'informativa firmata.pdf',
    contentBase64: TINY_PDF.toString('base64'),
  }),
  'documents.waiveSignatures': async ({ h, admin, fx }) => ({
    internshipId: (await h.ok('internships.create', internshipInput(fx.candidate.id, fx.updated.id), admin)).id,
    reason: 'Firme raccolte su carta, scansioni in arrivo',
  }),
  'documents.trustList': () => ({}),
  'documents.importTrustList': async () => ({ fileName: 'TSL-IT.xml', contentBase64: Buffer.from(trustListXml([(await makeTestCa()).certificate])).toString('base64') }),
  'documents.templates': () => ({}),
  'documents.uploadTemplate': async () => ({ kind: 'informativa', fileName: 'informativa.docx', contentBase64: (await templateDocx(['Gentile {{tirocinante_nome}}'])).toString('base64') }),
  'documents.withdrawTemplate': async ({ h, admin }) => ({ id: (await uploadedTemplate(h, admin)).id }),
  'documents.templateContent': async ({ h, admin }) => ({ id: (await uploadedTemplate(h, admin)).id }),
  'documents.logo': () => ({}),
  'documents.setLogo': () => ({ logo: { fileName: 'logo.png', contentBase64: TINY_PNG.toString('base64') } }),
  'documents.startRegisters': () => ({ month: '2026-10' }),
  'documents.job': async ({ h, admin }) => ({ id: (await h.ok('documents.startRegisters', { month: '2026-10' }, admin)).id }),
  'documents.cancelJob': async ({ h, admin }) => ({ id: (await h.ok('documents.startRegisters', { month: '2026-10' }, admin)).id }),
  'documents.jobZip': async ({ h, admin }) => ({ id: (await finishedRegisterJob(h, admin)).id }),
  'internships.delete': async ({ h, admin, fx }) => {
    const draft = await h.ok('internships.create', internshipInput(fx.candidate.id, fx.updated.id), admin);
    return { id: draft.id, hlc: draft.hlc };
  },
  'internships.restore': async ({ h, admin, fx }) => {
    const draft = await h.ok('internships.create', internshipInput(fx.candidate.id, fx.updated.id), admin);
    const gone = await h.ok('internships.delete', { id: draft.id, hlc: draft.hlc }, admin);
    return { id: gone.id, hlc: gone.hlc };
  },
  'ruleSets.list': () => ({}),
  'ruleSets.get': () => ({ id: PIEDMONT_DEFAULT_RULES.id }),
  'ruleSets.create': () => ruleSetInput(),
  'ruleSets.update': async ({ h, admin }) => {
    const set = await h.ok('ruleSets.create', ruleSetInput(), admin);
    return { id: set.id, hlc: set.hlc!, data: { ...ruleSetInput(), validFrom: set.validFrom, name: 'Versione corretta' } };
  },
  'ruleSets.remove': async ({ h, admin }) => {
    const set = await h.ok('ruleSets.create', ruleSetInput(), admin);
    return { id: set.id, hlc: set.hlc! };
  },
  // This suite's office is a desk: the list is the regional office's, so every change is refused here
  // (CONFLICT, below) before the record is looked for; electron/core/services/committees/committees.test.ts has them succeed.
  'committees.list': () => ({}),
  'committees.create': () => ({ name: `Comitato di prova ${nextUnique()}`, province: 'TO' }),
  'committees.update': () => ({ id: '0190a1b2-0000-7000-8000-000000000001', hlc: 'x', data: { name: 'Comitato corretto' } }),
  'committees.delete': () => ({ id: '0190a1b2-0000-7000-8000-000000000001', hlc: 'x' }),
  'patronDays.list': () => ({}),
  // A comune of Torino's province no call has written yet: each call takes the next one (a comune has one row).
  'patronDays.create': () => ({ comuneCode: TORINO_COMUNI[patronCalls++ % TORINO_COMUNI.length]!, rule: '05-W1-2', saint: 'Prova' }),
  'patronDays.update': () => ({ id: '0190a1b2-0000-7000-8000-000000000001', hlc: 'x', data: { comuneCode: 'L219', rule: '06-24' } }),
  'patronDays.delete': () => ({ id: '0190a1b2-0000-7000-8000-000000000001', hlc: 'x' }),
  'professions.search': () => ({ query: 'commessi', limit: 10 }),
  'professions.status': () => ({}),
  'professions.import': () => ({ fileName: 'cp2011.csv', contentBase64: Buffer.from('Codice;Nome\n5.1.2.2.0;Commessi delle vendite al minuto\n').toString('base64') }),
  'reference.decodeTaxCode': () => ({ taxCode: 'RSSMRA85T10A562S' }),
  'reference.searchComuni': () => ({ query: 'tor' }),
  'reference.offices': () => ({}),
  'exchange.status': () => ({}),
  'exchange.setPassphrase': () => ({ passphrase: PASSPHRASE, confirm: PASSPHRASE }),
  'exchange.createKeyFile': () => ({}),
  'exchange.loadKeyFile': async ({ h, admin }) => ({ contentBase64: (await h.ok('exchange.createKeyFile', {}, admin)).contentBase64 }),
  'exchange.setPolicy': () => ({ included: { candidate_notes: false } }),
  'exchange.startExport': async ({ h, admin }) => {
    await keyed(h, admin);
    return { full: false, includeFiles: false };
  },
  'exchange.startPublication': () => ({}),
  'exchange.job': async ({ h, admin }) => ({ id: (await finishedExport(h, admin)).id }),
  'exchange.cancelJob': async ({ h, admin }) => ({ id: (await finishedExport(h, admin)).id }),
  'exchange.downloadChunk': async ({ h, admin }) => ({ exportId: (await finishedExport(h, admin)).result!.exportId, offset: 0 }),
  'exchange.uploadChunk': () => ({ uploadId: null, fileName: 'scambio.exar', offset: 0, chunkBase64: 'RVhBUkJOREw=' }),
  'exchange.preview': async ({ h, admin }) => ({ uploadId: await ownExportUploaded(h, admin) }),
  'exchange.import': async ({ h, admin }) => ({ uploadId: await ownExportUploaded(h, admin), registerOffice: true }),
  'exchange.exports': () => ({}),
  'exchange.imports': () => ({}),
  'exchange.conflicts': () => ({}),
  'exchange.conflict': ({ fx }) => ({ id: `associations:${fx.updated.id}:ALTRO` }),
  'exchange.resolveConflict': ({ fx }) => ({ id: `associations:${fx.updated.id}:ALTRO`, choice: 'corrente' as const }),
  'exchange.duplicates': () => ({}),
  'exchange.dismissDuplicate': ({ fx }) => ({ firstId: fx.candidate.id, secondId: fx.twin.id, note: 'Persone diverse' }),
  'exports.associations': () => ({ format: 'xlsx' as const, filters: { query: '' } }),
  'exports.candidates': () => ({ format: 'csv' as const, filters: {} }),
  'exports.needs': () => ({ format: 'xlsx' as const, filters: {} }),
  'exports.internships': () => ({ format: 'csv' as const, filters: {} }),
  // A list export is followed and fetched only by the operator who started it: each caller starts its own.
  'exports.job': async ({ role, h, admin }) => ({ id: await finishedListExport(h, role ? await h.sessionAs(role) : admin) }),
  'exports.cancelJob': async ({ role, h, admin }) => ({ id: await finishedListExport(h, role ? await h.sessionAs(role) : admin) }),
  'exports.downloadChunk': async ({ role, h, admin }) => ({ id: await finishedListExport(h, role ? await h.sessionAs(role) : admin), offset: 0 }),
  'backups.list': () => ({}),
  'backups.create': () => ({}),
  // For the administrator, a copy taken just before: restoring it leaves the records as they were but
  // ends every session (the contract suite logs in again, ENDS_EVERY_SESSION). Anyone else is refused
  // before the name is looked for, so no copy is taken for them (each costs a verified copy of the data).
  // electron/core/services/backups/backups.test.ts tests the restore itself.
  'backups.restore': async ({ role, h, admin }) => ({
    name: role === 'amministratore' ? await takeBackupNow(h, admin) : 'exar-20000101-000000-000-000',
    confirm: 'RIPRISTINA',
  }),
  // A folder beside the harness's data folder (the second folder must be outside it); the copies written
  // there and the folder checks are tested in electron/core/services/backups/offsite.test.ts.
  'backups.setOffsite': ({ h }) => ({ folder: offsiteFolder(h), passphrase: PASSPHRASE, confirm: PASSPHRASE }),
  'backups.removeOffsite': () => ({}),
  'privacy.exportPerson': ({ fx }) => ({ id: fx.candidate.id }),
  // A profile of its own each call: the erasure is irreversible, and the fixtures' person has a running file.
  'privacy.anonymise': async ({ h, admin }) => {
    const person = await h.ok('candidates.create', candidateInput(), admin);
    return { id: person.id, confirmLastName: person.lastName };
  },
  'privacy.review': () => ({ page: 1, pageSize: 50 }),
  'privacy.updateRetention': () => ({ candidateMonths: 24, internshipYears: 10 }),
  'search.everywhere': () => ({ query: 'rossi' }),
  'today.agenda': () => ({ scope: 'office' as const, entries: 5 }),
  'reports.figures': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  'reports.monitoring': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  'reports.job': async ({ role, h, admin }) => ({ id: await finishedReport(h, role ? await h.sessionAs(role) : admin) }),
  'reports.downloadChunk': async ({ role, h, admin }) => ({ id: await finishedReport(h, role ? await h.sessionAs(role) : admin), offset: 0 }),
  'savedFilters.list': () => ({ area: 'candidates' }),
  'savedFilters.save': () => ({ area: 'candidates', name: 'Attivi', params: { status: 'attivo' } }),
  'savedFilters.delete': async ({ role, h, admin }) => {
    // Saved filters are personal: each operator deletes one of their own.
    const owner = role ? await h.sessionAs(role) : admin;
    const n = nextUnique();
    const saved = await h.ok('savedFilters.save', { area: 'candidates', name: `Da togliere ${n}`, params: {} }, owner);
    return { id: saved.id };
  },
};
