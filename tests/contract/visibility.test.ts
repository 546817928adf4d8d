/**
 * Who may see what, proved on data (decision 0019). A desk holds people in restricted target
 * categories with special data, interview notes, proposals, files and documents; every method an
 * operator may call is called on them as `operatore`, and no answer nor refusal carries a
 * restricted value. A method is called with its probes below where the input must aim at those
 * people (or an operator is refused), otherwise with its shared valid input (tests/support/valid-inputs.ts)
 * on fixtures that are those people. The same calls as a coordinator do find those values, so the
 * sweep reaches them. Also, from the schemas: a method whose answer carries a target category declares its
 * visibility, and special data reach only roles with the clearance.
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isRestrictedCategory, RESTRICTED_CATEGORIES, TARGET_CATEGORY_LABELS, type Candidate } from '@shared/api/candidates';
import { contract, METHOD_NAMES, type MethodInput, type MethodName } from '@shared/api/contract';
import type { ApiError, ApiResult } from '@shared/api/errors';
import { ROLE_PERMISSIONS, ROLES, type Role } from '@shared/api/permissions';
import type { Internship } from '@shared/api/internships';
import { createHarness, SETUP_INPUT } from '../support/core-harness';
import { readyPromoter } from '../support/promoter';
import { docxText } from '../support/docx-text';
import { candidateInput, fullAssociationInput, internshipInput, needInput, TINY_PDF } from '../support/fixtures';
import { waiveSigning } from '../support/signing';
import { templateDocx } from '../support/template-docx';
import { finishedRegisters } from '../support/valid-input-records';
import { makeFixtures, VALID_INPUT, type Fixtures } from '../support/valid-inputs';

/** Unique marks in the seeded special data: no answer to an operator may hold them. */
const HEALTH = 'Epilessia farmacoresistente (nota ZX-SALUTE)';
const CARE = 'Seguita dal consorzio socio-assistenziale (nota ZX-SOCIALE)';
const SPECIAL_FIELDS = ['healthNotes', 'disabilityPercent', 'socialServicesCare', 'socialServicesNotes'];
/**
 * Texts that tell a restricted category: its label (as the PFI prints it), the maximum duration
 * named for "this category" (24 months says disability), and a ranking that says the category fits
 * a need asking only restricted ones.
 */
const TELLING_TEXTS = [...RESTRICTED_CATEGORIES.map((c) => TARGET_CATEGORY_LABELS[c]), HEALTH, CARE, 'il massimo per questa categoria di candidato', 'Categoria adatta al progetto'];

interface Leak {
  path: string;
  what: string;
}

/** The text of a .docx, or of each .docx in a .zip, sent as base64. */
function documentTexts(base64: string): string[] {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.subarray(0, 2).toString() !== 'PK') return [];
  const parts = unzipSync(bytes);
  if (parts['word/document.xml']) return [docxText(bytes).all];
  return Object.entries(parts).filter(([name]) => name.endsWith('.docx')).map(([, part]) => docxText(part).all);
}

function stringLeaks(s: string, path: string, key: string): Leak[] {
  // A need's protected categories would tell who is proposed to it: they fold too (decision 0026).
  const leaks: Leak[] = isRestrictedCategory(s) ? [{ path, what: `category ${s}` }] : [];
  for (const text of TELLING_TEXTS) if (s.includes(text)) leaks.push({ path, what: text });
  if (key === 'contentBase64') for (const text of documentTexts(s)) leaks.push(...stringLeaks(text, `${path}<docx>`, ''));
  return leaks;
}

/** Every restricted value in an answer or a refusal, with where it is. */
function leaksIn(value: unknown, path = '$', key = ''): Leak[] {
  if (typeof value === 'string') return stringLeaks(value, path, key);
  if (Array.isArray(value)) return value.flatMap((v, i) => leaksIn(v, `${path}[${i}]`, key));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [...(SPECIAL_FIELDS.includes(k) ? [{ path: `${path}.${k}`, what: `field ${k}` }] : []), ...leaksIn(v, `${path}.${k}`, k)]);
}

const h = createHarness({ now: () => new Date('2026-12-01T10:00:00Z') });
let admin: string;
let coord: string;
const sessions = new Map<Role, string>();
let unique = 0;

