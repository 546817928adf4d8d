import { describe, expect, it } from 'vitest';
import { yearsBefore } from './list';

describe('yearsBefore (age filters)', () => {
  it.each([
    ['2026-11-24T10:00:00Z', 30, '1996-11-24'],
    // 00:30 in Rome on 24 November is still the 23rd in UTC: ages change at Italian midnight.
    ['2026-11-23T23:30:00Z', 18, '2008-11-24'],
    // On 29 February, N years back lands on the 28th when that year has no 29th.
    ['2028-02-29T12:00:00Z', 18, '2010-02-28'],
    ['2028-02-29T12:00:00Z', 4, '2024-02-29'],
  ])('at %s, %i years before is %s', (now, years, expected) => {
    expect(yearsBefore(new Date(now), years)).toBe(expected);
  });
});
