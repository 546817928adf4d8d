import { describe, expect, it } from 'vitest';
import { parseItalianDate } from './italian-date';

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
