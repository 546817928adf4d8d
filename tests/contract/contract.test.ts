/**
 * Every method of the contract, through the handler table both transports use:
 * (a) invalid input → VALIDATION with issues, (b) the role matrix of ROLE_PERMISSIONS,
 * (c) a valid call whose output parses with the method's output schema.
 * Also: unknown methods, and no stack trace or SQL ever reaching the caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Association } from '../../shared/api/associations';
import type { Candidate } from '../../shared/api/candidates';
import type { Need } from '../../shared/api/needs';
import type { Internship } from '../../shared/api/internships';
import { contract, METHOD_NAMES, type MethodInput, type MethodName } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/errors';
import { ROLE_PERMISSIONS, ROLES, type Access, type Role } from '../../shared/api/permissions';
import { UNEXPECTED_MESSAGE } from '../../electron/core/api/errors';
import { ADMIN, createHarness, SETUP_INPUT, type Harness } from '../support/core-harness';
import { associationInput, associationToInput, candidateInput, internshipInput, needInput, nextPerson, TINY_PDF, TINY_PNG } from '../support/fixtures';
import { fieldsOf } from '../../electron/core/services/rule-sets/read';
import { PIEDMONT_DEFAULT_RULES } from '../../shared/rules/internship-rules';
import { waiveSigning } from '../support/signing';
import { insertLegacySuspension } from '../support/legacy-suspension';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXCHANGE_JOB_EVENT, type ExchangeJob } from '../../shared/api/exchange';
import { templateDocx } from '../support/template-docx';

const PASSWORD: Record<Role, string> = {
  amministratore: ADMIN.password,
  coordinatore: 'password-coordinatore-1',
  operatore: 'password-operatore-1',
};

interface Fixtures {
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

interface Caller {
  role: Role | null;
  fx: Fixtures;
  h: Harness;
  admin: string;
}

let unique = 0;
let patronCalls = 0;
const TORINO_COMUNI = ['A074', 'A109', 'A117', 'A157', 'A218', 'A221', 'A222', 'A275', 'A282', 'A295', 'A405', 'A518', 'A525', 'A584', 'A587', 'A590', 'A591', 'A599', 'A607', 'A625'];

/**
 * A valid input for every method, for the given caller. A method missing here fails the suite:
 * whoever adds a method adds its valid input.
 */
