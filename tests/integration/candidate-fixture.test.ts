/**
 * The fake candidates the seed, the demos and the bench rely on: every one passes the contract,
 * its codice fiscale is valid and agrees with the person, and a seeded faker repeats itself.
 */
import { Faker, it as itLocale, base } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { candidateFields } from '@shared/api/candidates';
import { decodePersonTaxCode, taxCodeMismatches } from '@shared/validation/tax-code-decode';
import { placeByCode } from '../../electron/core/reference/places';
import { fakeCandidate, fakeNearDuplicate } from '../fixtures/candidates';
import { PIEDMONT_PROVINCES } from '../fixtures/candidate-places';

const TODAY = new Date('2026-01-15T09:00:00Z');

function seeded(seed: number): Faker {
  const faker = new Faker({ locale: [itLocale, base] });
  faker.seed(seed);
  return faker;
}

describe('fakeCandidate', () => {
  const faker = seeded(11);
  const used = new Set<string>();
  const people = Array.from({ length: 2000 }, () => fakeCandidate(faker, { today: TODAY, usedTaxCodes: used }));

  it('gives profiles the contract accepts', () => {
    for (const person of people) expect(candidateFields.safeParse(person).success).toBe(true);
  });

  it('gives valid codes that agree with name, birth date, sex and birthplace', () => {
    for (const person of people) {
      const decoded = decodePersonTaxCode(person.taxCode, TODAY);
      expect(decoded.ok && decoded.birthDate === person.birthDate && decoded.placeCode === person.birthPlaceCode).toBe(true);
      expect(taxCodeMismatches(person.taxCode, person, TODAY)).toEqual([]);
      expect(placeByCode(person.birthPlaceCode!, person.birthDate)).not.toBeNull();
    }
    expect(new Set(people.map((p) => p.taxCode)).size).toBe(people.length);
  });

  it('makes adults of working age living in Piedmont, about one in ten born abroad', () => {
    const foreign = people.filter((p) => p.birthPlaceCode!.startsWith('Z')).length / people.length;
    expect(foreign).toBeGreaterThan(0.07);
    expect(foreign).toBeLessThan(0.13);
    for (const p of people) {
      expect(p.birthDate >= '1961-01-15' && p.birthDate <= '2008-01-15').toBe(true);
      expect(PIEDMONT_PROVINCES).toContain(p.resProvince);
      expect(p.skills!.length).toBeGreaterThanOrEqual(2);
      expect(p.skills!.length).toBeLessThanOrEqual(6);
    }
  });

  it('repeats itself for the same seed', () => {
    const a = Array.from({ length: 20 }, () => fakeCandidate(seeded(5), { today: TODAY }));
    const b = Array.from({ length: 20 }, () => fakeCandidate(seeded(5), { today: TODAY }));
    expect(a).toEqual(b);
  });

  it('hands out an omocodic variant when the code is taken', () => {
    const first = fakeCandidate(seeded(9), { today: TODAY, usedTaxCodes: new Set() });
    const taken = new Set([first.taxCode]);
    const again = fakeCandidate(seeded(9), { today: TODAY, usedTaxCodes: taken });
    expect(again.taxCode).not.toBe(first.taxCode);
    expect(decodePersonTaxCode(again.taxCode, TODAY)).toMatchObject({ ok: true, omocodic: true, birthDate: first.birthDate });
  });

  it('makes near-duplicates: same name and birth date, another code', () => {
    const twin = fakeNearDuplicate(faker, people[0]!, { today: TODAY, usedTaxCodes: used });
    expect([twin.firstName, twin.lastName, twin.birthDate]).toEqual([people[0]!.firstName, people[0]!.lastName, people[0]!.birthDate]);
    expect(twin.taxCode).not.toBe(people[0]!.taxCode);
    expect(candidateFields.safeParse(twin).success).toBe(true);
  });
});
