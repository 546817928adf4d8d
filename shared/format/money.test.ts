import { describe, expect, it } from 'vitest';
import { formatCents } from './money';

describe('formatCents', () => {
  it('writes cents as euros with a decimal comma and two decimals', () => {
    expect(formatCents(45000)).toBe('450,00 €');
    expect(formatCents(27005)).toBe('270,05 €');
    expect(formatCents(23810)).toBe('238,10 €');
    expect(formatCents(0)).toBe('0,00 €');
    expect(formatCents(7)).toBe('0,07 €');
  });

  it('puts the thousands dot from four digits on, as an office writes amounts', () => {
    expect(formatCents(123450)).toBe('1.234,50 €');
    expect(formatCents(1_000_000)).toBe('10.000,00 €');
    expect(formatCents(123_456_789)).toBe('1.234.567,89 €');
    expect(formatCents(99_999)).toBe('999,99 €');
  });

  it('rounds a fraction of a cent and writes a negative amount with the minus sign', () => {
    expect(formatCents(37741.6)).toBe('377,42 €');
    expect(formatCents(-1230)).toBe('-12,30 €');
    expect(formatCents(-0.2)).toBe('0,00 €');
  });

  it('never writes the English form, whatever the runtime’s locale data', () => {
    for (const cents of [0, 23810, 45000, 123450]) expect(formatCents(cents)).not.toMatch(/\d\.\d{2} €$/);
  });
});
