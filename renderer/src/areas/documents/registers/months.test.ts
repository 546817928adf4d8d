import { describe, expect, it } from 'vitest';
import { isMonthKey, monthWords, nextMonth, pickerToMonth, previousMonth } from './months';

describe('months of the register batch', () => {
  it('defaults to last month, across the new year', () => {
    expect(previousMonth('2026-11-24')).toBe('2026-10');
    expect(previousMonth('2027-01-03')).toBe('2026-12');
  });

  it('steps to the next month, across the new year', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
  });

  it('accepts only YYYY-MM from the address', () => {
    expect(isMonthKey('2026-10')).toBe(true);
    expect(isMonthKey('2026-13')).toBe(false);
    expect(isMonthKey('ottobre')).toBe(false);
    expect(isMonthKey(null)).toBe(false);
  });

  it('says the month in words and reads the picker’s date', () => {
    expect(monthWords('2026-10')).toBe('ottobre 2026');
    expect(pickerToMonth('2026-10-01')).toBe('2026-10');
  });
});
