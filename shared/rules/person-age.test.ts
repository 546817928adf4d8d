import { describe, expect, it } from 'vitest';
import { ageOn, dayOfAge } from './person-age';

describe('age on a day, as Italian law counts it', () => {
  it.each<[string, string, number]>([
    ['2011-01-11', '2027-01-10', 15],
    ['2011-01-11', '2027-01-11', 16],
    ['2012-02-29', '2027-02-28', 14],
    ['2012-02-29', '2027-03-01', 15],
    ['2012-02-29', '2028-02-29', 16],
  ])('born %s, on %s: %i', (birth, day, age) => {
    expect(ageOn(birth, day)).toBe(age);
  });

  it.each<[string, number, string]>([
    ['2011-01-11', 16, '2027-01-11'],
    ['2012-02-29', 15, '2027-03-01'],
    ['2012-02-29', 16, '2028-02-29'],
  ])('born %s completes %i on %s, the first day ageOn says so', (birth, years, day) => {
    expect(dayOfAge(birth, years)).toBe(day);
    expect(ageOn(birth, day)).toBe(years);
  });

  it('refuses what is not a number of years', () => {
    expect(() => dayOfAge('2011-01-11', -1)).toThrow(RangeError);
    expect(() => dayOfAge('2011-01-11', 1.5)).toThrow(RangeError);
  });
});
