import { describe, expect, it } from 'vitest';
import type { TargetCategory } from '../api/candidate-fields';
import { addDays, plannedEnd } from './calendar';
import { type WeeklySchedule } from './working-hours';
import { checkInternship, isCleared, type CheckContext, type InternshipUnderCheck } from './internship-check';
import { PIEDMONT_DEFAULT_RULES, type InternshipType, type RuleId } from './internship-rules';
import { quotaBasis } from './quota-basis';

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
  status: 'bozza',
  portalReference: null,
  hostOtherPromoterInterns: null,
  workedForHost: false,
  workedForHostDeclaredOn: '2026-11-20',
};
/** All three declared a month before the start. */
const DECLARED = { noLayoffsDeclaredOn: '2026-12-10', safetyDeclaredOn: '2026-12-10', disabilityQuotaDeclaredOn: '2026-12-10' };
const HOST: CheckContext['host'] = {
  employees: 3,
  protocolHost: true,
  siteHeadcount: false,
  otherInterns: 0,
  siteWords: 'nella sede legale',
  headcount: '3 dipendenti dell’associazione',
  reason: null,
  declarations: DECLARED,
};
const host = (h: Partial<CheckContext['host']>): CheckContext['host'] => ({ ...HOST, ...h });
const CTX: CheckContext = {
  rules: PIEDMONT_DEFAULT_RULES,
  category: 'disoccupato',
  host: HOST,
  tutorOtherInterns: 0,
  candidateOtherInternship: null,
  sameHostInternship: null,
  candidateBirthDate: '1990-05-03',
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

  it('under 2 months is below the minimum, waivable only for a seasonal activity; inclusion tirocini follow their own act', () => {
    const short = checkInternship({ ...FILE, plannedEndDate: addDays(plannedEnd(START, 2), -1) }, CTX);
    expect(short.map((f) => [f.rule, f.waivable])).toEqual([['durata-minima', true]]);
    expect(short[0]!.message).toBe(
      'Dura meno di 2 mesi: con inizio il 11/01/2027 la fine deve essere almeno il 10/03/2027. Solo per un’attività stagionale un coordinatore può derogare, fino a 1 mese.',
    );
    expect(rulesOf({ type: 'inclusione' as InternshipType, plannedEndDate: plannedEnd(START, 30) })).toEqual([]);
  });

  it.each<[string, string, boolean]>([
    ['exactly 1 month', plannedEnd(START, 1), true],
    ['a day less than 1 month', addDays(plannedEnd(START, 1), -1), false],
    ['two weeks', addDays(START, 13), false],
  ])('%s: below the minimum; a seasonal waiver allowed = %s', (_what, end, waivable) => {
    const [f] = checkInternship({ ...FILE, plannedEndDate: end }, CTX);
    expect(f).toMatchObject({ rule: 'durata-minima', severity: 'blocking', waivable });
  });

  it('under the seasonal minimum the message gives the end of 1 month; a set without seasonal room allows no waiver', () => {
    const [tooShort] = checkInternship({ ...FILE, plannedEndDate: addDays(START, 13) }, CTX);
    expect(tooShort!.message).toBe('Dura meno di 1 mese, il minimo anche per un’attività stagionale: con inizio il 11/01/2027 la fine deve essere almeno il 10/02/2027.');
    const noSeasonal = { ...CTX.rules, seasonalMinMonths: 2 };
    const [f] = checkInternship({ ...FILE, plannedEndDate: plannedEnd(START, 1) }, { ...CTX, rules: noSeasonal });
    expect(f).toMatchObject({ rule: 'durata-minima', waivable: false, message: 'Dura meno di 2 mesi: con inizio il 11/01/2027 la fine deve essere almeno il 10/03/2027.' });
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
    expect(rulesOf({}, { host: host({ employees, protocolHost, otherInterns }) }).includes('quota-ospitante:blocking')).toBe(!ok);
  });

  it('says when the protocol exception is used, as a warning', () => {
    expect(rulesOf({}, { host: host({ employees: 0, protocolHost: true, otherInterns: 0 }) })).toEqual(['quota-ospitante:warning']);
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
    expect(f!.message).toBe('La persona ha già un tirocinio in queste date: ASD Nuoto Alba, dal 01/12/2026.');
  });

  it('a notice filed on the start day is late; a missing one is a reminder on the deadline', () => {
    expect(rulesOf({ noticeDate: START })).toEqual(['comunicazione-obbligatoria:blocking']);
    expect(rulesOf({ noticeDate: '2027-01-10' })).toEqual([]);
    expect(rulesOf({ noticeDate: null }, { today: '2027-01-09' })).toEqual([]);
    const [reminder] = checkInternship({ ...FILE, noticeDate: null }, { ...CTX, today: '2027-01-10' });
    expect(reminder!.message).toBe('La comunicazione obbligatoria va fatta oggi: registrala prima dell’avvio.');
  });
});