const VALID_INPUT: { [M in MethodName]?: (c: Caller) => MethodInput<M> | Promise<MethodInput<M>> } = {
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
    unique += 1;
    return { username: `nuovo${unique}`, fullName: `Nuovo ${unique}`, role: 'operatore', password: 'password-nuovo-1', passwordConfirm: 'password-nuovo-1' };
  },
  'operators.update': ({ fx }) => ({ id: fx.targetOperatorId, fullName: 'Bersaglio Prova', role: 'operatore', active: true }),
  'operators.resetPassword': ({ fx }) => ({ id: fx.targetOperatorId, password: 'password-bersaglio-2', passwordConfirm: 'password-bersaglio-2' }),
  'associations.list': () => ({ query: 'contratto', page: 1, pageSize: 10 }),
  'associations.filterOptions': () => ({}),
  'associations.get': ({ fx }) => ({ id: fx.updated.id }),
  'associations.create': () => associationInput({ name: 'Contratto Nuova' }),
  'associations.update': async ({ fx, h, admin }) => {
    const current = await h.ok('associations.get', { id: fx.updated.id }, admin);
    unique += 1;
    return { id: current.id, hlc: current.hlc, data: { ...associationToInput(current), notes: `giro ${unique}` } };
  },
  'associations.delete': ({ fx }) => ({ id: fx.toDelete.id }),
  'associations.restore': ({ fx }) => ({ id: fx.toRestore.id }),
  'audit.forRecord': ({ fx }) => ({ entity: 'associations', id: fx.updated.id }),
  'candidates.list': () => ({ query: 'rossi', page: 1, pageSize: 10 }),
  'candidates.filterOptions': () => ({}),
  'candidates.get': ({ fx }) => ({ id: fx.candidate.id }),
  'candidates.create': () => candidateInput(),
  'candidates.update': async ({ fx, h, admin }) => {
    const current = await h.ok('candidates.get', { id: fx.candidate.id }, admin);
    unique += 1;
    return { id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${unique}` } };
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
    unique += 1;
    return { id: fx.candidate.id, hlc: current.hlc, data: { ...current, healthNotes: `nota ${unique}` } };
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
    unique += 1;
    return { id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${unique}` } };
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
    unique += 1;
    return { id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${unique}` } };
  },
  'internships.check': ({ fx }) => ({ id: null, data: internshipInput(fx.candidate.id, fx.updated.id) }),
  'internships.extend': async ({ h, admin }) => {
    // Running since 1 September 2026, planned to 31 December: extended to February with a notice already filed.
    const running = await runningFile(h, admin, '2026-12-31');
    return { id: running.id, hlc: running.hlc, newEndDate: '2027-02-28', noticeDate: '2026-11-20', noticeNumber: 'UNILAV 2', reason: 'Serve più tempo' };
  },
  'internships.setPortalReference': async ({ fx, h, admin }) => {
    const current = await h.ok('internships.get', { id: fx.internship.id }, admin);
    unique += 1;
    return { id: current.id, hlc: current.hlc, portalReference: `PT-2027-${unique}` };
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
    unique += 1;
    const host = await h.ok('associations.create', associationInput({ name: `Contratto Ospitante ${unique}` }), admin);
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
  // (CONFLICT, below) before the record is looked for; tests/integration/committees.test.ts has them succeed.
  'committees.list': () => ({}),
  'committees.create': () => ({ name: `Comitato di prova ${++unique}`, province: 'TO' }),
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
  'savedFilters.list': () => ({ area: 'candidates' }),
  'savedFilters.save': () => ({ area: 'candidates', name: 'Attivi', params: { status: 'attivo' } }),
  'savedFilters.delete': async ({ role, h, admin }) => {
    // Saved filters are personal: each operator deletes one of their own.
    const owner = role ? await h.sessionAs(role) : admin;
    unique += 1;
    const saved = await h.ok('savedFilters.save', { area: 'candidates', name: `Da togliere ${unique}`, params: {} }, owner);
    return { id: saved.id };
  },
};

const PASSPHRASE = 'frase segreta del contratto';

/** The exchange key, set once by the administrator (exports need it). */
let keySet: Promise<unknown> | null = null;
function keyed(h: Harness, admin: string) {
  keySet ??= h.ok('exchange.setPassphrase', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, admin);
  return keySet;
}

/** One finished export of this desk, waited for through its pushed events; one serves every caller. */
let exportJob: Promise<ExchangeJob> | null = null;
function finishedExport(h: Harness, admin: string): Promise<ExchangeJob> {
  exportJob ??= (async () => {
    await keyed(h, admin);
    const started = await h.ok('exchange.startExport', { full: true, includeFiles: false }, admin);
    const finished = await new Promise<ExchangeJob>((resolve) => {
      const stop = h.core.onEvent((event) => {
        const job = event.payload as ExchangeJob;
        if (event.type === EXCHANGE_JOB_EVENT && job.id === started.id && job.state !== 'in_corso') {
          stop();
          resolve(job);
        }
      });
    });
    return finished;
  })();
  return exportJob;
}

/** This desk's own export uploaded back to it: verified, then refused (a file is imported elsewhere). */
async function ownExportUploaded(h: Harness, admin: string): Promise<string> {
  const job = await finishedExport(h, admin);
  const bytes = readFileSync(join(h.dataDir, 'scambio', 'uscita', `${job.result!.exportId}.exar`));
  return (await h.ok('exchange.uploadChunk', { uploadId: null, fileName: job.result!.fileName, offset: 0, chunkBase64: bytes.toString('base64') }, admin)).uploadId;
}

/** A copy of the built-in rules valid from a day of its own (two sets may not share one), far in the future. */
function ruleSetInput() {
  unique += 1;
  const day = new Date(Date.UTC(2090, 0, 1) + unique * 86_400_000).toISOString().slice(0, 10);
  return { ...fieldsOf(PIEDMONT_DEFAULT_RULES), name: `Regole di prova ${unique}`, validFrom: day };
}

/** A template uploaded and in use for the privacy notice. */
async function uploadedTemplate(h: Harness, admin: string) {
  const bytes = await templateDocx(['Gentile {{tirocinante_nome}}, codice fiscale {{tirocinante_codice_fiscale}}']);
  return h.ok('documents.uploadTemplate', { kind: 'informativa', fileName: 'informativa.docx', contentBase64: bytes.toString('base64') }, admin);
}

/** October 2026's registers (at least one running file), waited for until done; one batch serves every caller. */
let registerJob: Promise<{ id: string }> | null = null;
function finishedRegisterJob(h: Harness, admin: string) {
  registerJob ??= (async () => {
    await runningFile(h, admin);
    let job = await h.ok('documents.startRegisters', { month: '2026-10' }, admin);
    for (let i = 0; i < 500 && job.state === 'in_corso'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await h.ok('documents.job', { id: job.id }, admin);
    }
    return job;
  })();
  return registerJob;
}

/** A file running since 1 September 2026 at a host and for a person of its own. */
async function runningFile(h: Harness, admin: string, plannedEndDate = '2027-02-28') {
  unique += 1;
  const host = await h.ok('associations.create', associationInput({ name: `Contratto Presenze ${unique}` }), admin);
  const person = await h.ok('candidates.create', candidateInput(), admin);
  const draft = await h.ok('internships.create', internshipInput(person.id, host.id, { startDate: '2026-09-01', plannedEndDate }), admin);
  const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, admin);
  await waiveSigning(h, signed.id, admin);
  return h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-08-28', noticeNumber: `UNILAV ${unique}` }, admin);
}

/** Methods for which `{}` is a valid input (no required field): they get only the non-object probe. */
const EMPTY_OBJECT_IS_VALID: MethodName[] = [
  'setup.status',
  'auth.me',
  'auth.logout',
  'settings.get',
  'operators.list',
  'associations.list',
  'associations.filterOptions',
  'candidates.list',
  'candidates.filterOptions',
  'candidates.findDuplicates',
  'candidates.skillSuggestions',
  'needs.list',
  'matches.weights',
  'internships.list',
  'internships.shortSuspensions',
  'ruleSets.list',
  'committees.list',
  'patronDays.list',
  'professions.status',
  'reference.offices',
  'documents.templates',
  'exchange.status',
  'exchange.createKeyFile',
  'exchange.startExport',
  'exchange.startPublication',
  'exchange.exports',
  'exchange.imports',
  'exchange.conflicts',
  'exchange.duplicates',
  'documents.logo',
];

/** Outcome the permission table promises for a caller. */
function expectedAccess(access: Access, role: Role | null): 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  if (access === 'public') return 'allowed';
  if (role === null) return 'UNAUTHENTICATED';
  if (access === 'session') return 'allowed';
  return ROLE_PERMISSIONS[role].has(access) ? 'allowed' : 'FORBIDDEN';
}

/** Allowed calls with a valid input succeed, except these, with the reason. */
const ALLOWED_BUT_REFUSED: Partial<Record<MethodName, ApiError['code']>> = {
  'setup.complete': 'CONFLICT', // the office is already configured
  'exchange.startPublication': 'CONFLICT', // only the regional office publishes
  'committees.create': 'CONFLICT', // only the regional office keeps the committees list
  'committees.update': 'CONFLICT',
  'committees.delete': 'CONFLICT',
  'patronDays.update': 'NOT_FOUND', // no such row: tests/integration/patron-days.test.ts has them succeed
  'patronDays.delete': 'NOT_FOUND',
  'exchange.preview': 'VALIDATION', // a desk's own file is refused: it is imported elsewhere
  'exchange.import': 'VALIDATION',
  'exchange.conflict': 'NOT_FOUND', // no conflict at a desk that never imported
  'exchange.resolveConflict': 'NOT_FOUND',
  'exchange.dismissDuplicate': 'NOT_FOUND', // no merge proposed here
};

const errors: ApiError[] = [];
const h = createHarness();
let admin: string;
const sessions = new Map<Role, string>();
let fx: Fixtures;

async function call(method: string, input: unknown, session: string | null): Promise<ApiResult<unknown>> {
  const result = await h.core.invoke({ method, input, session });
  if (!result.ok) errors.push(result.error);
  return result;
}

/** The session for a role; `auth.logout` gets a fresh one so the shared session survives. */
async function sessionFor(role: Role | null, method: MethodName): Promise<string | null> {
  if (role === null) return null;
  if (method === 'auth.logout') return h.login(role === 'amministratore' ? ADMIN.username : role, PASSWORD[role]);
  return sessions.get(role)!;
}

function auditCount(): number {
  return (h.core.state.database.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

beforeAll(async () => {
  await h.setup();
  for (const role of ROLES) sessions.set(role, await h.sessionAs(role));
  admin = sessions.get('amministratore')!;
  const updated = await h.ok('associations.create', associationInput({ name: 'Contratto Modificata' }), admin);
  const toDelete = await h.ok('associations.create', associationInput({ name: 'Contratto Da Eliminare' }), admin);
  const toRestore = await h.ok('associations.create', associationInput({ name: 'Contratto Da Ripristinare' }), admin);
  await h.ok('associations.delete', { id: toRestore.id }, admin);
  const target = await h.ok(
    'operators.create',
    { username: 'bersaglio', fullName: 'Bersaglio Prova', role: 'operatore', password: 'password-bersaglio-1', passwordConfirm: 'password-bersaglio-1' },
    admin,
  );
  const candidate = await h.ok('candidates.create', candidateInput({ specialLegalBasis: 'art9_2b' }), admin);
  const twinPerson = nextPerson('M', 'F205');
  const twin = await h.ok('candidates.create', candidateInput({ ...twinPerson, birthDate: candidate.birthDate }), admin);
  const candidateToDelete = await h.ok('candidates.create', candidateInput(), admin);
  const candidateToRestore = await h.ok('candidates.create', candidateInput(), admin);
  await h.ok('candidates.delete', { id: candidateToRestore.id }, admin);
  const attachment = await h.ok(
    'candidates.addAttachment',
    { candidateId: candidate.id, kind: 'cv', fileName: 'cv.pdf', contentBase64: TINY_PDF.toString('base64') },
    admin,
  );
  const need = await h.ok('needs.create', needInput(updated.id), admin);
  const needToDelete = await h.ok('needs.create', needInput(updated.id), admin);
  const needToRestore = await h.ok('needs.create', needInput(updated.id), admin);
  await h.ok('needs.delete', { id: needToRestore.id }, admin);
  const internship = await h.ok('internships.create', internshipInput(candidate.id, updated.id), admin);
  fx = {
    internship,
    need,
    needToDelete,
    needToRestore,
    updated,
    toDelete,
    toRestore,
    targetOperatorId: target.id,
    candidate,
    twin,
    candidateToDelete,
    candidateToRestore,
    attachmentId: attachment.id,
  };
});

afterAll(() => h.dispose());

describe('the contract table', () => {
  it('every method has a valid input in this suite', () => {
    const missing = METHOD_NAMES.filter((m) => !VALID_INPUT[m]);
    expect(missing, `add a valid input for ${missing.join(', ')} to VALID_INPUT`).toEqual([]);
    const extra = Object.keys(VALID_INPUT).filter((m) => !(METHOD_NAMES as string[]).includes(m));
    expect(extra).toEqual([]);
  });

  it('the list of methods that accept {} is exactly the schemas without required fields', () => {
    const acceptsEmpty = METHOD_NAMES.filter((m) => contract[m].input.safeParse({}).success);
    expect(acceptsEmpty.sort()).toEqual([...EMPTY_OBJECT_IS_VALID].sort());
  });

  it('the permission table keeps its security promises', () => {
    const holders = (p: Access) => ROLES.filter((r) => p !== 'public' && p !== 'session' && ROLE_PERMISSIONS[r].has(p));
    expect(holders('operators.manage')).toEqual(['amministratore']);
    expect(holders('settings.manage')).toEqual(['amministratore']);
    expect(holders('associations.delete')).toEqual(['coordinatore', 'amministratore']);
    expect(holders('associations.read')).toEqual(['operatore', 'coordinatore', 'amministratore']);
    expect(holders('candidates.special')).toEqual(['coordinatore', 'amministratore']);
    expect(holders('candidates.merge')).toEqual(['coordinatore', 'amministratore']);
    expect(holders('candidates.write')).toEqual(['operatore', 'coordinatore', 'amministratore']);
    expect(holders('matches.weights')).toEqual(['coordinatore', 'amministratore']);
    expect(holders('internships.write')).toEqual(['operatore', 'coordinatore', 'amministratore']);
    expect(holders('internships.waive')).toEqual(['coordinatore', 'amministratore']);
    expect(holders('attendance.close')).toEqual(['coordinatore', 'amministratore']);
    expect(holders('rules.manage')).toEqual(['coordinatore', 'amministratore']);
    expect(holders('matches.write')).toEqual(['operatore', 'coordinatore', 'amministratore']);
    // The exchange carries every person's data: coordinators decide what leaves and what comes in.
    for (const p of ['exchange.run', 'exchange.import', 'exchange.resolve', 'exchange.publish'] as const) {
      expect(holders(p)).toEqual(['coordinatore', 'amministratore']);
    }
    const publicMethods = METHOD_NAMES.filter((m) => contract[m].access === 'public');
    expect(publicMethods.sort()).toEqual(['auth.login', 'setup.complete', 'setup.status']);
  });

  it('every method has a known access', () => {
    for (const m of METHOD_NAMES) {
      const access = contract[m].access;
      expect(access === 'public' || access === 'session' || ROLES.some((r) => ROLE_PERMISSIONS[r].has(access)), m).toBe(true);
    }
  });
});

describe('(a) invalid input is refused with VALIDATION and issues, in Italian', () => {
  for (const method of METHOD_NAMES) {
    it(method, async () => {
      const session = contract[method].access === 'public' ? null : admin;
      // Preparing a valid input may itself write (a note to delete, say): done before counting.
      const valid = EMPTY_OBJECT_IS_VALID.includes(method)
        ? null
        : ((await VALID_INPUT[method]!({ role: 'amministratore', fx, h, admin })) as Record<string, unknown>);
      const before = auditCount();
      for (const probe of [42, 'testo', [1, 2]]) {
        const result = await call(method, probe, session);
        expect(result.ok, `${method} accepted ${JSON.stringify(probe)}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.issues?.length).toBeGreaterThan(0);
        for (const issue of result.error.issues!) {
          expect(issue.message).not.toMatch(/\b(Invalid|expected|Required|received)\b/);
        }
      }
      if (!EMPTY_OBJECT_IS_VALID.includes(method)) {
        const result = await call(method, {}, session);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.issues!.every((i) => i.path !== '' && i.message.length > 0)).toBe(true);
        }
        // Wrong types for every field of a valid input.
        const wrong = Object.fromEntries(Object.keys(valid!).map((k) => [k, typeof valid![k] === 'number' ? 'dieci' : 12345]));
        const typed = await call(method, wrong, session);
        expect(typed.ok).toBe(false);
        if (!typed.ok) expect(typed.error.code).toBe('VALIDATION');
      }
      expect(auditCount(), 'a refused call wrote to the audit log').toBe(before);
    });
  }
});

