import { describe, expect, it } from 'vitest';
import { formatCents } from './money';

describe('formatCents', () => {
  it('writes cents as euros with a decimal comma and two decimals', () => {
    expect(formatCents(45000)).toBe('450,00 €');
    expect(formatCents(27005)).toBe('270,05 €');
    expect(formatCents(0)).toBe('0,00 €');
  });
});
