import { describe, expect, it } from 'vitest';
import {
  fundingSplit,
  minimumMonthlyAllowanceCents,
  monthAllowance,
  overallAttendance,
  type Funding,
  type MonthHours,
} from './allowance';
import { PIEDMONT_DEFAULT_RULES as rules, type InternshipRuleSet } from './internship-rules';

describe('minimumMonthlyAllowanceCents (600 € at 40 h, proportional, floor 300 €)', () => {
  it.each([
    [40, 60000],
    [30, 45000],
    [20, 30000],
    [25.5, 38250],
    [33.33, 49995],
    [19.99, 30000],
    [10, 30000],
    [1, 30000],
    [45, 60000],
  ])('%s hours a week → at least %i cents', (hours, cents) => {
    expect(minimumMonthlyAllowanceCents(hours, rules, 'formativo')).toBe(cents);
    expect(minimumMonthlyAllowanceCents(hours, rules, 'inserimento')).toBe(cents);
  });

  it('rounds a proportional minimum up to the cent', () => {
    const odd: InternshipRuleSet = { ...rules, allowance: { ...rules.allowance, fullMonthlyCents: 65001 } };
    // 65001 × 30 / 40 = 48750.75
    expect(minimumMonthlyAllowanceCents(30, odd, 'formativo')).toBe(48751);
  });

  it('has no regional minimum for inclusion tirocini (they follow their own amounts)', () => {
    expect(minimumMonthlyAllowanceCents(40, rules, 'inclusione')).toBeNull();
    expect(minimumMonthlyAllowanceCents(10, rules, 'inclusione')).toBeNull();
  });

  it('refuses a weekly load that cannot be', () => {
    expect(() => minimumMonthlyAllowanceCents(0, rules, 'formativo')).toThrow(RangeError);
    expect(() => minimumMonthlyAllowanceCents(-5, rules, 'formativo')).toThrow(RangeError);
    expect(() => minimumMonthlyAllowanceCents(Number.NaN, rules, 'formativo')).toThrow(RangeError);
  });
});

describe('monthAllowance (in full from 70% of planned hours, otherwise in proportion)', () => {
  it.each([
    // planned, attended, monthly, attendance, due, full
    [100, 69.9, 60000, 0.699, 41940, false],
    [100, 69.99, 60000, 0.6999, 41994, false],
    [100, 70, 60000, 0.7, 60000, true],
    [160, 111.99, 60000, 0.6999, 41996, false], // 41996.25
    [160, 112, 60000, 0.7, 60000, true],
    [100, 100, 60000, 1, 60000, true],
    [100, 120, 60000, 1, 60000, true],
    [100, 57, 60000, 0.57, 34200, false],
    [100, 0, 60000, 0, 0, false],
    [2, 1, 60001, 0.5, 30001, false], // 30000.5: halves go up
    [3, 1, 50000, 0.3333, 16667, false], // 16666.67
    [3, 2, 50000, 0.6666, 33333, false], // 33333.33
    [10, 0.1 + 0.2 + 6.7, 60000, 0.7, 60000, true], // 7.000000000000001 in floating point
  ])('%s planned, %s attended, %i a month → %s, %i cents, full %s', (planned, attended, monthly, attendance, due, full) => {
    expect(monthAllowance({ plannedHours: planned, attendedHours: attended, monthlyAllowanceCents: monthly, rules })).toEqual({
      attendance,
      dueCents: due,
      full,
    });
  });

  it('owes nothing for a month with no planned hours, and has no attendance share', () => {
    expect(monthAllowance({ plannedHours: 0, attendedHours: 0, monthlyAllowanceCents: 60000, rules })).toEqual({ attendance: null, dueCents: 0, full: false });
    expect(monthAllowance({ plannedHours: 0, attendedHours: 8, monthlyAllowanceCents: 60000, rules })).toEqual({ attendance: null, dueCents: 0, full: false });
  });

  it('follows a changed threshold', () => {
    const stricter: InternshipRuleSet = { ...rules, allowance: { ...rules.allowance, attendanceThreshold: 0.8 } };
    expect(monthAllowance({ plannedHours: 100, attendedHours: 75, monthlyAllowanceCents: 60000, rules: stricter })).toEqual({ attendance: 0.75, dueCents: 45000, full: false });
    expect(monthAllowance({ plannedHours: 100, attendedHours: 80, monthlyAllowanceCents: 60000, rules: stricter }).full).toBe(true);
  });

  it('refuses hours and amounts that cannot be', () => {
    expect(() => monthAllowance({ plannedHours: -1, attendedHours: 0, monthlyAllowanceCents: 60000, rules })).toThrow(RangeError);
    expect(() => monthAllowance({ plannedHours: 100, attendedHours: -1, monthlyAllowanceCents: 60000, rules })).toThrow(RangeError);
    expect(() => monthAllowance({ plannedHours: 100, attendedHours: 50, monthlyAllowanceCents: 600.5, rules })).toThrow(RangeError);
    expect(() => monthAllowance({ plannedHours: 100, attendedHours: 50, monthlyAllowanceCents: -1, rules })).toThrow(RangeError);
  });
});