interface Desk {
  host: Awaited<ReturnType<typeof hostOf>>;
  needId: string;
  /** Disabile (was NEET: its history has the change), with special data and an interview note. */
  disabled: Candidate;
  /** In carico ai servizi, with special data. */
  cared: Candidate;
  /** Was disabile when the file started, NEET now: the file still holds the old category. */
  formerly: Candidate;
  /** The disabled person's draft of 30 months: past the 24 of the category. */
  longFile: Internship;
  /** The cared person's draft of 18 months: past the 12 of the category. */
  caredFile: Internship;
  /** The disabled person's six months, ready for documents. */
  readyFile: Internship;
  running: Internship;
  formerFile: Internship;
  pfiId: string;
  informativaId: string;
  attachmentId: string;
  templateId: string;
  proposalId: string;
}
let desk: Desk;
let fx: Fixtures;

const ready = { promoterTutorId: null as string | null, hostTutorName: 'Paola Verdi', activities: 'Accoglienza degli iscritti e segreteria dei corsi' };
const hostOf = () => h.ok('associations.create', fullAssociationInput({ name: `ODV Inclusione ${++unique}` }), coord);
const restrictedPerson = (targetCategory: 'disabile' | 'servizi' = 'disabile') =>
  h.ok('candidates.create', candidateInput({ targetCategory, specialLegalBasis: 'art9_2b' }), coord);
const restrictedNeed = (positions = 2) => h.ok('needs.create', needInput(desk.host.id, { categories: ['disabile', 'servizi'], skills: ['Magazzino'], positions }), coord);

async function withSpecial(person: Candidate, healthNotes: string | null, socialServicesNotes: string | null) {
  await h.ok('candidates.updateSpecial', { id: person.id, hlc: null, data: { disabilityPercent: 67, healthNotes, socialServicesCare: socialServicesNotes !== null, socialServicesNotes } }, coord);
}

/** Running since 1 September 2026, six months, at a host of its own, its signatures waived by the coordinator. */
async function runningFor(person: Candidate): Promise<Internship> {
  const draft = await h.ok('internships.create', internshipInput(person.id, (await hostOf()).id, { startDate: '2026-09-01', plannedEndDate: '2027-02-28' }), coord);
  const signed = await h.ok('internships.transition', { id: draft.id, hlc: draft.hlc, to: 'in_firma' }, coord);
  await waiveSigning(h, signed.id, coord);
  return h.ok('internships.transition', { id: signed.id, hlc: signed.hlc, to: 'attivo', noticeDate: '2026-08-28', noticeNumber: `UNILAV ${++unique}` }, coord);
}

/** One call to make: its input, and the refusal an operator gets where the policy refuses. */
interface Probe {
  input: unknown;
  operatorGets?: ApiError['code'];
}
type Build = (role: Role, session: string) => Promise<Probe[]> | Probe[];
const one = (input: unknown, operatorGets?: ApiError['code']): Probe[] => [{ input, operatorGets }];
const asCaller = async <M extends MethodName>(m: M, input: MethodInput<M>, session: string) => h.ok(m, input, session);

/**
 * Inputs aimed at the restricted people where the shared valid input would not reach them (another
 * person, a wider page, the caller's own view sent back) or where an operator is refused. A method
 * not here is called with its valid input on `fx`, whose people, need and files are the desk's.
 */
