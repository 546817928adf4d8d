/**
 * Regional rule sets on a real SQLite file through the handler table: a coordinator adds a set
 * valid from a later date, drafts starting after it are checked against it at once (those before
 * are not), the built-in defaults and sets a started file rests on stay as they are, operators
 * only read, and every change is in the history with its before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Internship } from '@shared/api/internships';
import type { RuleSetView } from '@shared/api/rule-sets';
import { PIEDMONT_DEFAULT_RULES } from '@shared/rules/internship-rules';
import { fieldsOf } from './read';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { associationInput, candidateInput, hostDeclarations, internshipInput } from '../../../../tests/support/fixtures';
import { addMonths } from '@shared/rules/calendar';

let h: Harness;
let op: string;
let coord: string;
/** Drafts made under the built-in rules: one starting after the new set, one before it. */
let after: Internship;
let before: Internship;
let shorter: RuleSetView;

const now = new Date('2026-12-01T10:00:00Z');
const defaults = () => fieldsOf(PIEDMONT_DEFAULT_RULES);

/** A draft for a person and a host of its own, so no other file's quota or overlap plays a part. */
async function draft(startDate: string, plannedEndDate: string): Promise<Internship> {
  const person = await h.ok('candidates.create', candidateInput({ targetCategory: 'disoccupato' }), op);
  // Declared a month before the start: a declaration more than 12 months older would block the file.
  const host = await h.ok('associations.create', associationInput({ employees: 10, ...hostDeclarations(addMonths(startDate, -1)) }), op);
  return h.ok('internships.create', internshipInput(person.id, host.id, { startDate, plannedEndDate }), op);
}

const blocking = (file: Internship) => file.findings.filter((f) => f.severity === 'blocking').map((f) => f.rule);

beforeAll(async () => {
  h = createHarness({ now: () => now });
  await h.setup();
  op = await h.sessionAs('operatore');
  coord = await h.sessionAs('coordinatore');
  after = await draft('2027-04-01', '2027-08-31');
  before = await draft('2027-01-11', '2027-05-10');
});
afterAll(() => h.dispose());

describe('the built-in Piedmont defaults', () => {
  it('are listed, in force today, with the drafts resting on them, and locked with the reason', async () => {
    const sets = await h.ok('ruleSets.list', {}, op);
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ id: 'piemonte-2017', builtIn: true, inForceToday: true, hlc: null, usage: { drafts: 2, started: 0 }, minMonths: 2 });
    expect(sets[0]!.lockedReason).toContain('aggiungi una nuova versione');
    expect(sets[0]!.allowance).toEqual({ fullMonthlyCents: 60000, fullWeeklyHours: 40, floorMonthlyCents: 30000, floorWeeklyHours: 20, attendanceThreshold: 0.7 });
  });

  it('cannot be changed or removed, not even by a coordinator', async () => {
    const edit = await h.call('ruleSets.update', { id: 'piemonte-2017', hlc: 'x', data: defaults() }, coord);
    expect(edit.ok ? 'ok' : edit.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('non si modificano né si eliminano') });
    const remove = await h.call('ruleSets.remove', { id: 'piemonte-2017', hlc: 'x' }, coord);
    expect(remove.ok ? 'ok' : remove.error.code).toBe('CONFLICT');
  });
});

