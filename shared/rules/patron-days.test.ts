import { describe, expect, it } from 'vitest';
import { holidayName, isLocalHolidayRule, italianHolidays } from './calendar';
import { plannedHoursInMonth } from './working-hours';
import { describePatronRule, localHolidaysOf, patronDayFor, SHIPPED_PATRON_DAYS } from './patron-days';

const ASTI = [{ rule: '05-W1-2', name: 'San Secondo' }];

describe('patron-day rules', () => {
  it.each([
    ['06-24', true],
    ['02-29', true],
    ['02-30', false],
    ['13-01', false],
    ['05-W1-2', true],
    ['05-W5-7', true],
    ['05-W6-1', false],
    ['05-W1-8', false],
    ['24/06', false],
  ])('%s is %s', (rule, ok) => expect(isLocalHolidayRule(rule)).toBe(ok));

  it('the first Tuesday of May moves with the calendar (Asti)', () => {
    expect(italianHolidays(2026, ASTI)).toContain('2026-05-05');
    expect(italianHolidays(2027, ASTI)).toContain('2027-05-04');
    expect(italianHolidays(2030, ASTI)).toContain('2030-05-07');
    expect(holidayName('2027-05-04', ASTI)).toBe('Festa patronale (San Secondo)');
    expect(holidayName('2027-05-11', ASTI)).toBeNull();
  });

  it('a fifth weekday that a month does not have is simply not a holiday that year', () => {
    // February 2027 has four Mondays.
    expect(italianHolidays(2027, ['02-W5-1']).some((d) => d.startsWith('2027-02'))).toBe(false);
    expect(italianHolidays(2027, ['03-W5-1'])).toContain('2027-03-29');
  });

  it('a national holiday keeps its name when the patron day falls on it (Biella, 26 December)', () => {
    expect(holidayName('2027-12-26', [{ rule: '12-26', name: 'Santo Stefano' }])).toBe('Santo Stefano');
  });

  it('takes the patron day out of the month’s planned hours: Asti, May 2027, Monday to Friday 6 h', () => {
    const week = { 1: 6, 2: 6, 3: 6, 4: 6, 5: 6, 6: 0, 7: 0 } as const;
    const period = { from: '2027-01-01', to: '2027-12-31' };
    // 21 weekdays; 4 May out (1 May is a Saturday).
    expect(plannedHoursInMonth(week, 2027, 5, period, { localHolidays: ASTI })).toBe(120);
    expect(plannedHoursInMonth(week, 2027, 5, period)).toBe(126);
  });

  it('says the rule in Italian', () => {
    expect(describePatronRule('06-24')).toBe('24 giugno');
    expect(describePatronRule('05-W1-2')).toBe('primo martedì di maggio');
    expect(describePatronRule(null)).toBe('nessuna festa patronale');
  });

  it('finds the comune as an address writes it, an office’s row before the shipped one', () => {
    expect(patronDayFor('TORINO', 'TO', SHIPPED_PATRON_DAYS)?.saint).toBe('San Giovanni Battista');
    expect(patronDayFor(' torino ', null, SHIPPED_PATRON_DAYS)?.rule).toBe('06-24');
    expect(patronDayFor('Torino', 'CN', SHIPPED_PATRON_DAYS)).toBeNull();
    const corrected = [{ comuneCode: 'L219', comune: 'Torino', province: 'TO', rule: null, saint: null, source: 'prova' }, ...SHIPPED_PATRON_DAYS];
    expect(localHolidaysOf(patronDayFor('Torino', 'TO', corrected))).toEqual([]);
    expect(localHolidaysOf(patronDayFor('Cuneo', 'CN', corrected))).toEqual([{ rule: '09-29', name: 'San Michele Arcangelo' }]);
  });

  it('every shipped entry is a valid rule for a current comune code', () => {
    for (const d of SHIPPED_PATRON_DAYS) {
      expect(isLocalHolidayRule(d.rule!)).toBe(true);
      expect(d.comuneCode).toMatch(/^[A-Z]\d{3}$/);
    }
  });
});
