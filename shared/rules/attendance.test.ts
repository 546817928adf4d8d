import { describe, expect, it } from 'vitest';
import { fileAttendance, internshipMonths, monthDue, monthSheet, type SheetFile } from './attendance';
import { PIEDMONT_DEFAULT_RULES as RULES } from './internship-rules';

const MON_FRI_6H = { 1: 6, 2: 6, 3: 6, 4: 6, 5: 6, 6: 0, 7: 0 } as const;
const FILE: SheetFile = {
  schedule: MON_FRI_6H,
  period: { from: '2027-02-01', to: '2027-07-31' },
  plannedEnd: '2027-07-31',
  suspensions: [],
  monthlyAllowanceCents: 45000,
  funding: { kind: 'misto', hostMonthlyCents: 15000, projectMonthlyCents: 30000, projectName: 'Progetto Sport e Lavoro' },
};

describe('the months of a file', () => {
  it('lists every calendar month touched, across a year end', () => {
    expect(internshipMonths({ from: '2026-11-15', to: '2027-02-14' })).toEqual([
      { year: 2026, month: 11 },
      { year: 2026, month: 12 },
      { year: 2027, month: 1 },
      { year: 2027, month: 2 },
    ]);
  });
});

describe('one month', () => {
  it('three months at 100%, 70% and 60%: full, full, and reduced in proportion, split host/project 1:2', () => {
    // February 2027: 20 weekdays, no holiday → 120 planned hours.
    const full = monthSheet(FILE, { year: 2027, month: 2 }, 120, RULES);
    expect(full).toMatchObject({ plannedHours: 120, attendance: 1, dueCents: 45000, full: true, hostCents: 15000, projectCents: 30000 });
    const threshold = monthSheet(FILE, { year: 2027, month: 2 }, 84, RULES);
    expect(threshold).toMatchObject({ attendance: 0.7, dueCents: 45000, full: true });
    const sixty = monthSheet(FILE, { year: 2027, month: 2 }, 72, RULES);
    expect(sixty).toMatchObject({ attendance: 0.6, dueCents: 27000, full: false, hostCents: 9000, projectCents: 18000 });
  });

  it('just under the threshold (69.9%) is reduced', () => {
    // 1000 planned hours would be silly for a month; 83.88 of 120 is 69.9%.
    const under = monthSheet(FILE, { year: 2027, month: 2 }, 83.88, RULES);
    expect(under.full).toBe(false);
    expect(under.dueCents).toBe(31455);
  });

  it('takes public holidays and suspensions out of the planned hours', () => {
    // April 2027: 22 weekdays; Easter Monday (29/3) falls in March and 25/4 on a Sunday → 22 × 6 = 132.
    expect(monthSheet(FILE, { year: 2027, month: 4 }, null, RULES).plannedHours).toBe(132);
    const suspended = { ...FILE, suspensions: [{ from: '2027-04-12', to: '2027-04-16' }] };
    expect(monthSheet(suspended, { year: 2027, month: 4 }, null, RULES).plannedHours).toBe(102);
  });

  it('a month suspended for its last 15 days earns half, even at full attendance of the days left', () => {
    const suspended = { ...FILE, suspensions: [{ from: '2027-06-16', to: '2027-06-30' }] };
    const june = monthSheet(suspended, { year: 2027, month: 6 }, 66, RULES);
    // June 2027: 1–15 has 11 weekdays but 2/6 is a holiday → 10 × 6 = 60 planned; 66 entered count as full.
    expect(june).toMatchObject({ plannedHours: 60, monthlyCents: 22500, dueCents: 22500, full: true });
  });

  it('a first month begun on the 16th of a 30-day month earns half the monthly allowance', () => {
    const late = { ...FILE, period: { from: '2027-06-16', to: '2027-12-15' } };
    expect(monthSheet(late, { year: 2027, month: 6 }, 200, RULES)).toMatchObject({ monthlyCents: 22500, dueCents: 22500 });
  });
});

describe('the whole file', () => {
  it('sums what is due and tells whether the certificate can still be issued', () => {
    const entered = new Map([
      ['2027-02', 120],
      ['2027-03', 140],
      ['2027-04', 79.2],
    ]);
    const summary = fileAttendance(FILE, entered, RULES);
    expect(summary.months).toHaveLength(6);
    expect(summary.months.filter((m) => m.attendedHours === null)).toHaveLength(3);
    // March 2027: 23 weekdays less Easter Monday (29/3) → 132 planned, and the 140 entered count as 132
    // (hours beyond a month's plan do not make up for another month); April 79.2 of 132 = 60%.
    expect(summary.months.map((m) => m.dueCents).slice(0, 3)).toEqual([45000, 45000, 27000]);
    expect(summary.dueCents).toBe(117000);
    expect(summary.hostCents + summary.projectCents).toBe(117000);
    expect(summary.months[1]!.plannedHours).toBe(132);
    expect(summary.attendance).toBe(0.8625); // (120 + 132 + 79.2) / 384
    // The certificate's base is the whole period, 768 h (70% = 537.6 h): 331.2 counted so far, within reach with three months to go.
    expect(summary.certificate).toEqual({ plannedHours: 768, attendedHours: 331.2, attendance: 0.4312, reached: false, reachable: true });
  });
});

describe('a month not saved yet (the grid as one types)', () => {
  it('gives the same figures as the sheet once the hours are stored, with the rule set’s threshold', () => {
    const sheet = monthSheet(FILE, { year: 2027, month: 2 }, 72, RULES);
    expect(monthDue(sheet, 72, FILE.funding, 0.7)).toEqual({ attendance: 0.6, dueCents: 27000, full: false, hostCents: 9000, projectCents: 18000 });
    expect(monthDue(sheet, 72, FILE.funding, 0.6)).toMatchObject({ full: true, dueCents: 45000 });
  });
});