describe('a coordinator adds a set valid from 1 March 2027', () => {
  it('an operator may read the sets but not add one', async () => {
    const refused = await h.call('ruleSets.create', { ...defaults(), name: 'Non mia', validFrom: '2027-03-01' }, op);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
  });

  it('refuses numbers that make no sense, in Italian, next to the field', async () => {
    const d = defaults();
    const bad = await h.call(
      'ruleSets.create',
      { ...d, validFrom: '2027-02-30', minMonths: 0, allowance: { ...d.allowance, floorMonthlyCents: 70000, attendanceThreshold: 1.5 } },
      coord,
    );
    expect(bad.ok ? 'ok' : bad.error.code).toBe('VALIDATION');
    const issues = bad.ok ? {} : Object.fromEntries(bad.error.issues!.map((i) => [i.path, i.message]));
    expect(issues).toMatchObject({
      validFrom: 'In vigore dal: data non valida',
      minMonths: 'Durata minima: almeno 1',
      'allowance.floorMonthlyCents': 'L’indennità ridotta non può superare quella piena',
      'allowance.attendanceThreshold': 'Presenza per l’indennità piena: tra 0 e 100%',
    });
  });

  it('is saved, audited, and not yet in force today', async () => {
    shorter = await h.ok(
      'ruleSets.create',
      { ...defaults(), name: 'Piemonte 2027', validFrom: '2027-03-01', maxMonthsByCategory: { ...defaults().maxMonthsByCategory, disoccupato: 4 } },
      coord,
    );
    expect(shorter).toMatchObject({ builtIn: false, inForceToday: false, lockedReason: null, maxMonthsByCategory: { disoccupato: 4 } });
    const history = await h.ok('audit.forRecord', { entity: 'rule_sets', id: shorter.id }, op);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', operatorName: 'Utente coordinatore' });
    expect(history[0]!.changes).toContainEqual({ field: 'maxMonthsByCategory.disoccupato', before: null, after: null });
  });

  it('a draft starting after it is checked against it at once: 5 months are now too long', async () => {
    const file = await h.ok('internships.get', { id: after.id }, op);
    expect(file.ruleSetId).toBe(shorter.id);
    expect(file.ruleSetName).toBe('Piemonte 2027');
    expect(blocking(after)).not.toContain('durata-massima');
    expect(blocking(file)).toContain('durata-massima');
    const live = await h.ok('internships.check', { id: after.id, data: internshipInput(file.candidateId, file.associationId, { startDate: '2027-04-01', plannedEndDate: '2027-08-31' }) }, op);
    expect(live.find((f) => f.rule === 'durata-massima')?.severity).toBe('blocking');
    const refused = await h.call('internships.transition', { id: file.id, hlc: file.hlc, to: 'in_firma' }, op);
    expect(refused.ok ? 'ok' : refused.error.message).toContain('Dura più di 4 mesi');
  });

  it('a draft starting before it keeps the built-in rules', async () => {
    const file = await h.ok('internships.get', { id: before.id }, op);
    expect(file.ruleSetId).toBe('piemonte-2017');
    expect(blocking(file)).toEqual([]);
  });

  it('a second set from the same day is refused', async () => {
    const twin = await h.call('ruleSets.create', { ...defaults(), name: 'Doppione', validFrom: '2027-03-01' }, coord);
    expect(twin.ok ? 'ok' : twin.error).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'validFrom', message: expect.stringContaining('C’è già una versione in vigore dal 01/03/2027') }] });
    const builtInDay = await h.call('ruleSets.create', { ...defaults(), name: 'Doppione', validFrom: '2017-12-22' }, coord);
    expect(builtInDay.ok ? 'ok' : builtInDay.error.code).toBe('CONFLICT');
  });

  it('a correction is audited with before and after; a stale version is refused', async () => {
    const data = { ...defaults(), name: 'Piemonte 2027', validFrom: '2027-03-01', maxMonthsByCategory: { ...defaults().maxMonthsByCategory, disoccupato: 5 } };
    const corrected = await h.ok('ruleSets.update', { id: shorter.id, hlc: shorter.hlc!, data }, coord);
    expect(corrected.maxMonthsByCategory.disoccupato).toBe(5);
    const stale = await h.call('ruleSets.update', { id: shorter.id, hlc: shorter.hlc!, data }, coord);
    expect(stale.ok ? 'ok' : stale.error.details).toEqual({ reason: 'stale' });
    const history = await h.ok('audit.forRecord', { entity: 'rule_sets', id: shorter.id }, coord);
    expect(history[0]).toMatchObject({ action: 'update', changes: [{ field: 'maxMonthsByCategory.disoccupato', before: 4, after: 5 }] });
    expect(blocking(await h.ok('internships.get', { id: after.id }, op))).toEqual([]);
    shorter = corrected;
  });
});

describe('a set a file in signature rests on', () => {
  it('cannot be changed or removed any more; the message says to add a newer set', async () => {
    const file = await draft('2027-04-01', '2027-06-30');
    expect(file.ruleSetId).toBe(shorter.id);
    await h.ok('internships.transition', { id: file.id, hlc: file.hlc, to: 'in_firma' }, op);
    const view = await h.ok('ruleSets.get', { id: shorter.id }, op);
    expect(view.usage).toEqual({ drafts: 1, started: 1 });
    expect(view.lockedReason).toContain('una pratica già in firma o avviata');
    const edit = await h.call('ruleSets.update', { id: shorter.id, hlc: view.hlc!, data: { ...defaults(), name: 'X', validFrom: '2027-03-01' } }, coord);
    expect(edit.ok ? 'ok' : edit.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('aggiungi una nuova versione con una data «In vigore dal» successiva') });
    const remove = await h.call('ruleSets.remove', { id: shorter.id, hlc: view.hlc! }, coord);
    expect(remove.ok ? 'ok' : remove.error.code).toBe('CONFLICT');
  });
});