describe('(b) each role gets exactly what ROLE_PERMISSIONS promises', () => {
  for (const method of METHOD_NAMES) {
    it(method, async () => {
      const access = contract[method].access;
      for (const role of [null, ...ROLES]) {
        const expected = expectedAccess(access, role);
        const session = await sessionFor(role, method);
        const input = await VALID_INPUT[method]!({ role, fx, h, admin });
        const before = auditCount();
        const result = await call(method, input, session);
        const who = role ?? 'nobody';
        if (expected === 'allowed') {
          const refusedWith = ALLOWED_BUT_REFUSED[method];
          if (refusedWith) {
            expect(result.ok ? 'ok' : result.error.code, `${method} as ${who}`).toBe(refusedWith);
          } else {
            expect(result.ok ? 'ok' : result.error, `${method} as ${who}`).toBe('ok');
          }
        } else {
          expect(result.ok ? 'ok' : result.error.code, `${method} as ${who}`).toBe(expected);
          expect(auditCount(), `${method} as ${who} was refused but wrote to the audit log`).toBe(before);
        }
      }
      // A token that is not a session is the same as no session.
      if (access !== 'public') {
        const bogus = await call(method, await VALID_INPUT[method]!({ role: null, fx, h, admin }), 'not-a-session-token');
        expect(bogus.ok ? 'ok' : bogus.error.code).toBe('UNAUTHENTICATED');
      }
    });
  }
});