const PROBES: Partial<Record<MethodName, Build>> = {
  'setup.complete': () => one(SETUP_INPUT, 'CONFLICT'),
  'reference.decodeTaxCode': () => one({ taxCode: desk.disabled.taxCode }),
  'associations.list': () => one({ query: 'inclusione', page: 1, pageSize: 50 }),
  'candidates.list': () => [{ input: { query: 'rossi', pageSize: 100 } }, { input: { sort: 'updated', direction: 'desc', pageSize: 100 } }, { input: { targetCategory: 'disabile' }, operatorGets: 'FORBIDDEN' }],
  'candidates.get': () => [desk.disabled, desk.cared, desk.formerly].map((c) => ({ input: { id: c.id } })),
  // Setting a restricted category is writing special-category data: refused to an operator, for anyone.
  'candidates.create': () => one(candidateInput({ targetCategory: 'servizi', specialLegalBasis: 'art9_2b' }), 'FORBIDDEN'),
  // The form of a role that cannot see the category sends it back empty: the stored one stays.
  'candidates.update': async (_r, s) => {
    const current = await asCaller('candidates.get', { id: desk.disabled.id }, s);
    return one({ id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${++unique}` } });
  },
  // The operator's own view of a need asking protected categories, sent back: they are kept (decision 0026).
  'needs.update': async (_r, s) => {
    const current = await asCaller('needs.get', { id: desk.needId }, s);
    return one({ id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${++unique}` } });
  },
  'matches.rankCandidates': () => one({ needId: desk.needId, pageSize: 100 }),
  'matches.rankNeeds': () => [desk.disabled, desk.cared].map((c) => ({ input: { candidateId: c.id, pageSize: 100 } })),
  'matches.propose': async () => one({ needId: desk.needId, candidateIds: [(await restrictedPerson('servizi')).id] }),
  'matches.transition': async () => {
    const [m] = await h.ok('matches.propose', { needId: desk.needId, candidateIds: [(await restrictedPerson()).id] }, coord);
    return one({ id: m!.id, hlc: m!.hlc, to: 'colloquio_fissato', interviewAt: '2099-01-15T10:00', interviewPlace: 'Sede', note: null });
  },
  'internships.list': () => one({ query: '', pageSize: 100 }),
  'internships.get': () => [desk.longFile, desk.caredFile, desk.readyFile, desk.running, desk.formerFile].map((f) => ({ input: { id: f.id } })),
  'internships.create': () => one(internshipInput(desk.disabled.id, desk.host.id, { plannedEndDate: '2029-07-10' })),
  'internships.createFromMatch': async () => {
    const need = await restrictedNeed(1);
    const [m] = await h.ok('matches.propose', { needId: need.id, candidateIds: [(await restrictedPerson()).id] }, coord);
    await h.ok('matches.transition', { id: m!.id, hlc: m!.hlc, to: 'accettato' }, coord);
    return one({ matchId: m!.id });
  },
  'internships.update': async (_r, s) => {
    const current = await asCaller('internships.get', { id: desk.longFile.id }, s);
    return one({ id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${++unique}` } });
  },
  'internships.check': () => [
    { input: { id: null, data: internshipInput(desk.disabled.id, desk.host.id, { plannedEndDate: '2029-07-10' }) } },
    { input: { id: null, data: internshipInput(desk.cared.id, desk.host.id, { plannedEndDate: '2028-07-10' }) } },
  ],
  // Past the 12 months an operator may take a hidden category to: a coordinator's to decide.
  'internships.extend': () => one({ id: desk.running.id, hlc: desk.running.hlc, newEndDate: '2028-06-30', noticeDate: '2026-11-20', noticeNumber: 'UNILAV P', reason: 'Serve più tempo' }, 'FORBIDDEN'),
  'internships.setAttendance': (role) => one({ id: desk.running.id, month: role === 'operatore' ? '2026-10' : '2026-11', attendedHours: 100, version: null }),
  'internships.transition': async () => {
    const [long, cared] = await Promise.all([desk.longFile, desk.caredFile].map((f) => h.ok('internships.get', { id: f.id }, coord)));
    return [long!, cared!].map((f) => ({ input: { id: f.id, hlc: f.hlc, to: 'in_firma' }, operatorGets: 'FORBIDDEN' as const }));
  },
  'documents.forInternship': () => [desk.longFile, desk.caredFile, desk.readyFile].map((f) => ({ input: { internshipId: f.id } })),
  'documents.generate': () => [
    { input: { internshipId: desk.readyFile.id, kind: 'pfi' }, operatorGets: 'RULE_VIOLATION' as const },
    { input: { internshipId: desk.readyFile.id, kind: 'informativa' } },
    { input: { internshipId: desk.longFile.id, kind: 'convenzione' }, operatorGets: 'RULE_VIOLATION' as const },
  ],
  'documents.content': () => [{ input: { id: desk.pfiId }, operatorGets: 'FORBIDDEN' }, { input: { id: desk.informativaId } }],
  'documents.job': async (_r, s) => one({ id: await finishedRegisters(h, s) }),
  'audit.forRecord': () => [
    ...[desk.disabled, desk.cared, desk.formerly].map((c) => ({ input: { entity: 'candidates', id: c.id } })),
    ...[desk.longFile, desk.readyFile, desk.formerFile].map((f) => ({ input: { entity: 'internships', id: f.id } })),
    { input: { entity: 'matches', id: desk.proposalId } },
    { input: { entity: 'needs', id: desk.needId } },
  ],
};

/** Methods an operator may call that this suite does not, with the reason. */
const NOT_PROBED: Partial<Record<MethodName, string>> = {};

const operatorMethods = METHOD_NAMES.filter((m) => {
  const access = contract[m].access;
  return access === 'public' || access === 'session' || ROLE_PERMISSIONS.operatore.has(access);
});

/** The method's probes, or its valid input on the desk's fixtures. */
async function probesOf(method: MethodName, role: Role): Promise<Probe[]> {
  const build = PROBES[method];
  if (build) return build(role, sessions.get(role)!);
  const valid = VALID_INPUT[method];
  return valid ? one(await valid({ role, fx, h, admin })) : [];
}

/** Calls every operator method as the role; the leaks found and the outcome of each call. */
async function sweep(role: Role): Promise<{ leaks: (Leak & { method: string })[]; outcomes: { method: string; got: string; expected: string }[] }> {
  const leaks: (Leak & { method: string })[] = [];
  const outcomes: { method: string; got: string; expected: string }[] = [];
  for (const method of operatorMethods) {
    for (const probe of await probesOf(method, role)) {
      // Logging out ends a session: that call gets one of its own.
      const session = method === 'auth.logout' ? await h.login(role, `password-${role}-1`) : sessions.get(role)!;
      const result: ApiResult<unknown> = await h.core.invoke({ method, input: probe.input, session });
      leaks.push(...leaksIn(result.ok ? result.value : result.error).map((l) => ({ ...l, method })));
      outcomes.push({ method, got: result.ok ? 'ok' : result.error.code, expected: probe.operatorGets ?? 'ok' });
    }
  }
  return { leaks, outcomes };
}

beforeAll(async () => {
  await h.setup();
  for (const role of ROLES) sessions.set(role, await h.sessionAs(role));
  admin = sessions.get('amministratore')!;
  coord = sessions.get('coordinatore')!;
  ready.promoterTutorId = await readyPromoter(h, admin, coord);
  desk = { host: await hostOf() } as Desk;
  const need = await restrictedNeed();
  desk.needId = need.id;

  const wasNeet = await h.ok('candidates.create', candidateInput({ targetCategory: 'neet', specialLegalBasis: 'art9_2b' }), coord);
  desk.disabled = await h.ok('candidates.update', { id: wasNeet.id, hlc: wasNeet.hlc, data: { ...wasNeet, targetCategory: 'disabile' } }, coord);
  desk.cared = await restrictedPerson('servizi');
  await withSpecial(desk.disabled, HEALTH, null);
  await withSpecial(desk.cared, null, CARE);
  await h.ok('candidates.addNote', { candidateId: desk.disabled.id, date: '2026-11-10', text: 'Colloquio conoscitivo: cerca un lavoro in magazzino' }, coord);
  desk.attachmentId = (await h.ok('candidates.addAttachment', { candidateId: desk.disabled.id, kind: 'cv', fileName: 'cv.pdf', contentBase64: TINY_PDF.toString('base64') }, coord)).id;
  const [proposal] = await h.ok('matches.propose', { needId: desk.needId, candidateIds: [desk.disabled.id, desk.cared.id] }, coord);
  desk.proposalId = proposal!.id;

  desk.longFile = await h.ok('internships.create', internshipInput(desk.disabled.id, desk.host.id, { ...ready, plannedEndDate: '2029-07-10' }), coord);
  desk.caredFile = await h.ok('internships.create', internshipInput(desk.cared.id, desk.host.id, { ...ready, plannedEndDate: '2028-07-10' }), coord);
  desk.readyFile = await h.ok('internships.create', internshipInput(desk.disabled.id, desk.host.id, { ...ready }), coord);
  desk.running = await runningFor(desk.cared);
  desk.formerFile = await runningFor(await restrictedPerson());
  const formerly = await h.ok('candidates.get', { id: desk.formerFile.candidateId }, coord);
  desk.formerly = await h.ok('candidates.update', { id: formerly.id, hlc: formerly.hlc, data: { ...formerly, targetCategory: 'neet' } }, coord);

  desk.pfiId = (await h.ok('documents.generate', { internshipId: desk.readyFile.id, kind: 'pfi' }, coord)).id;
  desk.informativaId = (await h.ok('documents.generate', { internshipId: desk.readyFile.id, kind: 'informativa' }, coord)).id;
  const template = await templateDocx(['Gentile {{tirocinante_nome}}']);
  desk.templateId = (await h.ok('documents.uploadTemplate', { kind: 'informativa', fileName: 'informativa.docx', contentBase64: template.toString('base64') }, admin)).id;
  // The valid inputs act on these: the same people, need, host and file the probes aim at.
  fx = await makeFixtures(h, admin, { updated: desk.host, candidate: desk.disabled, twin: desk.cared, attachmentId: desk.attachmentId, need, internship: desk.readyFile });
});

afterAll(() => h.dispose());

describe('what an operator is answered about people in restricted categories', () => {
  it('every method an operator may call is probed (its own probes or its valid input), or listed with the reason it is not', () => {
    const missing = operatorMethods.filter((m) => !PROBES[m] && !VALID_INPUT[m] && !NOT_PROBED[m]);
    expect(missing, `add a valid input for ${missing.join(', ')} to tests/support/valid-inputs.ts`).toEqual([]);
    const callable = new Set<string>(operatorMethods);
    expect(Object.keys(PROBES).filter((m) => !callable.has(m))).toEqual([]);
  });

  it('no answer nor refusal carries a restricted category, special data, or what would tell them', async () => {
    const { leaks, outcomes } = await sweep('operatore');
    const notCalled = operatorMethods.filter((m) => !NOT_PROBED[m] && !outcomes.some((o) => o.method === m));
    expect(notCalled).toEqual([]);
    expect(leaks).toEqual([]);
    expect(outcomes.filter((o) => o.got !== o.expected)).toEqual([]);
    expect((await h.ok('needs.get', { id: desk.needId }, coord)).categories).toEqual(['disabile', 'servizi']);
    // The operator's save of the profile kept the category it could not see.
    expect((await h.ok('candidates.get', { id: desk.disabled.id }, coord)).targetCategory).toBe('disabile');
  });

  it('the same calls as a coordinator find what the operator was not shown', async () => {
    const { leaks } = await sweep('coordinatore');
    const found = new Set(leaks.map((l) => l.what));
    for (const what of ['category disabile', 'category servizi', TARGET_CATEGORY_LABELS.disabile, 'il massimo per questa categoria di candidato', 'Categoria adatta al progetto']) {
      expect(found, what).toContain(what);
    }
    // The file of a person no longer in a restricted category still holds the one it started with.
    expect(leaks.some((l) => l.method === 'internships.get' && l.what === 'category disabile' && l.path === '$.targetCategory')).toBe(true);
    const special = await h.ok('candidates.getSpecial', { id: desk.disabled.id }, coord);
    expect(leaksIn(special).map((l) => l.what)).toContain(HEALTH);
  });
});

describe('what the schemas promise', () => {
  const outputText = (m: MethodName) => JSON.stringify(z.toJSONSchema(contract[m].output, { io: 'output', unrepresentable: 'any' }));

  it('a method whose answer carries a target category declares its visibility', () => {
    const undeclared = METHOD_NAMES.filter((m) => outputText(m).includes('"targetCategory"') && !contract[m].visibility);
    expect(undeclared).toEqual([]);
  });

  it('special data are answered only to the roles with the clearance', () => {
    for (const m of METHOD_NAMES.filter((name) => SPECIAL_FIELDS.some((f) => outputText(name).includes(`"${f}"`)))) {
      const access = contract[m].access;
      const holders = ROLES.filter((r) => access === 'public' || access === 'session' || ROLE_PERMISSIONS[r].has(access));
      expect(holders.filter((r) => !ROLE_PERMISSIONS[r].has('candidates.special')), m).toEqual([]);
    }
  });
});