describe('removing an unused set', () => {
  it('is audited, and the drafts on it go back to the set now in force at their start', async () => {
    const later = await h.ok('ruleSets.create', { ...defaults(), name: 'Piemonte 2028', validFrom: '2028-01-01', minMonths: 3 }, coord);
    const file = await draft('2028-02-01', '2028-03-31');
    expect(file.ruleSetId).toBe(later.id);
    expect(blocking(file)).toContain('durata-minima');
    const operatorTry = await h.call('ruleSets.remove', { id: later.id, hlc: later.hlc! }, op);
    expect(operatorTry.ok ? 'ok' : operatorTry.error.code).toBe('FORBIDDEN');
    await h.ok('ruleSets.remove', { id: later.id, hlc: later.hlc! }, coord);
    const moved = await h.ok('internships.get', { id: file.id }, op);
    expect(moved.ruleSetId).toBe(shorter.id);
    expect(blocking(moved)).toEqual([]);
    expect((await h.ok('ruleSets.list', {}, op)).map((s) => s.name)).toEqual(['Piemonte 2027', PIEDMONT_DEFAULT_RULES.name]);
    const history = await h.ok('audit.forRecord', { entity: 'rule_sets', id: later.id }, coord);
    expect(history.map((e) => e.action)).toEqual(['delete', 'create']);
    expect(history[0]!.changes).toContainEqual({ field: 'minMonths', before: 3, after: null });
  });
});

describe('a set with shorter maximums for the hidden categories', () => {
  it('checks an operator’s file for such a person against that set’s limit, with a message naming neither category', async () => {
    await h.ok('ruleSets.create', { ...defaults(), name: 'Piemonte 2029', validFrom: '2029-01-01', maxMonthsByCategory: { ...defaults().maxMonthsByCategory, servizi: 9 } }, coord);
    const person = await h.ok('candidates.create', candidateInput({ targetCategory: 'servizi', specialLegalBasis: 'art9_2b' }), coord);
    const host = await h.ok('associations.create', associationInput({ employees: 10, ...hostDeclarations('2029-01-15') }), op);
    const file = await h.ok('internships.create', internshipInput(person.id, host.id, { startDate: '2029-02-01', plannedEndDate: '2029-12-31' }), op);
    expect(file.targetCategoryHidden).toBe(true);
    // 11 months: over this set's 9, so the operator sees the masked warning with the set's number…
    expect(file.findings.find((f) => f.rule === 'durata-massima')).toMatchObject({ severity: 'warning', message: expect.stringContaining('Dura più di 9 mesi: per la categoria tutelata') });
    // …and the move to signature is refused with a reason, not an empty list.
    const send = await h.call('internships.transition', { id: file.id, hlc: file.hlc, to: 'in_firma' }, op);
    expect(send.ok ? 'ok' : send.error.message).toBe('Oltre i 9 mesi la pratica di questa categoria di candidato la manda avanti un coordinatore.');
  });
});

describe('a draft deleted while its set went away', () => {
  it('comes back under the set now in force at its start', async () => {
    const temporary = await h.ok('ruleSets.create', { ...defaults(), name: 'Piemonte 2030', validFrom: '2030-01-01', minMonths: 3 }, coord);
    const file = await draft('2030-02-01', '2030-05-31');
    expect(file.ruleSetId).toBe(temporary.id);
    const gone = await h.ok('internships.delete', { id: file.id, hlc: file.hlc }, op);
    await h.ok('ruleSets.remove', { id: temporary.id, hlc: temporary.hlc! }, coord);
    const back = await h.ok('internships.restore', { id: gone.id, hlc: gone.hlc }, op);
    expect(back.ruleSetId).not.toBe(temporary.id);
    expect(back.ruleSetName).toBe('Piemonte 2029');
  });
});
