import { describe, expect, it } from 'vitest';
import type { TargetCategory } from '../api/candidate-fields';
import { addDays, plannedEnd } from './calendar';
import { type WeeklySchedule } from './working-hours';
import { checkInternship, isCleared, type CheckContext, type InternshipUnderCheck } from './internship-check';
import { PIEDMONT_DEFAULT_RULES, type InternshipType, type RuleId } from './internship-rules';

const schedule = (hoursPerDay: number, days = 5): WeeklySchedule => ({
  1: days >= 1 ? hoursPerDay : 0,
  2: days >= 2 ? hoursPerDay : 0,
  3: days >= 3 ? hoursPerDay : 0,
  4: days >= 4 ? hoursPerDay : 0,
  5: days >= 5 ? hoursPerDay : 0,
  6: days >= 6 ? hoursPerDay : 0,
  7: 0,
});

const START = '2027-01-11';
const FILE: InternshipUnderCheck = {
  type: 'formativo',
  startDate: START,
  plannedEndDate: plannedEnd(START, 6),
  suspensions: [],
  schedule: schedule(8),
  monthlyAllowanceCents: 60000,
  noticeDate: '2027-01-08',
};
const CTX: CheckContext = {
  rules: PIEDMONT_DEFAULT_RULES,
  category: 'disoccupato',
  host: { employees: 3, protocolHost: true, otherInterns: 0 },
  tutorOtherInterns: 0,
  candidateOtherInternship: null,
  today: '2026-12-01',
};

const rulesOf = (file: Partial<InternshipUnderCheck>, ctx: Partial<CheckContext> = {}) =>
  checkInternship({ ...FILE, ...file }, { ...CTX, ...ctx }).map((f) => `${f.rule}:${f.severity}`);

describe('a file that respects every rule', () => {
  it('has no findings', () => {
    expect(checkInternship(FILE, CTX)).toEqual([]);
  });
});

describe('duration, suspensions excluded, by target category', () => {
  it.each<[TargetCategory, number, boolean]>([
    ['disoccupato', 6, true],
    ['disoccupato', 7, false],
    ['neet', 6, true],
    ['svantaggiato', 12, true],
    ['svantaggiato', 13, false],
    ['disabile', 24, true],
    ['disabile', 25, false],
  ])('%s for %i months: within the maximum = %s', (category, length, ok) => {
    const result = rulesOf({ plannedEndDate: plannedEnd(START, length) }, { category });
    expect(result.includes('durata-massima:blocking')).toBe(!ok);
  });

  it('is over the maximum by a single day, and the message says by how much, in Italian', () => {
    const [finding] = checkInternship({ ...FILE, plannedEndDate: addDays(plannedEnd(START, 6), 1) }, CTX);
    expect(finding).toMatchObject({ rule: 'durata-massima', severity: 'blocking', waivable: false, field: 'plannedEndDate' });
    expect(finding!.message).toBe(
      'Dura più di 6 mesi (proroghe comprese, sospensioni escluse), il massimo per questa categoria di candidato: con inizio il 11/01/2027 la fine può essere al più il 10/07/2027.',
    );
  });

  it('an 8-month file for an unemployed person is blocked; a 30-day suspension that moved the end is not counted', () => {
    expect(rulesOf({ plannedEndDate: plannedEnd(START, 8) })).toEqual(['durata-massima:blocking']);
    const suspension = { from: '2027-03-01', to: '2027-03-30' };
    expect(rulesOf({ plannedEndDate: addDays(plannedEnd(START, 6), 30), suspensions: [suspension] })).toEqual([]);
    const [over] = checkInternship({ ...FILE, plannedEndDate: addDays(plannedEnd(START, 6), 31), suspensions: [suspension] }, CTX);
    // The latest end moves with the suspension: 10/07 + 30 days.
    expect(over!.message).toContain('la fine può essere al più il 09/08/2027');
  });

  it('under 2 months is below the minimum (waivable); inclusion tirocini follow their own act', () => {
    const short = checkInternship({ ...FILE, plannedEndDate: addDays(plannedEnd(START, 2), -1) }, CTX);
    expect(short.map((f) => [f.rule, f.waivable])).toEqual([['durata-minima', true]]);
    expect(short[0]!.message).toBe('Dura meno di 2 mesi: con inizio il 11/01/2027 la fine deve essere almeno il 10/03/2027.');
    expect(rulesOf({ type: 'inclusione' as InternshipType, plannedEndDate: plannedEnd(START, 30) })).toEqual([]);
  });

  it('without a category, the shortest maximum applies', () => {
    expect(rulesOf({ plannedEndDate: plannedEnd(START, 7) }, { category: null })).toEqual(['durata-massima:blocking']);
  });
});