describe('(c) a valid call returns output that matches the output schema', () => {
  for (const method of METHOD_NAMES) {
    it(method, async () => {
      // Only an unconfigured office can be set up: that one call goes to a fresh core.
      const fresh = method === 'setup.complete' ? createHarness() : null;
      try {
        const target = fresh ?? h;
        const role: Role | null = contract[method].access === 'public' ? null : 'amministratore';
        const session = await sessionFor(role, method);
        const input = await VALID_INPUT[method]!({ role, fx, h: target, admin });
        const result = await target.core.invoke({ method, input, session });
        if (!result.ok) errors.push(result.error);
        // Refused on this desk by design (they need the regional office or a second office): their
        // answers are parsed by the dispatcher in tests/integration/exchange.test.ts, where they succeed.
        const refusedHere = fresh ? undefined : ALLOWED_BUT_REFUSED[method];
        if (refusedHere) {
          expect(result.ok ? 'ok' : result.error.code).toBe(refusedHere);
          return;
        }
        expect(result.ok ? 'ok' : result.error).toBe('ok');
        if (!result.ok) return;
        const parsed = contract[method].output.safeParse(result.value);
        expect(parsed.success ? 'ok' : parsed.error.issues).toBe('ok');
      } finally {
        fresh?.dispose();
      }
    });
  }
});

