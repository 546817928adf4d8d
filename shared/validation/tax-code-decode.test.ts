import { describe, expect, it } from 'vitest';
import {
  decodePersonTaxCode,
  firstNameCode,
  surnameCode,
  taxCodeMismatches,
  withoutOmocodia,
  type DecodedTaxCode,
  type PersonData,
} from './tax-code-decode';

// A fixed "today" (local time, as the desk sees it) so the century rule is deterministic.
const TODAY = new Date(2026, 0, 15, 10, 30);

/*
 * Expected values are the facts each code was built from (surname, name, date, sex, place),
 * written by hand; the check letters were computed once and pasted in. RSSMRA85T10A562S is the
 * well-known example of the Agenzia delle Entrate (Mario Rossi, 10/12/1985, A562).
 */
const decodeCases: Array<[string, string, DecodedTaxCode]> = [
  // Valid codes.
  ['Mario Rossi, 10/12/1985, A562', 'RSSMRA85T10A562S', { ok: true, birthDate: '1985-12-10', sex: 'M', placeCode: 'A562', omocodic: false }],
  ['typed in lower case with spaces', ' rssmra 85t10 a562s ', { ok: true, birthDate: '1985-12-10', sex: 'M', placeCode: 'A562', omocodic: false }],
  ['woman: day + 40 (25 March 1990, Torino)', 'BNCMRA90C65L219R', { ok: true, birthDate: '1990-03-25', sex: 'F', placeCode: 'L219', omocodic: false }],
  ['woman born on the 1st (day 41), Genova', 'DLCNNA01E41D969S', { ok: true, birthDate: '2001-05-01', sex: 'F', placeCode: 'D969', omocodic: false }],
  ['man born on 1 January, Bari', 'FOXGFR80A01A662E', { ok: true, birthDate: '1980-01-01', sex: 'M', placeCode: 'A662', omocodic: false }],
  // Born abroad: Z + 3 digits.
  ['born in Morocco (Z330)', 'LMRMMD78L04Z330B', { ok: true, birthDate: '1978-07-04', sex: 'M', placeCode: 'Z330', omocodic: false }],
  ['woman born in Argentina (Z600)', 'VRDGPP50R41Z600U', { ok: true, birthDate: '1950-10-01', sex: 'F', placeCode: 'Z600', omocodic: false }],
  // Omocodia: L M N P Q R S T U V stand for 0–9 in the numeric positions.
  ['omocodia in the last digit of the place (N = 2)', 'RSSMRA85T10A56NH', { ok: true, birthDate: '1985-12-10', sex: 'M', placeCode: 'A562', omocodic: true }],
  ['omocodia in the day (L = 0)', 'RSSMRA85T1LA562V', { ok: true, birthDate: '1985-12-10', sex: 'M', placeCode: 'A562', omocodic: true }],
  ['omocodia in all seven positions', 'RSSMRAURTMLARSNL', { ok: true, birthDate: '1985-12-10', sex: 'M', placeCode: 'A562', omocodic: true }],
  // Century: 20yy unless that is after today, then 19yy.
  ['yy = 26, date already past this year: 2026', 'DNGNCL26A10H501U', { ok: true, birthDate: '2026-01-10', sex: 'M', placeCode: 'H501', omocodic: false }],
  ['yy = 26, date later this year: 1926', 'DNGNCL26S10H501F', { ok: true, birthDate: '1926-11-10', sex: 'M', placeCode: 'H501', omocodic: false }],
  ['yy = 27, next year: 1927 (Romania)', 'BNCLRA27A01Z129U', { ok: true, birthDate: '1927-01-01', sex: 'M', placeCode: 'Z129', omocodic: false }],
  ['yy = 00: 2000, a leap year, so 29 February exists', 'DNGNCL00B69F205L', { ok: true, birthDate: '2000-02-29', sex: 'F', placeCode: 'F205', omocodic: false }],
  // Dates that do not exist.
  ['29 February 1999', 'DNGNCL99B69F205O', { ok: false, problem: 'date' }],
  ['31 February', 'DNGNCL99B31F205Q', { ok: false, problem: 'date' }],
  ['day 00', 'DNGNCL99B00F205O', { ok: false, problem: 'date' }],
  ['day 32', 'DNGNCL99B32F205V', { ok: false, problem: 'date' }],
  ['day 40 (neither a man nor a woman)', 'DNGNCL99B40F205S', { ok: false, problem: 'date' }],
  ['day 72 (a woman born on the 32nd)', 'DNGNCL99B72F205Z', { ok: false, problem: 'date' }],
  // Malformed.
  ['empty', '   ', { ok: false, problem: 'empty' }],
  ['too short', 'RSSMRA85T10A562', { ok: false, problem: 'length' }],
  ['too long', 'RSSMRA85T10A562SS', { ok: false, problem: 'length' }],
  ['a letter that is no omocodia letter in the year', 'RSSMRA8XT10A562S', { ok: false, problem: 'characters' }],
  ['F is not a month letter', 'RSSMRA85F10A562S', { ok: false, problem: 'characters' }],
  ['a digit in the surname', 'R5SMRA85T10A562S', { ok: false, problem: 'characters' }],
  ['wrong check letter', 'RSSMRA85T10A562T', { ok: false, problem: 'check' }],
  ['omocodic code with the check letter of the plain one', 'RSSMRA85T10A56NS', { ok: false, problem: 'check' }],
];

