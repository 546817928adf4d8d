import { describe, expect, it } from 'vitest';
import { decodePersonTaxCode, taxCodeMismatches, withoutOmocodia } from './tax-code-decode';
import { encodePersonTaxCode, omocodicVariant, type PersonForTaxCode } from './tax-code-encode';
import { checkPersonTaxCode } from './tax-codes';

const TODAY = new Date('2026-06-01T12:00:00');

describe('encodePersonTaxCode', () => {
  // Codes published as examples (the first is the one in DOMAIN.md's tests), then rules one by one.
  it.each<[string, PersonForTaxCode, string]>([
    ['Mario Rossi, Acquaviva delle Fonti', { lastName: 'Rossi', firstName: 'Mario', birthDate: '1985-12-10', sex: 'M', placeCode: 'A562' }, 'RSSMRA85T10A562S'],
    ['Mario Rossi, Roma', { lastName: 'Rossi', firstName: 'Mario', birthDate: '1980-01-01', sex: 'M', placeCode: 'H501' }, 'RSSMRA80A01H501U'],
    ['Matteo Moretti, Milano', { lastName: 'Moretti', firstName: 'Matteo', birthDate: '1925-04-09', sex: 'M', placeCode: 'F205' }, 'MRTMTT25D09F205Z'],
  ])('%s', (_label, person, expected) => {
    expect(encodePersonTaxCode(person)).toBe(expected);
  });

  const base = { birthDate: '1990-03-05', sex: 'M' as const, placeCode: 'L219' };
  it.each<[string, string, string, string]>([
    // surname: consonants, vowels, then X
    ['consonants first', 'Bianchi', 'Luca', 'BNC'],
    ['vowels after consonants', 'Rea', 'Luca', 'REA'],
    ['padded with X', 'Fo', 'Luca', 'FOX'],
    ['apostrophe ignored', "D'Angelo", 'Luca', 'DNG'],
    ['space ignored', 'De Luca', 'Luca', 'DLC'],
    ['accent dropped', 'Màrtè', 'Luca', 'MRT'],
  ])('surname: %s (%s)', (_label, lastName, firstName, letters) => {
    expect(encodePersonTaxCode({ ...base, lastName, firstName }).slice(0, 3)).toBe(letters);
  });

  it.each<[string, string, string]>([
    ['four or more consonants: 1st, 3rd, 4th', 'Gianfranco', 'GFR'],
    ['three consonants: all of them', 'Mirko', 'MRK'],
    ['few consonants: then vowels', 'Mario', 'MRA'],
    ['padded with X', 'Al', 'LAX'],
    ['accent dropped', 'Nicolò', 'NCL'],
    ['two names count as one', 'Anna Maria', 'NMR'],
  ])('first name: %s (%s)', (_label, firstName, letters) => {
    expect(encodePersonTaxCode({ ...base, lastName: 'Rossi', firstName }).slice(3, 6)).toBe(letters);
  });

  it('adds 40 to the day for women and uses the month letter', () => {
    const code = encodePersonTaxCode({ lastName: 'Rossi', firstName: 'Maria', birthDate: '2001-07-03', sex: 'F', placeCode: 'Z330' });
    expect(code.slice(6, 15)).toBe('01L43Z330');
    expect(checkPersonTaxCode(code).ok).toBe(true);
  });

  it('gives codes the decoder reads back with no mismatch warnings', () => {
    const person = { lastName: "Dell'Acqua", firstName: 'Giuseppina', birthDate: '1964-02-29', sex: 'F' as const, placeCode: 'D205' };
    const code = encodePersonTaxCode(person);
    expect(decodePersonTaxCode(code, TODAY)).toEqual({ ok: true, birthDate: '1964-02-29', sex: 'F', placeCode: 'D205', omocodic: false });
    expect(taxCodeMismatches(code, person, TODAY)).toEqual([]);
  });

  it('refuses data it cannot encode', () => {
    expect(() => encodePersonTaxCode({ ...base, lastName: 'Rossi', firstName: 'Mario', birthDate: '05/03/1990' })).toThrow();
    expect(() => encodePersonTaxCode({ ...base, lastName: 'Rossi', firstName: 'Mario', birthDate: '1990-13-01' })).toThrow();
    expect(() => encodePersonTaxCode({ ...base, lastName: 'Rossi', firstName: 'Mario', placeCode: 'Torino' })).toThrow();
  });
});

describe('omocodicVariant', () => {
  const code = 'RSSMRA85T10A562S';

  it.each<[number, string]>([
    [0, 'RSSMRA85T10A562'],
    [1, 'RSSMRA85T10A56N'],
    [2, 'RSSMRA85T10A5SN'],
    [3, 'RSSMRA85T10ARSN'],
    [4, 'RSSMRA85T1LARSN'],
    [5, 'RSSMRA85TMLARSN'],
    [6, 'RSSMRA8RTMLARSN'],
    [7, 'RSSMRAURTMLARSN'],
  ])('replaces the last %i numeric characters from the right', (n, first15) => {
    const variant = omocodicVariant(code, n);
    expect(variant.slice(0, 15)).toBe(first15);
    expect(checkPersonTaxCode(variant).ok).toBe(true);
  });

  it('keeps what the code says: same birth date, sex and place once decoded', () => {
    for (let n = 1; n <= 7; n++) {
      const variant = omocodicVariant(code, n);
      expect(withoutOmocodia(variant).slice(0, 15)).toBe(code.slice(0, 15));
      expect(decodePersonTaxCode(variant, TODAY)).toEqual({ ok: true, birthDate: '1985-12-10', sex: 'M', placeCode: 'A562', omocodic: true });
    }
  });

  it('refuses a level outside 0–7', () => {
    expect(() => omocodicVariant(code, 8)).toThrow();
    expect(() => omocodicVariant(code, -1)).toThrow();
  });
});
