import { describe, expect, it } from 'vitest';
import { asPlanned, checkDailyHours, dayReason, holidayName, plannedDaysInMonth, sumDailyHours } from './attendance-days';
import { plannedHoursInMonth } from './working-hours';

const MON_FRI_6H = { 1: 6, 2: 6, 3: 6, 4: 6, 5: 6, 6: 0, 7: 0 } as const;
const MON_SAT_7_2H = { 1: 7.2, 2: 7.2, 3: 7.2, 4: 7.2, 5: 7.2, 6: 4, 7: 0 } as const;
const LONG = { from: '2025-01-01', to: '2029-12-31' };

const day = (days: ReturnType<typeof plannedDaysInMonth>, iso: string) => days.find((d) => d.date === iso)!;

describe('the days of a month', () => {
  it('lists every day of the month with its weekday, the schedule’s hours on working days and none at the weekend', () => {
    const days = plannedDaysInMonth(MON_FRI_6H, { year: 2027, month: 2 }, LONG);
    expect(days).toHaveLength(28);
    expect(days[0]).toEqual({ date: '2027-02-01', weekday: 1, kind: 'lavorativo', plannedHours: 6, holiday: null });
    expect(day(days, '2027-02-06')).toEqual({ date: '2027-02-06', weekday: 6, kind: 'riposo', plannedHours: 0, holiday: null });
    expect(days.reduce((t, d) => t + d.plannedHours, 0)).toBe(120);
  });

  it('April 2028: 25 April (a Tuesday) and Easter Monday (17/4) are holidays with their names, and plan nothing', () => {
    const days = plannedDaysInMonth(MON_FRI_6H, { year: 2028, month: 4 }, LONG);
    expect(day(days, '2028-04-25')).toMatchObject({ kind: 'festivo', plannedHours: 0, holiday: 'Festa della Liberazione' });
    expect(day(days, '2028-04-17')).toMatchObject({ kind: 'festivo', plannedHours: 0, holiday: 'Lunedì dell’Angelo (Pasquetta)' });
    expect(dayReason(day(days, '2028-04-25'))).toBe('Festa della Liberazione');
    expect(days.filter((d) => d.kind === 'lavorativo')).toHaveLength(18);
  });

  it('a holiday on a Saturday the schedule does not work is still shown as the holiday (25/04/2026), and is not made up', () => {
    const days = plannedDaysInMonth(MON_FRI_6H, { year: 2026, month: 4 }, LONG);
    expect(day(days, '2026-04-25')).toMatchObject({ weekday: 6, kind: 'festivo', holiday: 'Festa della Liberazione' });
    expect(day(days, '2026-04-06')).toMatchObject({ kind: 'festivo', holiday: 'Lunedì dell’Angelo (Pasquetta)' });
  });

  it('4 October is a holiday from 2026 (San Francesco, L. 151/2025), a working day before', () => {
    const oct2027 = plannedDaysInMonth(MON_FRI_6H, { year: 2027, month: 10 }, LONG);
    expect(day(oct2027, '2027-10-04')).toMatchObject({ weekday: 1, kind: 'festivo', plannedHours: 0, holiday: 'San Francesco d’Assisi' });
    const oct2025 = plannedDaysInMonth(MON_SAT_7_2H, { year: 2025, month: 10 }, LONG);
    expect(day(oct2025, '2025-10-04')).toMatchObject({ weekday: 6, kind: 'lavorativo', plannedHours: 4 });
    expect(holidayName('2025-10-04')).toBeNull();
  });

  it('names the comune’s patron day when one is given', () => {
    const days = plannedDaysInMonth(MON_FRI_6H, { year: 2027, month: 6 }, LONG, { localHolidays: ['06-24'] });
    expect(day(days, '2027-06-24')).toMatchObject({ kind: 'festivo', holiday: 'Festa patronale' });
    expect(day(days, '2027-06-02')).toMatchObject({ kind: 'festivo', holiday: 'Festa della Repubblica' });
  });

  it('suspended days plan nothing and say so, even on a holiday', () => {
    const days = plannedDaysInMonth(MON_FRI_6H, { year: 2028, month: 4 }, LONG, { suspensions: [{ from: '2028-04-20', to: '2028-04-26' }] });
    expect(day(days, '2028-04-24')).toMatchObject({ kind: 'sospeso', plannedHours: 0 });
    expect(day(days, '2028-04-25')).toMatchObject({ kind: 'sospeso', holiday: null });
    expect(dayReason(day(days, '2028-04-24'))).toBe('Sospeso');
    expect(day(days, '2028-04-27')).toMatchObject({ kind: 'lavorativo', plannedHours: 6 });
  });

  it('first and last months: the days before the start and after the end are outside the internship', () => {
    const file = { from: '2027-03-17', to: '2027-09-16' };
    const march = plannedDaysInMonth(MON_FRI_6H, { year: 2027, month: 3 }, file);
    expect(day(march, '2027-03-16')).toMatchObject({ kind: 'fuori', plannedHours: 0 });
    expect(day(march, '2027-03-17')).toMatchObject({ kind: 'lavorativo', plannedHours: 6 });
    expect(dayReason(day(march, '2027-03-01'))).toBe('Fuori dal tirocinio');
    const september = plannedDaysInMonth(MON_FRI_6H, { year: 2027, month: 9 }, file);
    expect(september.filter((d) => d.kind !== 'fuori').map((d) => d.date).at(-1)).toBe('2027-09-16');
  });

  it('leap February 2028 has 29 days, the 29th a Tuesday', () => {
    const days = plannedDaysInMonth(MON_FRI_6H, { year: 2028, month: 2 }, LONG);
    expect(days).toHaveLength(29);
    expect(days.at(-1)).toEqual({ date: '2028-02-29', weekday: 2, kind: 'lavorativo', plannedHours: 6, holiday: null });
    expect(plannedDaysInMonth(MON_FRI_6H, { year: 2027, month: 2 }, LONG)).toHaveLength(28);
  });

  it('the days always add up to the month’s planned hours, to the hundredth', () => {
    const suspensions = [{ from: '2027-04-12', to: '2027-04-16' }];
    const file = { from: '2027-01-11', to: '2027-12-20' };
    for (let month = 1; month <= 12; month++) {
      const days = plannedDaysInMonth(MON_SAT_7_2H, { year: 2027, month }, file, { suspensions });
      const centi = days.reduce((t, d) => t + Math.round(d.plannedHours * 100), 0);
      expect(centi / 100).toBe(plannedHoursInMonth(MON_SAT_7_2H, 2027, month, file, { suspensions }));
    }
  });
});