describe('the person: not the same host twice, at least 16 at the start', () => {
  it('another tirocinio of the person at the same host blocks, waivable by a coordinator', () => {
    const [f] = checkInternship(FILE, { ...CTX, sameHostInternship: { label: 'pratica TO01-2025-0007, dal 03/03/2025' } });
    expect(f).toMatchObject({ rule: 'stesso-ospitante', severity: 'blocking', waivable: true, field: 'associationId' });
    expect(f!.message).toBe(
      'La persona ha già un tirocinio presso questa associazione (pratica TO01-2025-0007, dal 03/03/2025): non se ne fa un secondo presso lo stesso ospitante, salvo deroga motivata di un coordinatore.',
    );
  });

  it.each<[string, boolean]>([
    ['2011-01-11', true], // 16 on the start day
    ['2011-01-12', false], // 16 the day after
    ['2012-06-30', false],
    ['1960-01-01', true],
  ])('born %s, starting 11/01/2027: old enough = %s', (birth, ok) => {
    expect(rulesOf({}, { candidateBirthDate: birth }).includes('eta-minima:blocking')).toBe(!ok);
  });

  it('says the age on the start day and the first day the person may start; the age is a number of the rule set', () => {
    const [f] = checkInternship(FILE, { ...CTX, candidateBirthDate: '2011-05-03' });
    expect(f).toMatchObject({ rule: 'eta-minima', waivable: true, field: 'startDate' });
    expect(f!.message).toBe('Il giorno dell’inizio (11/01/2027) la persona ha 15 anni: serve averne almeno 16, cioè cominciare dal 03/05/2027.');
    expect(rulesOf({}, { candidateBirthDate: '2010-05-03', rules: { ...CTX.rules, minAgeYears: 18 } })).toEqual(['eta-minima:blocking']);
    expect(rulesOf({}, { candidateBirthDate: null })).toEqual([]);
  });

  it('born on 29 February, a person completes the years on 1 March in a year without one', () => {
    const [f] = checkInternship(FILE, { ...CTX, candidateBirthDate: '2012-02-29', rules: { ...CTX.rules, minAgeYears: 15 } });
    expect(f!.message).toContain('serve averne almeno 15, cioè cominciare dal 01/03/2027.');
  });
});

describe('waivers', () => {
  it('clear a file only for rules that can be waived', () => {
    const late = checkInternship({ ...FILE, noticeDate: START }, CTX);
    expect(isCleared(late, new Set())).toBe(false);
    expect(isCleared(late, new Set<RuleId>(['comunicazione-obbligatoria']))).toBe(true);
    const tooLong = checkInternship({ ...FILE, plannedEndDate: plannedEnd(START, 9) }, CTX);
    expect(isCleared(tooLong, new Set<RuleId>(['durata-massima']))).toBe(false);
    expect(isCleared(checkInternship(FILE, { ...CTX, host: host({ employees: 0, protocolHost: true, otherInterns: 0 }) }), new Set())).toBe(true);
  });
});

