import { describe, expect, it } from 'vitest';
import { ageOn } from './age';

describe('ageOn', () => {
  it('counts the birthday itself as turned, and the day before as not yet', () => {
    expect(ageOn('2000-06-10', '2025-06-10')).toBe(25);
    expect(ageOn('2000-06-11', '2025-06-10')).toBe(24);
  });

  it('handles people born on 29 February', () => {
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
  });
});
