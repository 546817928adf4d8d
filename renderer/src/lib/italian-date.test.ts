import { describe, expect, it } from 'vitest';
import { dateFieldText, dateFieldValue, isUnreadableDate, parseItalianDate } from './italian-date';

describe('parseItalianDate', () => {
  it('reads the day first, whatever the separator', () => {
    expect(parseItalianDate('10/12/1985')).toBe('1985-12-10');
    expect(parseItalianDate('10.12.1985')).toBe('1985-12-10');
    expect(parseItalianDate('1-2-2001')).toBe('2001-02-01');
    expect(parseItalianDate(' 10121985 ')).toBe('1985-12-10');
  });

  it('accepts an ISO date as it is', () => {
    expect(parseItalianDate('1985-12-10')).toBe('1985-12-10');
  });

  it('refuses dates that do not exist or are half typed', () => {
    expect(parseItalianDate('31/02/2000')).toBeNull();
    expect(parseItalianDate('10/12/19')).toBeNull();
    expect(parseItalianDate('10/12/198')).toBeNull();
    expect(parseItalianDate('00/12/1985')).toBeNull();
    expect(parseItalianDate('')).toBeNull();
    expect(parseItalianDate('domani')).toBeNull();
  });
});

describe('date box value and text', () => {
  it('gives the form null, a real date, or the text as typed', () => {
    expect(dateFieldValue('  ')).toBeNull();
    expect(dateFieldValue('1/2/2026')).toBe('2026-02-01');
    expect(dateFieldValue('31/02/2026')).toBe('31/02/2026');
    expect(dateFieldValue(' 12/13 ')).toBe('12/13');
  });

  it('shows a real date as dd/mm/yyyy and anything else as it was typed', () => {
    expect(dateFieldText(null)).toBe('');
    expect(dateFieldText('2026-02-01')).toBe('01/02/2026');
    expect(dateFieldText('31/02/2026')).toBe('31/02/2026');
  });

  it('tells a date that cannot be read from an empty box or a real date', () => {
    expect(isUnreadableDate('31/02/2026')).toBe(true);
    expect(isUnreadableDate('2026-02-30')).toBe(true);
    expect(isUnreadableDate('2026-02-01')).toBe(false);
    expect(isUnreadableDate(null)).toBe(false);
  });
});
