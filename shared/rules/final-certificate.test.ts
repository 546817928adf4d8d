import { describe, expect, it } from 'vitest';
import { fileAttendance, pfiPlannedHours, type SheetFile } from './attendance';
import { finalCertificate, type CertificateMonth } from './final-certificate';
import { PIEDMONT_DEFAULT_RULES as RULES } from './internship-rules';

const m = (plannedHours: number, attendedHours: number | null): CertificateMonth => ({ plannedHours, attendedHours });

describe('the final certificate: 70% of the hours planned for the whole period', () => {
  it.each<[string, number, CertificateMonth[], number | null, boolean, boolean]>([
    // what, base, months, attendance, reached, reachable
    ['exactly 70%', 100, [m(100, 70)], 0.7, true, true],
    ['a hundredth under', 100, [m(100, 69.99)], 0.6999, false, false],
    ['extra hours in a month make up nothing', 160, [m(80, 100), m(80, 20)], 0.625, false, false],
    ['two months of four entered, in full: not yet, still within reach', 400, [m(100, 100), m(100, 100), m(100, null), m(100, null)], 0.5, false, true],
    ['two months of four at 30%: out of reach', 400, [m(100, 30), m(100, 30), m(100, null), m(100, null)], 0.15, false, false],
    ['nothing planned', 0, [], null, false, false],
  ])('%s', (_what, plannedHours, months, attendance, reached, reachable) => {
    const c = finalCertificate({ plannedHours, months, threshold: RULES.finalCertificateAttendance });
    expect([c.attendance, c.reached, c.reachable]).toEqual([attendance, reached, reachable]);
  });

  it('follows the share of the rule set', () => {
    expect(finalCertificate({ plannedHours: 100, months: [m(100, 79.99)], threshold: 0.8 }).reached).toBe(false);
    expect(finalCertificate({ plannedHours: 100, months: [m(100, 80)], threshold: 0.8 }).reached).toBe(true);
  });

  it('refuses hours and shares that cannot be', () => {
    expect(() => finalCertificate({ plannedHours: 100, months: [m(100, -1)], threshold: 0.7 })).toThrow(RangeError);
    expect(() => finalCertificate({ plannedHours: Number.NaN, months: [], threshold: 0.7 })).toThrow(RangeError);
    expect(() => finalCertificate({ plannedHours: 100, months: [], threshold: 70 })).toThrow(RangeError);
  });
});

/** 25 hours a week, Monday to Friday, 1 March to 31 August 2027 (6 months). */
const FILE: SheetFile = {
  schedule: { 1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 0, 7: 0 },
  period: { from: '2027-03-01', to: '2027-08-31' },
  plannedEnd: '2027-08-31',
  suspensions: [],
  monthlyAllowanceCents: 45000,
  funding: { kind: 'ospitante' },
};
const full = (file: SheetFile) => new Map(fileAttendance(file, new Map(), RULES).months.map((x) => [`${x.year}-${String(x.month).padStart(2, '0')}`, x.plannedHours]));

describe('the base is the PFI’s whole period, whatever the real end', () => {
  it('six months in full reach it', () => {
    // Weekdays × 5 h: March 22 (Easter Monday 29/3 out), April 22, May 21, June 21 (2/6 out), July 22, August 22 (15/8 is a Sunday).
    expect(pfiPlannedHours(FILE)).toBe(650);
    expect(fileAttendance(FILE, full(FILE), RULES).certificate).toEqual({ plannedHours: 650, attendedHours: 650, attendance: 1, reached: true, reachable: true });
  });

  it('a file ended early on 15 July, every day attended, reached 70% of the whole plan: certificate', () => {
    const early = { ...FILE, period: { from: FILE.period.from, to: '2027-07-15' } };
    const c = fileAttendance(early, full(early), RULES).certificate;
    // 110 + 110 + 105 + 105 + 55 (1–15 July: 11 weekdays) = 485 of 650 = 74.61%.
    expect(c).toEqual({ plannedHours: 650, attendedHours: 485, attendance: 0.7461, reached: true, reachable: true });
  });

  it('a file interrupted at the end of May, every day attended: 325 of 650 is 50%, no certificate (the base does not shrink)', () => {
    const interrupted = { ...FILE, period: { from: FILE.period.from, to: '2027-05-31' } };
    const c = fileAttendance(interrupted, full(interrupted), RULES).certificate;
    expect(c).toEqual({ plannedHours: 650, attendedHours: 325, attendance: 0.5, reached: false, reachable: false });
  });

  it('an extension adds its hours to the base; a qualifying suspension takes its days out (and moved the end)', () => {
    const extended = { ...FILE, period: { from: FILE.period.from, to: '2027-09-30' }, plannedEnd: '2027-09-30' };
    expect(pfiPlannedHours(extended)).toBe(650 + 110); // September 2027: 22 weekdays
    // 31 days of illness, 3 May – 2 June 2027: the 21 weekdays of May and 1 June (2 June is a holiday).
    const suspended = { ...FILE, suspensions: [{ from: '2027-05-03', to: '2027-06-02' }], plannedEnd: '2027-10-01', period: { from: FILE.period.from, to: '2027-10-01' } };
    expect(pfiPlannedHours(suspended)).toBe(pfiPlannedHours({ ...suspended, suspensions: [] }) - 21 * 5 - 5);
  });
});
