import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetweenInclusive,
  daysInMonth,
  durationInMonths,
  easterSunday,
  endAfterSuspensions,
  FIXED_NATIONAL_HOLIDAYS,
  holidayName,
  isHoliday,
  isoWeekday,
  isValidIsoDate,
  italianHolidays,
  italianMonth,
  mergePeriods,
  monthPeriod,
  plannedEnd,
  suspensionDays,
} from './calendar';
import { plannedHours, plannedHoursInMonth, weeklyHours, type WeeklySchedule } from './working-hours';

/** Monday–Friday, 8 hours a day: the full-time 40-hour week of the allowance rule. */
const FULL_TIME: WeeklySchedule = { 1: 8, 2: 8, 3: 8, 4: 8, 5: 8, 6: 0, 7: 0 };
const TORINO = ['06-24'];

describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2011, '2011-04-24'],
    [2000, '2000-04-23'],
    [2285, '2285-03-22'], // earliest possible date
    [1943, '1943-04-25'], // latest possible date
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
    expect(isoWeekday(expected)).toBe(7);
  });

  it('refuses a year outside the Gregorian calendar', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('italianHolidays', () => {
  it('lists the 12 national holidays of 2026, San Francesco (4 October) included from 2026', () => {
    expect(italianHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-06', // Easter Monday
      '2026-04-25',
      '2026-05-01',
      '2026-06-02',
      '2026-08-15',
      '2026-10-04', // L. 151/2025
      '2026-11-01',
      '2026-12-08',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('has no San Francesco before 2026 (11 holidays in 2025)', () => {
    const holidays = italianHolidays(2025);
    expect(holidays).toHaveLength(11);
    expect(holidays).not.toContain('2025-10-04');
    expect(holidays).toContain('2025-04-21');
  });

  it('counts a day once when Easter Monday falls on 25 April (2011)', () => {
    const holidays = italianHolidays(2011);
    expect(holidays.filter((d) => d === '2011-04-25')).toHaveLength(1);
    expect(holidays).toHaveLength(10);
  });

  it('names every holiday from the same list the dates come from, and nothing else', () => {
    for (const year of [2025, 2026, 2027, 2028]) {
      const holidays = italianHolidays(year, TORINO);
      expect(holidays.map((d) => holidayName(d, TORINO)).every((name) => name !== null)).toBe(true);
      expect(holidayName(`${year}-06-24`, TORINO)).toBe('Festa patronale');
      expect(holidayName(`${year}-06-24`)).toBeNull();
    }
    expect(holidayName('2026-04-06')).toBe('Lunedì dell’Angelo (Pasquetta)');
    expect(holidayName('2026-12-25')).toBe('Natale');
    expect(holidayName('2026-10-04')).toBe('San Francesco d’Assisi');
    expect(holidayName('2025-10-04')).toBeNull();
    expect(holidayName('2026-03-10')).toBeNull();
    // One list: each fixed holiday is a date of every year it applies to, with its own name.
    for (const h of FIXED_NATIONAL_HOLIDAYS) {
      expect(italianHolidays(2030)).toContain(`2030-${h.monthDay}`);
      expect(holidayName(`2030-${h.monthDay}`)).toBe(h.name);
    }
    expect(italianHolidays(2030)).toHaveLength(FIXED_NATIONAL_HOLIDAYS.length + 1);
  });

  it('names a month the Italian way', () => {
    expect(italianMonth(2027, 3)).toBe('marzo 2027');
    expect(italianMonth(2026, 12)).toBe('dicembre 2026');
    expect(() => italianMonth(2026, 13)).toThrow(RangeError);
  });

  it('adds the local patron day, sorted in place', () => {
    const holidays = italianHolidays(2026, TORINO);
    expect(holidays).toHaveLength(13);
    expect(holidays.indexOf('2026-06-24')).toBe(holidays.indexOf('2026-06-02') + 1);
  });

  it('skips a local 29 February in a year that has none, and refuses a malformed local day', () => {
    expect(italianHolidays(2026, ['02-29'])).toHaveLength(12);
    expect(italianHolidays(2028, ['02-29'])).toContain('2028-02-29');
    expect(() => italianHolidays(2026, ['6-24'])).toThrow(RangeError);
    expect(() => italianHolidays(2026, ['02-30'])).toThrow(RangeError);
  });

  it.each([
    ['2026-04-06', [], true],
    ['2026-04-05', [], false], // Easter Sunday: a Sunday, left to the weekly schedule
    ['2027-10-04', [], true],
    ['2025-10-04', [], false],
    ['2026-06-24', [], false],
    ['2026-06-24', TORINO, true],
    ['2026-12-26', [], true],
    ['2026-12-27', [], false],
  ])('isHoliday(%s, %j) → %s', (iso, local, expected) => {
    expect(isHoliday(iso, local)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2026-04-01', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-4-1', false],
    ['2026-04-01T00:00', false],
    ['01/04/2026', false],
    ['', false],
  ])('isValidIsoDate(%j) → %s', (iso, expected) => {
    expect(isValidIsoDate(iso)).toBe(expected);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-03-28', 2, '2026-03-30'], // across the change to summer time: calendar days only
    ['2026-01-15', 365, '2027-01-15'],
  ])('addDays(%s, %i) → %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it.each([
    ['2026-12-30', '2027-01-02', 4],
    ['2026-04-01', '2026-04-01', 1],
    ['2028-02-28', '2028-03-01', 3],
    ['2100-02-28', '2100-03-01', 2],
    ['2026-01-01', '2026-12-31', 365],
    ['2028-01-01', '2028-12-31', 366],
  ])('daysBetweenInclusive(%s, %s) → %i', (from, to, expected) => {
    expect(daysBetweenInclusive(from, to)).toBe(expected);
  });

  it('refuses reversed or invalid dates instead of guessing', () => {
    expect(() => daysBetweenInclusive('2026-04-02', '2026-04-01')).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-01-31', 2, '2026-03-31'], // from the original day, not 28/03
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-01-15', -13, '2025-12-15'],
    ['2026-04-10', 0, '2026-04-10'],
  ])('addMonths(%s, %i) → %s', (iso, n, expected) => {
    expect(addMonths(iso, n)).toBe(expected);
  });

  it('gives the whole month as a period', () => {
    expect(monthPeriod(2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod(2026, 12)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(() => monthPeriod(2026, 13)).toThrow(RangeError);
  });

  it.each([
    ['2026-04-06', 1],
    ['2026-04-25', 6],
    ['2026-10-04', 7],
    ['1970-01-01', 4],
    ['1969-12-31', 3],
  ])('isoWeekday(%s) → %i', (iso, expected) => {
    expect(isoWeekday(iso)).toBe(expected);
  });
});

describe('plannedEnd: the day before the same day-of-month N months later, clamped', () => {
  it.each([
    ['2027-01-15', 6, '2027-07-14'],
    ['2027-01-01', 2, '2027-02-28'],
    ['2027-01-01', 12, '2027-12-31'],
    ['2026-03-01', 24, '2028-02-29'],
    ['2026-09-01', 6, '2027-02-28'],
    ['2026-08-31', 6, '2027-02-27'], // 31/02 does not exist → 28/02, the day before is 27/02
    ['2026-08-28', 6, '2027-02-27'], // so 28, 29, 30 and 31 August all end on 27/02/2027
    ['2027-01-31', 2, '2027-03-30'],
    ['2027-01-31', 12, '2028-01-30'],
    ['2027-12-31', 2, '2028-02-28'], // 31/12 + 2 months → 29/02/2028 (leap), the day before
    ['2028-02-29', 2, '2028-04-28'],
    ['2028-02-29', 6, '2028-08-28'],
    ['2028-02-29', 12, '2029-02-27'], // 29/02/2029 does not exist → 28/02, the day before
    ['2028-02-29', 24, '2030-02-27'],
    ['2026-11-20', 24, '2028-11-19'],
  ])('%s + %i months ends on %s', (start, months, expected) => {
    expect(plannedEnd(start, months)).toBe(expected);
  });

  it('refuses a duration that is not a whole number of months ≥ 1', () => {
    expect(() => plannedEnd('2027-01-15', 0)).toThrow(RangeError);
    expect(() => plannedEnd('2027-01-15', 2.5)).toThrow(RangeError);
  });
});

describe('suspensions', () => {
  it.each([
    ['one period', [{ from: '2027-03-01', to: '2027-03-30' }], 30],
    ['overlapping periods merged', [{ from: '2027-03-01', to: '2027-03-20' }, { from: '2027-03-15', to: '2027-03-30' }], 30],
    ['one inside another', [{ from: '2027-03-01', to: '2027-03-30' }, { from: '2027-03-10', to: '2027-03-12' }], 30],
    ['periods sharing one day', [{ from: '2027-03-01', to: '2027-03-10' }, { from: '2027-03-10', to: '2027-03-20' }], 20],
    ['adjacent periods', [{ from: '2027-03-11', to: '2027-03-20' }, { from: '2027-03-01', to: '2027-03-10' }], 20],
    ['separate periods', [{ from: '2027-03-01', to: '2027-03-10' }, { from: '2027-05-01', to: '2027-05-15' }], 25],
    ['across a year end', [{ from: '2026-12-20', to: '2027-01-10' }], 22],
    ['none', [], 0],
  ])('%s → %i days', (_label, periods, expected) => {
    expect(suspensionDays(periods)).toBe(expected);
  });

  it('counts only the days inside `within`', () => {
    const periods = [{ from: '2027-03-01', to: '2027-03-20' }, { from: '2027-03-15', to: '2027-04-05' }];
    expect(suspensionDays(periods, { from: '2027-03-10', to: '2027-03-31' })).toBe(22);
    expect(suspensionDays(periods, { from: '2027-06-01', to: '2027-06-30' })).toBe(0);
  });

  it('merges periods for display, sorted', () => {
    expect(mergePeriods([{ from: '2027-05-01', to: '2027-05-02' }, { from: '2027-03-15', to: '2027-03-30' }, { from: '2027-03-01', to: '2027-03-20' }])).toEqual([
      { from: '2027-03-01', to: '2027-03-30' },
      { from: '2027-05-01', to: '2027-05-02' },
    ]);
  });

  it('joins adjacent periods into one', () => {
    expect(mergePeriods([{ from: '2027-03-11', to: '2027-03-20' }, { from: '2027-03-01', to: '2027-03-10' }])).toEqual([{ from: '2027-03-01', to: '2027-03-20' }]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => suspensionDays([{ from: '2027-03-10', to: '2027-03-01' }])).toThrow(RangeError);
  });

  it.each([
    ['a 30-day suspension moves the end by 30 days', [{ from: '2027-03-01', to: '2027-03-30' }], '2027-08-13'],
    ['overlapping suspensions move it once', [{ from: '2027-03-01', to: '2027-03-20' }, { from: '2027-03-15', to: '2027-03-30' }], '2027-08-13'],
    ['a suspension across the planned end counts in full', [{ from: '2027-07-10', to: '2027-08-08' }], '2027-08-13'],
    ['a suspension after the planned end does not count', [{ from: '2027-07-15', to: '2027-08-13' }], '2027-07-14'],
    ['one that starts before the moved end counts too', [{ from: '2027-03-01', to: '2027-03-30' }, { from: '2027-08-01', to: '2027-08-10' }], '2027-08-23'],
    ['no suspension', [], '2027-07-14'],
  ])('%s', (_label, periods, expected) => {
    expect(endAfterSuspensions('2027-07-14', periods)).toBe(expected);
  });
});

describe('durationInMonths: exact at the limit of a maximum', () => {
  it.each([
    ['2027-01-15', '2027-07-14', 6],
    ['2027-01-15', '2027-07-15', 6 + 1 / 31],
    ['2027-01-15', '2027-08-13', 6 + 30 / 31],
    ['2026-08-31', '2027-02-27', 6],
    ['2026-08-31', '2027-02-28', 6 + 1 / 31], // month-end start: the last day of February is already over 6
    ['2026-03-01', '2028-02-29', 24],
    ['2028-02-29', '2029-02-27', 12],
    ['2027-01-01', '2027-01-15', 15 / 31],
    ['2027-02-01', '2027-02-14', 0.5],
    ['2027-01-15', '2027-01-15', 1 / 31],
  ])('%s → %s is %d months', (start, end, expected) => {
    expect(durationInMonths(start, end)).toBeCloseTo(expected, 12);
  });

  it('"at most 6 months" is exact: the planned end passes, one day more fails', () => {
    expect(durationInMonths('2027-01-15', '2027-07-14') <= 6).toBe(true);
    expect(durationInMonths('2027-01-15', '2027-07-15') <= 6).toBe(false);
  });

  it('agrees with plannedEnd for every start of 2027–2028 and 2, 6, 12, 24 months', () => {
    const mismatches: string[] = [];
    for (let start = '2027-01-01'; start <= '2028-12-31'; start = addDays(start, 1)) {
      for (const months of [2, 6, 12, 24]) {
        const end = plannedEnd(start, months);
        if (durationInMonths(start, end) !== months) mismatches.push(`${start}+${months}: exact`);
        if (!(durationInMonths(start, addDays(end, 1)) > months)) mismatches.push(`${start}+${months}: one day over`);
        if (!(durationInMonths(start, addDays(end, -1)) < months)) mismatches.push(`${start}+${months}: one day short`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('leaves out a 30-day suspension: 15/01–13/08/2027 with March suspended is exactly 6 months', () => {
    const suspension = [{ from: '2027-03-01', to: '2027-03-30' }];
    expect(durationInMonths('2027-01-15', '2027-08-13', suspension)).toBe(6);
    expect(durationInMonths('2027-01-15', '2027-08-14', suspension)).toBeGreaterThan(6);
    expect(durationInMonths('2027-01-15', endAfterSuspensions('2027-07-14', suspension), suspension)).toBe(6);
  });

  it('counts only the suspended days inside the internship', () => {
    // 10 of the suspended days fall before the start: only 20 are taken off.
    const suspension = [{ from: '2027-01-05', to: '2027-02-03' }];
    expect(durationInMonths('2027-01-15', '2027-08-03', suspension)).toBe(6);
  });

  it('refuses an end before the start', () => {
    expect(() => durationInMonths('2027-01-15', '2027-01-14')).toThrow(RangeError);
  });
});

describe('weekly schedule and planned hours', () => {
  it.each([
    [FULL_TIME, 40],
    [{ 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 5, 7: 0 }, 25],
    [{ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 }, 0],
  ])('weeklyHours(%j) → %i', (schedule, expected) => {
    expect(weeklyHours(schedule)).toBe(expected);
  });

  it('refuses impossible hours', () => {
    expect(() => weeklyHours({ ...FULL_TIME, 3: -1 })).toThrow(RangeError);
    expect(() => weeklyHours({ ...FULL_TIME, 3: 25 })).toThrow(RangeError);
    expect(() => weeklyHours({ ...FULL_TIME, 3: Number.NaN })).toThrow(RangeError);
  });

  it.each([
    // April 2026: 22 weekdays; Easter Monday 6/4 is off; 25/4 is a Saturday, not worked anyway
    // and not recovered on another day → 21 days × 8 h.
    ['April 2026', 2026, 4, {}, 168],
    // December 2026: 23 weekdays; 8/12 (Tuesday) and 25/12 (Friday) are off, 26/12 is a Saturday → 21 × 8.
    ['December 2026', 2026, 12, {}, 168],
    // June 2026: 22 weekdays, 2/6 (Tuesday) off → 21 × 8; in Torino 24/6 (Wednesday) too → 20 × 8.
    ['June 2026', 2026, 6, {}, 168],
    ['June 2026 in Torino', 2026, 6, { localHolidays: TORINO }, 160],
    // A suspension Monday 13 – Friday 17 April takes 5 days off the 21.
    ['April 2026, suspended 13–17/4', 2026, 4, { suspensions: [{ from: '2026-04-13', to: '2026-04-17' }] }, 128],
    // Suspended in Easter week: Easter Monday is not taken off twice → 22 − 5 = 17 days.
    ['April 2026, suspended 6–10/4', 2026, 4, { suspensions: [{ from: '2026-04-06', to: '2026-04-10' }] }, 136],
    // October 2027: 21 weekdays, 4/10 San Francesco is a Monday → 20 × 8.
    ['October 2027', 2027, 10, {}, 160],
  ])('%s, Monday–Friday 8 h → %i h', (_label, year, month, options, expected) => {
    expect(plannedHours(FULL_TIME, monthPeriod(year, month), options)).toBe(expected);
  });

  it('counts worked Saturdays and Sundays when the schedule has them, holidays still off', () => {
    const weekend: WeeklySchedule = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 6, 7: 4 };
    // 25/4/2026 is a Saturday holiday; Easter Sunday 5/4 is worked if the schedule says so.
    expect(plannedHours(weekend, { from: '2026-04-04', to: '2026-04-05' })).toBe(10);
    expect(plannedHours(weekend, { from: '2026-04-25', to: '2026-04-26' })).toBe(4);
  });

  it('spans a year end with the holidays of both years', () => {
    // 28/12/2026 – 08/01/2027: 10 weekdays, minus 1/1 and 6/1 (Friday and Wednesday) → 8 × 8.
    expect(plannedHours(FULL_TIME, { from: '2026-12-28', to: '2027-01-08' })).toBe(64);
  });

  it('counts only the internship days of a month', () => {
    const internship = { from: '2026-04-15', to: '2026-10-14' };
    // 15–30 April 2026: 12 weekdays, none a holiday → 96 h.
    expect(plannedHoursInMonth(FULL_TIME, 2026, 4, internship)).toBe(96);
    expect(plannedHoursInMonth(FULL_TIME, 2026, 6, internship)).toBe(168);
    // 1–14 October 2026: 10 weekdays; 4/10 is a Sunday → 80 h.
    expect(plannedHoursInMonth(FULL_TIME, 2026, 10, internship)).toBe(80);
    expect(plannedHoursInMonth(FULL_TIME, 2026, 3, internship)).toBe(0);
    expect(plannedHoursInMonth(FULL_TIME, 2026, 11, internship)).toBe(0);
  });

  it('combines a partial month, a suspension and a local holiday', () => {
    const internship = { from: '2026-06-10', to: '2026-12-09' };
    const options = { suspensions: [{ from: '2026-06-22', to: '2026-06-26' }], localHolidays: TORINO };
    // 10–30 June: 15 weekdays, minus 22–26 suspended; 24/6 falls inside it, not taken off twice → 10 × 8.
    expect(plannedHoursInMonth(FULL_TIME, 2026, 6, internship, options)).toBe(80);
    // 1–9 December: 7 weekdays minus 8/12 → 6 × 8.
    expect(plannedHoursInMonth(FULL_TIME, 2026, 12, internship, options)).toBe(48);
  });

  it('refuses a reversed period', () => {
    expect(() => plannedHours(FULL_TIME, { from: '2026-04-30', to: '2026-04-01' })).toThrow(RangeError);
    expect(() => plannedHoursInMonth(FULL_TIME, 2026, 4, { from: '2026-05-30', to: '2026-04-01' })).toThrow(RangeError);
  });
});

describe('hours are summed exactly', () => {
  it('a week of 9.02 + 11.66 + 6.14 + 9.05 + 4.13 is 40, not a hair over', () => {
    expect(weeklyHours({ 1: 9.02, 2: 11.66, 3: 6.14, 4: 9.05, 5: 4.13, 6: 0, 7: 0 })).toBe(40);
    expect(plannedHours({ 1: 7.2, 2: 7.2, 3: 7.2, 4: 7.2, 5: 7.2, 6: 0, 7: 0 }, { from: '2027-02-01', to: '2027-02-28' })).toBe(144);
  });
});
