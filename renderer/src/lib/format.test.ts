import { describe, expect, it } from 'vitest';
import { formatHours, formatPercent } from './format';

describe('formatPercent', () => {
  it('rounds to the nearest tenth, never up onto the next whole percent (a threshold)', () => {
    expect(formatPercent(0.6996)).toBe('69,9%');
    expect(formatPercent(0.69999)).toBe('69,9%');
    expect(formatPercent(0.7)).toBe('70%');
    expect(formatPercent(0.9261)).toBe('92,6%');
    expect(formatPercent(0.6666)).toBe('66,7%');
    // Issue 13's worked example: 82,5 hours of 105.
    expect(formatPercent(82.5 / 105)).toBe('78,6%');
    expect(formatPercent(0.90951)).toBe('90,9%');
  });

  it('keeps exact shares exact, whatever the binary fraction', () => {
    expect(formatPercent(0.29)).toBe('29%');
    expect(formatPercent(0.57)).toBe('57%');
    expect(formatPercent(0.675)).toBe('67,5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('writes a dash when there is no share', () => {
    expect(formatPercent(null)).toBe('—');
  });
});

describe('formatHours', () => {
  it('writes hours the Italian way, two decimals at most', () => {
    expect(formatHours(7.5)).toBe('7,5');
    expect(formatHours(122.25)).toBe('122,25');
  });
});