describe('decodePersonTaxCode', () => {
  it.each(decodeCases)('%s (%s)', (_label, code, expected) => {
    expect(decodePersonTaxCode(code, TODAY)).toEqual(expected);
  });

  it('reads the century from the date it is given', () => {
    // Same code, a year later: 10 November 2026 is then in the past.
    expect(decodePersonTaxCode('DNGNCL26S10H501F', new Date(2027, 5, 1))).toMatchObject({ birthDate: '2026-11-10' });
  });
});

describe('withoutOmocodia', () => {
  it('turns the letters back into digits only in the numeric positions', () => {
    expect(withoutOmocodia('RSSMRAURTMLARSNL')).toBe('RSSMRA85T10A562L');
    expect(withoutOmocodia('RSSMRA85T10A562S')).toBe('RSSMRA85T10A562S');
  });
});

describe('surname and first-name letters', () => {
  const surnames: Array<[string, string]> = [
    ['Rossi', 'RSS'],
    ['Bianchi', 'BNC'],
    ["D'Angelo", 'DNG'],
    ['De Luca', 'DLC'],
    ['El Amrani', 'LMR'],
    ['Fo', 'FOX'],
    ['Oe', 'OEX'],
    ['Rè', 'REX'],
  ];
  it.each(surnames)('surname %s → %s', (name, code) => expect(surnameCode(name)).toBe(code));

  const firstNames: Array<[string, string]> = [
    ['Mario', 'MRA'],
    ['Nicolò', 'NCL'],
    ['Anna', 'NNA'],
    ['Gianfranco', 'GFR'],
    ['Giuseppina', 'GPP'],
    ['Mohamed', 'MMD'],
    ['Maria Luisa', 'MLS'],
    ['Ugo', 'GUO'],
    ['Ai', 'AIX'],
  ];
  it.each(firstNames)('first name %s → %s', (name, code) => expect(firstNameCode(name)).toBe(code));
});

describe('taxCodeMismatches', () => {
  const mario: PersonData = { firstName: 'Mario', lastName: 'Rossi', birthDate: '1985-12-10', sex: 'M' };

  const agreeing: Array<[string, string, PersonData]> = [
    ['all fields agree', 'RSSMRA85T10A562S', mario],
    ['all fields empty', 'RSSMRA85T10A562S', {}],
    ['all fields null or blank', 'RSSMRA85T10A562S', { firstName: null, lastName: '  ', birthDate: null, sex: null }],
    ['omocodic code', 'RSSMRAURTMLARSNL', mario],
    ['apostrophe and accent', 'DNGNCL26S10H501F', { firstName: 'Nicolò', lastName: "D'Angelo", birthDate: '1926-11-10', sex: 'M' }],
    ['two-word surname, woman', 'DLCNNA01E41D969S', { firstName: 'Anna', lastName: 'De Luca', birthDate: '2001-05-01', sex: 'F' }],
    ['short surname and four consonants in the name', 'FOXGFR80A01A662E', { firstName: 'Gianfranco', lastName: 'Fo', birthDate: '1980-01-01', sex: 'M' }],
    ['born abroad', 'LMRMMD78L04Z330B', { firstName: 'Mohamed', lastName: 'El Amrani', birthDate: '1978-07-04', sex: 'M' }],
    ['other century than the decoded one', 'DNGNCL26A10H501U', { birthDate: '1926-01-10' }],
    ['invalid code: nothing to compare', 'RSSMRA85T10A562T', { firstName: 'Luigi', lastName: 'Verdi', sex: 'F' }],
  ];
  it.each(agreeing)('%s → no warning', (_label, code, person) => {
    expect(taxCodeMismatches(code, person, TODAY)).toEqual([]);
  });

  const disagreeing: Array<[string, PersonData, string[]]> = [
    [
      'surname',
      { ...mario, lastName: 'Bianchi' },
      ['Il cognome non corrisponde al codice fiscale: dal cognome risultano le lettere BNC, nel codice ci sono RSS'],
    ],
    [
      'first name',
      { ...mario, firstName: 'Marco' },
      ['Il nome non corrisponde al codice fiscale: dal nome risultano le lettere MRC, nel codice ci sono MRA'],
    ],
    [
      'birth date',
      { ...mario, birthDate: '1985-12-11' },
      ['La data di nascita non corrisponde al codice fiscale, che indica il 10/12/1985'],
    ],
    ['sex', { ...mario, sex: 'F' }, ['Il sesso non corrisponde al codice fiscale, che indica un uomo']],
    [
      'everything',
      { firstName: 'Anna', lastName: 'Verdi', birthDate: '1990-01-01', sex: 'F' },
      [
        'Il cognome non corrisponde al codice fiscale: dal cognome risultano le lettere VRD, nel codice ci sono RSS',
        'Il nome non corrisponde al codice fiscale: dal nome risultano le lettere NNA, nel codice ci sono MRA',
        'La data di nascita non corrisponde al codice fiscale, che indica il 10/12/1985',
        'Il sesso non corrisponde al codice fiscale, che indica un uomo',
      ],
    ],
  ];
  it.each(disagreeing)('%s differs → warning', (_label, person, expected) => {
    expect(taxCodeMismatches('RSSMRA85T10A562S', person, TODAY)).toEqual(expected);
  });

  it('says "una donna" when the code is a woman’s', () => {
    expect(taxCodeMismatches('BNCMRA90C65L219R', { sex: 'M' }, TODAY)).toEqual([
      'Il sesso non corrisponde al codice fiscale, che indica una donna',
    ]);
  });
});