describe('hours typed per day', () => {
  const file = { from: '2027-03-17', to: '2027-09-16' };
  const march = plannedDaysInMonth(MON_FRI_6H, { year: 2027, month: 3 }, file, { suspensions: [{ from: '2027-03-22', to: '2027-03-23' }] });

  it('sum exactly to the hundredth', () => {
    expect(sumDailyHours({ '2027-03-17': 7.2, '2027-03-18': 7.2, '2027-03-19': 7.2 })).toBe(21.6);
    expect(sumDailyHours({})).toBe(0);
  });

  it('«as planned» fills every working day (optionally up to a day) with its planned hours', () => {
    const planned = asPlanned(march);
    expect(Object.keys(planned)[0]).toBe('2027-03-17');
    expect(planned['2027-03-22']).toBeUndefined();
    expect(planned['2027-03-29']).toBeUndefined(); // Easter Monday 2027
    expect(sumDailyHours(planned)).toBe(plannedHoursInMonth(MON_FRI_6H, 2027, 3, file, { suspensions: [{ from: '2027-03-22', to: '2027-03-23' }] }));
    expect(Object.keys(asPlanned(march, '2027-03-19'))).toEqual(['2027-03-17', '2027-03-18', '2027-03-19']);
  });

  it('refuses days outside the month or the internship, hours on suspended days, and more than 24 hours, naming the day', () => {
    const issues = checkDailyHours(march, {
      '2027-04-01': 6,
      '2027-03-02': 6,
      '2027-03-22': 6,
      '2027-03-18': 25,
      '2027-03-19': -1,
      '2027-03-24': 6.125,
      '2027-02-30': 1,
    });
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      ['error', '«2027-02-30» non è una data valida.'],
      ['error', 'Il 02/03/2027 è fuori dal periodo del tirocinio.'],
      ['error', 'Il 18/03/2027: le ore devono essere tra 0 e 24.'],
      ['error', 'Il 19/03/2027: le ore devono essere tra 0 e 24.'],
      ['error', 'Il 22/03/2027 il tirocinio è sospeso: non si registrano ore.'],
      ['error', 'Il 24/03/2027: al massimo due decimali (6,125).'],
      ['error', 'Il 01/04/2027 non è un giorno di marzo 2027.'],
    ]);
  });

  it('accepts hours made up on a holiday or at the weekend, and hours on days not lived yet, with a warning', () => {
    const issues = checkDailyHours(march, { '2027-03-29': 3, '2027-03-20': 4, '2027-03-31': 6, '2027-03-22': 0, '2027-03-17': 6 }, '2027-03-30');
    expect(issues).toEqual([
      { date: '2027-03-20', severity: 'warning', message: 'Il 20/03/2027 l’orario non prevede ore: ore di recupero?' },
      { date: '2027-03-29', severity: 'warning', message: 'Il 29/03/2027 è festivo (Lunedì dell’Angelo (Pasquetta)): ore di recupero?' },
      { date: '2027-03-31', severity: 'warning', message: 'Il 31/03/2027 non è ancora passato.' },
    ]);
  });
});
