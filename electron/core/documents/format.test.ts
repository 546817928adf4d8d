import { describe, expect, it } from 'vitest';
import { dateOrBlank, gendered, hours, orDash, percent } from './format';

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

  it('agrees words with the intern’s sex, or writes both forms', () => {
    expect(gendered('F', 'nat')).toBe('nata');
    expect(gendered('M', 'nat')).toBe('nato');
    expect(gendered(null, 'nat')).toBe('nato/a');
  });
});