describe('unknown methods and error hygiene', () => {
  it.each(['associations.nope', 'toString', '__proto__', 'constructor', 'hasOwnProperty', '', 'AUTH.LOGIN'])(
    'an unknown method %j is NOT_FOUND, with or without a session',
    async (method) => {
      for (const session of [null, admin]) {
        const result = await call(method, {}, session);
        expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
      }
    },
  );

  it('a method name that is not a string is NOT_FOUND', async () => {
    for (const method of [42, null, { toString: () => 'auth.me' }]) {
      const result = await h.core.invoke({ method: method as never, input: {}, session: admin });
      expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
    }
  });

  it('an unexpected database failure becomes a plain IO error; the details go to the log only', async () => {
    const sqlite = h.core.state.database.sqlite;
    sqlite.exec(
      "CREATE TRIGGER boom BEFORE INSERT ON associations BEGIN SELECT RAISE(ABORT, 'boom: SELECT * FROM associations at /work/x.ts:1:2'); END;",
    );
    const before = (await h.ok('associations.list', { pageSize: 200 }, admin)).total;
    try {
      const result = await call('associations.create', associationInput({ name: 'Non Salvata' }), admin);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toEqual({ code: 'IO', message: UNEXPECTED_MESSAGE });
    } finally {
      sqlite.exec('DROP TRIGGER boom');
    }
    expect((await h.ok('associations.list', { pageSize: 200 }, admin)).total).toBe(before);
    expect(h.log.lines.some((l) => l.includes('boom'))).toBe(true);
  });

  it('no error that reached a caller in this suite carries a stack trace, a file path or SQL', () => {
    expect(errors.length).toBeGreaterThan(50);
    for (const error of errors) {
      const text = JSON.stringify(error);
      expect(text).not.toMatch(/\bat\s+\S*[\\/]\S+:\d+/); // "at /path/file.ts:12"
      expect(text).not.toMatch(/\.(ts|js|mjs|cjs)\b/);
      expect(text).not.toMatch(/node_modules|[\\/]work[\\/]|[A-Z]:\\/);
      expect(text).not.toMatch(/\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b/i);
      expect(text).not.toMatch(/SQLITE_|sqlite/i);
    }
  });
});
