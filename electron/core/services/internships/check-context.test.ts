import { describe, expect, it } from 'vitest';
import { mostAtOnce } from './check-context';

const file = (startDate: string, endDate: string) => ({ id: startDate, number: startDate, association: 'A', startDate, endDate });

describe('mostAtOnce', () => {
  it('counts files that never meet as one place, and files that do as two', () => {
    const period = { from: '2027-01-01', to: '2027-06-30' };
    expect(mostAtOnce([file('2027-01-01', '2027-03-31'), file('2027-04-01', '2027-06-30')], period)).toBe(1);
    expect(mostAtOnce([file('2027-01-01', '2027-04-15'), file('2027-04-01', '2027-06-30')], period)).toBe(2);
    expect(mostAtOnce([file('2026-10-01', '2027-01-31'), file('2027-02-01', '2027-05-31'), file('2027-03-01', '2027-09-30')], period)).toBe(2);
    expect(mostAtOnce([], period)).toBe(0);
  });
});