describe('allowance and weekly hours', () => {
  it.each<[number, number, number, boolean]>([
    [4, 5, 30000, true],
    [4, 5, 29999, false],
    [6, 5, 45000, true],
    [6, 5, 44999, false],
    [8, 5, 60000, true],
    [8, 5, 59999, false],
  ])('%i h × %i days with %i cents: enough = %s', (perDay, days, cents, ok) => {
    expect(rulesOf({ schedule: schedule(perDay, days), monthlyAllowanceCents: cents }).includes('indennita-minima:blocking')).toBe(!ok);
  });

  it('asks for the allowance when it is missing, with the minimum', () => {
    const [f] = checkInternship({ ...FILE, monthlyAllowanceCents: null, schedule: schedule(6) }, CTX);
    expect(f!.message).toBe('Indica l’indennità mensile: per 30 ore settimanali il minimo è 450,00 € lordi.');
  });

  it('more than 40 hours a week is over the limit (waivable)', () => {
    const found = checkInternship({ ...FILE, schedule: schedule(7, 6) }, CTX);
    expect(found.map((f) => [f.rule, f.waivable])).toEqual([['ore-settimanali', true]]);
  });
});

describe('interns at one host at the same time', () => {
  it.each<[number, boolean, number, boolean]>([
    [0, true, 0, true],
    [0, true, 1, false],
    [0, false, 0, false],
    [5, false, 0, true],
    [5, false, 1, false],
    [6, false, 1, true],
    [6, false, 2, false],
    [20, false, 1, true],
    [20, false, 2, false],
    [21, false, 1, true],
    [21, false, 2, false],
    [40, false, 3, true],
    [40, false, 4, false],
  ])('%i employees (protocol %s), %i others already: room = %s', (employees, protocolHost, otherInterns, ok) => {
    expect(rulesOf({}, { host: { employees, protocolHost, otherInterns } }).includes('quota-ospitante:blocking')).toBe(!ok);
  });

  it('says when the protocol exception is used, as a warning', () => {
    expect(rulesOf({}, { host: { employees: 0, protocolHost: true, otherInterns: 0 } })).toEqual(['quota-ospitante:warning']);
  });
});

describe('host tutor, the candidate’s other internship, the mandatory notice', () => {
  it.each<[number, boolean]>([
    [2, true],
    [3, false],
  ])('a tutor already following %i: room = %s', (others, ok) => {
    expect(rulesOf({}, { tutorOtherInterns: others }).includes('tutor-ospitante:blocking')).toBe(!ok);
  });

  it('another internship of the candidate over the same dates blocks, and can be waived', () => {
    const [f] = checkInternship(FILE, { ...CTX, candidateOtherInternship: { label: 'ASD Nuoto Alba, dal 01/12/2026' } });
    expect(f).toMatchObject({ rule: 'tirocinio-attivo', severity: 'blocking', waivable: true });
    expect(f!.message).toBe('Il candidato ha già un tirocinio in queste date: ASD Nuoto Alba, dal 01/12/2026.');
  });

  it('a notice filed on the start day is late; a missing one is a reminder on the deadline', () => {
    expect(rulesOf({ noticeDate: START })).toEqual(['comunicazione-obbligatoria:blocking']);
    expect(rulesOf({ noticeDate: '2027-01-10' })).toEqual([]);
    expect(rulesOf({ noticeDate: null }, { today: '2027-01-09' })).toEqual([]);
    const [reminder] = checkInternship({ ...FILE, noticeDate: null }, { ...CTX, today: '2027-01-10' });
    expect(reminder!.message).toBe('La comunicazione obbligatoria va fatta oggi: registrala prima dell’avvio.');
  });
});

describe('waivers', () => {
  it('clear a file only for rules that can be waived', () => {
    const late = checkInternship({ ...FILE, noticeDate: START }, CTX);
    expect(isCleared(late, new Set())).toBe(false);
    expect(isCleared(late, new Set<RuleId>(['comunicazione-obbligatoria']))).toBe(true);
    const tooLong = checkInternship({ ...FILE, plannedEndDate: plannedEnd(START, 9) }, CTX);
    expect(isCleared(tooLong, new Set<RuleId>(['durata-massima']))).toBe(false);
    expect(isCleared(checkInternship(FILE, { ...CTX, host: { employees: 0, protocolHost: true, otherInterns: 0 } }), new Set())).toBe(true);
  });
});