describe('fundingSplit (host, project or both; always adds up to what is due)', () => {
  const mixed = (host: number, project: number): Funding => ({ kind: 'misto', hostMonthlyCents: host, projectMonthlyCents: project, projectName: 'GOL' });

  it.each([
    // due, funding, host, project
    [41997, { kind: 'ospitante' } as Funding, 41997, 0],
    [41997, { kind: 'progetto', projectName: 'Buono Servizi Lavoro' } as Funding, 0, 41997],
    [60000, mixed(20000, 40000), 20000, 40000],
    [41995, mixed(20000, 40000), 13999, 27996], // project 27996.67 → 27996, the cent to the host
    [30001, mixed(10001, 20000), 10001, 20000],
    [1, mixed(30000, 30000), 1, 0],
    [3, mixed(30000, 30000), 2, 1],
    [45001, mixed(0, 60000), 0, 45001],
    [45001, mixed(60000, 0), 45001, 0],
    [0, mixed(20000, 40000), 0, 0],
  ])('%i cents, %o → host %i, project %i', (due, funding, host, project) => {
    expect(fundingSplit(due, funding)).toEqual({ hostCents: host, projectCents: project });
  });

  it('never loses or adds a cent', () => {
    for (const due of [1, 2, 7, 333, 29999, 41941, 60000, 60001]) {
      for (const [h, p] of [[1, 2], [20001, 39999], [7, 3], [1, 1]] as const) {
        const split = fundingSplit(due, mixed(h, p));
        expect(split.hostCents + split.projectCents).toBe(due);
        expect(split.projectCents).toBeLessThanOrEqual((due * p) / (h + p));
      }
    }
  });

  it('refuses mixed funding with no shares, and amounts that cannot be', () => {
    expect(() => fundingSplit(60000, mixed(0, 0))).toThrow(RangeError);
    expect(() => fundingSplit(100.5, { kind: 'ospitante' })).toThrow(RangeError);
    expect(() => fundingSplit(60000, mixed(-1, 100))).toThrow(RangeError);
  });
});

// The final certificate has its own base, the whole planned period: final-certificate.test.ts.
describe('overallAttendance (over the months entered)', () => {
  const m = (plannedHours: number, attendedHours: number): MonthHours => ({ plannedHours, attendedHours });

  it.each([
    // months, overall attendance
    [[m(100, 70)], 0.7],
    [[m(100, 69.99)], 0.6999],
    [[m(10000, 6999)], 0.6999],
    [[m(80, 50), m(80, 62)], 0.7],
    [[m(80, 50), m(80, 61.99)], 0.6999],
    [[m(80, 100), m(80, 20)], 0.625], // the 20 extra hours of the first month do not count
    [[m(80, 80), m(0, 0), m(80, 40)], 0.75],
    [[m(0, 0)], null],
    [[], null],
  ])('%j → %s', (months, attendance) => {
    expect(overallAttendance(months)).toBe(attendance);
  });

  it('refuses hours that cannot be', () => {
    expect(() => overallAttendance([m(100, -1)])).toThrow(RangeError);
    expect(() => overallAttendance([m(Number.POSITIVE_INFINITY, 1)])).toThrow(RangeError);
  });
});
