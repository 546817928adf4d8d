import { describe, expect, it } from 'vitest';
import { dateOrBlank, hours, lengthInWords, orDash, percent } from './format';

describe('values as the documents print them', () => {
  it('writes hours and shares with the decimal comma', () => {
    expect(hours(25)).toBe('25');
    expect(hours(7.5)).toBe('7,5');
    expect(hours(1234.25)).toBe('1.234,25');
    expect(percent(0.7)).toBe('70%');
    expect(percent(541.5 / 592)).toBe('91,5%');
  });

  it('prints a dash or a line where a value is missing', () => {
    expect(orDash(null)).toBe('—');
    expect(orDash('  ')).toBe('—');
    expect(orDash(' PEC ')).toBe('PEC');
    expect(dateOrBlank(null)).toBe('___/___/______');
    expect(dateOrBlank('2027-03-01')).toBe('01/03/2027');
  });

  it('says a tirocinio’s length in months and days, qualifying suspensions left out', () => {
    expect(lengthInWords('2026-11-09', '2027-05-08')).toBe('6 mesi');
    expect(lengthInWords('2027-01-15', '2027-02-14')).toBe('1 mese');
    expect(lengthInWords('2027-01-15', '2027-03-24')).toBe('2 mesi e 10 giorni');
    expect(lengthInWords('2027-01-15', '2027-01-24')).toBe('10 giorni');
    // 30 days of illness move the end by 30 days: still 6 months.
    expect(lengthInWords('2026-11-09', '2027-06-07', [{ from: '2027-01-11', to: '2027-02-09' }])).toBe('6 mesi');
  });
});