describe('the host’s eligibility, the person’s prior work, the Portale Tirocini (decision 0015)', () => {
  it('a host without its declarations blocks, waivable, on the association', () => {
    const [f] = checkInternship(FILE, { ...CTX, host: host({ declarations: { ...DECLARED, safetyDeclaredOn: null } }) });
    expect(f).toMatchObject({ rule: 'idoneita-ospitante', severity: 'blocking', waivable: true, field: 'associationId' });
    expect(f!.message).toContain('rispetto della normativa sulla sicurezza (D.Lgs. 81/2008)');
  });

  it('declarations are weighed against the start, or today without one', () => {
    const old = host({ declarations: { ...DECLARED, noLayoffsDeclaredOn: '2025-12-01' } });
    expect(rulesOf({}, { host: old })).toEqual(['idoneita-ospitante:blocking']);
    expect(rulesOf({ startDate: null, plannedEndDate: null }, { host: old, today: '2026-11-30' })).toEqual([]);
  });

  it('a missing or positive prior-work declaration blocks, waivable, on its field', () => {
    expect(rulesOf({ workedForHost: null, workedForHostDeclaredOn: null })).toEqual(['lavoro-precedente:blocking']);
    const [f] = checkInternship({ ...FILE, workedForHost: true }, CTX);
    expect(f).toMatchObject({ rule: 'lavoro-precedente', severity: 'blocking', waivable: true, field: 'workedForHost' });
  });

  it('a set may make the new checks not waivable', () => {
    const rules = { ...CTX.rules, rules: { ...CTX.rules.rules, 'lavoro-precedente': { waivable: false, exemptTypes: [] } } };
    const [f] = checkInternship({ ...FILE, workedForHost: null }, { ...CTX, rules });
    expect(f!.waivable).toBe(false);
  });

  it('a started file without its Portale Tirocini reference gets a reminder, never a block', () => {
    expect(rulesOf({ status: 'attivo' })).toEqual(['portale-tirocini:warning']);
    expect(rulesOf({ status: 'attivo', portalReference: 'PT-2027-000123' })).toEqual([]);
    expect(isCleared(checkInternship({ ...FILE, status: 'attivo' }, CTX), new Set())).toBe(true);
  });
});

describe('the host quota per operating site, with the interns of other promoters', () => {
  it.each<[number, number, number | null, boolean]>([
    // employees, ours at this site, theirs declared on the file, room
    [4, 0, null, true],
    [4, 0, 1, false], // 1–5 employees: one intern, and another promoter's is already there
    [10, 1, 0, true],
    [10, 1, 1, false],
    [10, 0, 1, true],
    [40, 2, 1, true],
    [40, 2, 2, false],
  ])('%i employees, %i of ours and %s of other promoters at the site: room = %s', (employees, ours, theirs, ok) => {
    expect(rulesOf({ hostOtherPromoterInterns: theirs }, { host: host({ employees, otherInterns: ours }) }).includes('quota-ospitante:blocking')).toBe(!ok);
  });

  it('says where it counted and how many came through other promoters', () => {
    const basis = { employees: 8, siteWords: 'nella sede Palestra', headcount: '8 dipendenti dell’associazione', reason: 'la sede non ha un numero suo' };
    const [f] = checkInternship({ ...FILE, hostOtherPromoterInterns: 1 }, { ...CTX, host: host({ ...basis, otherInterns: 1 }) });
    expect(f!.message).toBe(
      'L’associazione ospita già 2 tirocinanti nella sede Palestra in queste date (1 tramite altri promotori): con 8 dipendenti dell’associazione (la sede non ha un numero suo) il massimo è 2.',
    );
  });

  it('checks a site with its own headcount on it, and names it', () => {
    const basis = quotaBasis(30, { label: null, address: 'via Roma 12', comune: 'Pinerolo', employees: 4 }, true);
    const [f] = checkInternship(FILE, { ...CTX, host: host({ ...basis, otherInterns: 1 }) });
    expect(f!.message).toBe(
      'L’associazione ospita già un tirocinante nella sede di via Roma 12, Pinerolo in queste date: con 4 dipendenti nella sede di via Roma 12, Pinerolo il massimo è 1.',
    );
    expect(rulesOf({}, { host: host({ ...quotaBasis(30, null, true), otherInterns: 1 }) })).toEqual([]);
  });

  it('a site with no employees of an association that has some hosts no one, and says why', () => {
    const [f] = checkInternship(FILE, { ...CTX, host: host({ ...quotaBasis(30, { label: 'Campo', address: 'Via Po 1', comune: 'Torino', employees: 0 }, true), otherInterns: 0 }) });
    expect(f).toMatchObject({ rule: 'quota-ospitante', severity: 'blocking' });
    expect(f!.message).toBe('Nessun dipendente nella sede Campo: l’associazione ne ha altrove, quindi non vale l’eccezione del protocollo AICS–Exar e in questa sede non può ospitare tirocinanti.');
  });
});
