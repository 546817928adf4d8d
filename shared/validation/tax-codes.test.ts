import { describe, expect, it } from 'vitest';
import {
  checkNumericTaxCode,
  checkPersonTaxCode,
  normalizeTaxCode,
  numericCheckDigit,
  numericTaxCodeMessage,
  personCheckLetter,
  personTaxCodeMessage,
} from './tax-codes';

/*
 * Independent reference implementations, written from the rules in DOMAIN.md ("Identifiers")
 * with lookup strings instead of char-code arithmetic, so a slip in the production code is not
 * copied into the expectations.
 */
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ODD_TABLE: Record<string, number> = {};
const EVEN_TABLE: Record<string, number> = {};
const ODD_DIGIT_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const ODD_LETTER_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
for (const ch of ALNUM) {
  const isDigit = ch >= '0' && ch <= '9';
  const index = isDigit ? '0123456789'.indexOf(ch) : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(ch);
  ODD_TABLE[ch] = isDigit ? ODD_DIGIT_VALUES[index]! : ODD_LETTER_VALUES[index]!;
  EVEN_TABLE[ch] = index;
}

function referenceCheckLetter(first15: string): string {
  let sum = 0;
  [...first15].forEach((ch, i) => {
    // Position i + 1 counted from 1: 1st, 3rd, … are "odd".
    sum += (i + 1) % 2 === 1 ? ODD_TABLE[ch]! : EVEN_TABLE[ch]!;
  });
  return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[sum % 26]!;
}

function referenceCheckDigit(first10: string): number {
  let sum = 0;
  [...first10].forEach((ch, i) => {
    const digit = Number(ch);
    if ((i + 1) % 2 === 1) sum += digit;
    else sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
  });
  return (10 - (sum % 10)) % 10;
}

/** Omocodia: digit → letter used when two people would get the same code. */
const OMOCODE = 'LMNPQRSTUV';
/** Positions (1-based) of the digits that may be replaced, replaced from the right first. */
const OMOCODE_POSITIONS = [15, 14, 13, 11, 10, 8, 7];

function omocode(cf: string, replacements: number): string {
  const chars = [...cf.slice(0, 15)];
  for (const pos of OMOCODE_POSITIONS.slice(0, replacements)) {
    chars[pos - 1] = OMOCODE[Number(chars[pos - 1])]!;
  }
  const first15 = chars.join('');
  return first15 + referenceCheckLetter(first15);
}

describe('codice fiscale of a person (16 characters)', () => {
  // Real-shaped codes; the check letters were computed with the reference implementation above
  // and RSSMRA85T10A562S is the classic published example (Mario Rossi, Rome, 10/12/1985).
  const VALID = [
    'RSSMRA85T10A562S',
    'BNCLRA90A41L219X', // woman (day 01 + 40), Torino
    'VRDGPP80E15H501Q',
    'FRRLCU72C03F205Y',
  ];

  it('the reference implementation agrees with the published example', () => {
    expect(referenceCheckLetter('RSSMRA85T10A562')).toBe('S');
  });

  it.each(VALID)('accepts %s', (cf) => {
    expect(referenceCheckLetter(cf.slice(0, 15))).toBe(cf[15]);
    expect(personCheckLetter(cf.slice(0, 15))).toBe(cf[15]);
    expect(checkPersonTaxCode(cf)).toEqual({ ok: true, value: cf });
  });

  it('computes the same check letter as the reference for many generated codes', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const months = 'ABCDEHLMPRST';
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let k = 0; k < 500; k++) {
      const pick = (set: string) => set[rnd(set.length)]!;
      const digit = () => String(rnd(10));
      const first15 =
        pick(letters) + pick(letters) + pick(letters) + pick(letters) + pick(letters) + pick(letters) +
        digit() + digit() + pick(months) + String(rnd(7)) + digit() + pick(letters) + digit() + digit() + digit();
      const cf = first15 + referenceCheckLetter(first15);
      expect(checkPersonTaxCode(cf), cf).toEqual({ ok: true, value: cf });
    }
  });

  it('refuses a wrong check letter, with the Italian message', () => {
    const wrong = 'RSSMRA85T10A562T';
    expect(checkPersonTaxCode(wrong)).toEqual({ ok: false, problem: 'check' });
    expect(personTaxCodeMessage('check')).toBe(
      'Codice fiscale non valido: il carattere di controllo (l’ultimo) non corrisponde',
    );
    // Every other letter is wrong too.
    for (const letter of 'ABCDEFGHIJKLMNOPQRTUVWXYZ') {
      expect(checkPersonTaxCode(`RSSMRA85T10A562${letter}`).ok).toBe(false);
    }
  });

  it('refuses a swapped pair of characters (the typo the check letter exists for)', () => {
    expect(checkPersonTaxCode('RSSMRA58T10A562S')).toEqual({ ok: false, problem: 'check' });
  });

  it.each([
    ['RSSMRA85T10A562', 'one character short'],
    ['RSSMRA85T10A562SX', 'one character too many'],
    ['RSSMRA', 'far too short'],
  ])('refuses %s (%s) as a length problem', (cf) => {
    expect(checkPersonTaxCode(cf)).toEqual({ ok: false, problem: 'length' });
    expect(personTaxCodeMessage('length')).toBe('Il codice fiscale di una persona ha 16 caratteri');
  });

  it.each([
    ['RSSMRA85T10A562-', 'punctuation'],
    ['RSSMRÀ85T10A562S', 'accented letter'],
    ['RSSMRA85X10A562S', 'X is not a month letter'],
    ['RSSMR485T10A562S', 'digit in the surname/name part'],
    ['RSSMRA85T10A56ZS', 'Z is not an omocodia letter'],
    ['RSSMRA85T10956ZS', 'digit where the Belfiore letter goes'],
    ['RSSMRA85T10A5625', 'digit as check character'],
  ])('refuses %s (%s) as illegal characters', (cf) => {
    expect(checkPersonTaxCode(cf)).toEqual({ ok: false, problem: 'characters' });
    expect(personTaxCodeMessage('characters')).toBe(
      'Il codice fiscale contiene caratteri non ammessi in quella posizione',
    );
  });

  it('reports an empty code as empty, also when only spaces were typed', () => {
    expect(checkPersonTaxCode('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkPersonTaxCode('    ')).toEqual({ ok: false, problem: 'empty' });
    expect(personTaxCodeMessage('empty')).toBe('Inserisci il codice fiscale');
  });

  it('accepts lower case and spaces, returning the normalised code', () => {
    expect(checkPersonTaxCode('rssmra85t10a562s')).toEqual({ ok: true, value: 'RSSMRA85T10A562S' });
    expect(checkPersonTaxCode(' RSS MRA 85T10 A562S ')).toEqual({ ok: true, value: 'RSSMRA85T10A562S' });
    expect(checkPersonTaxCode('rss\tmra85t10a562s')).toEqual({ ok: true, value: 'RSSMRA85T10A562S' });
    expect(normalizeTaxCode(' bnc lra ')).toBe('BNCLRA');
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('accepts an omocodic code with %i digit(s) replaced', (n) => {
    const cf = omocode('RSSMRA85T10A562S', n);
    expect(cf).not.toBe('RSSMRA85T10A562S');
    expect(checkPersonTaxCode(cf)).toEqual({ ok: true, value: cf });
  });

  it('accepts known omocodic codes and refuses them with the original check letter', () => {
    expect(omocode('RSSMRA85T10A562S', 1)).toBe('RSSMRA85T10A56NH');
    expect(omocode('RSSMRA85T10A562S', 7)).toBe('RSSMRAURTMLARSNL');
    expect(checkPersonTaxCode('RSSMRA85T10A56NH').ok).toBe(true);
    expect(checkPersonTaxCode('RSSMRAURTMLARSNL').ok).toBe(true);
    // Replacing a digit without recomputing the check letter is a wrong code.
    expect(checkPersonTaxCode('RSSMRA85T10A56NS')).toEqual({ ok: false, problem: 'check' });
  });
});

describe('11-digit codice fiscale / partita IVA', () => {
  const VALID = ['00743110157', '01234567897', '02118920012', '12345678903', '80000000002'];

  it.each(VALID)('accepts %s', (code) => {
    expect(referenceCheckDigit(code.slice(0, 10))).toBe(Number(code[10]));
    expect(numericCheckDigit(code.slice(0, 10))).toBe(Number(code[10]));
    expect(checkNumericTaxCode(code)).toEqual({ ok: true, value: code });
  });

  it('computes the same check digit as the reference for many generated codes', () => {
    for (let k = 0; k < 500; k++) {
      const first10 = String((k * 7919 * 104729) % 10_000_000_000).padStart(10, '0');
      const code = first10 + referenceCheckDigit(first10);
      expect(checkNumericTaxCode(code), code).toEqual({ ok: true, value: code });
    }
  });

  it('refuses a wrong check digit, with the Italian message', () => {
    for (const d of '012345689') {
      expect(checkNumericTaxCode(`0074311015${d}`)).toEqual({ ok: false, problem: 'check' });
    }
    expect(numericTaxCodeMessage('check')).toBe('Codice non valido: la cifra di controllo (l’ultima) non corrisponde');
  });

  it('refuses two swapped digits', () => {
    expect(checkNumericTaxCode('07043110157')).toEqual({ ok: false, problem: 'check' });
  });

  it.each(['0074311015', '007431101570', '123'])('refuses %s as a length problem', (code) => {
    expect(checkNumericTaxCode(code)).toEqual({ ok: false, problem: 'length' });
    expect(numericTaxCodeMessage('length')).toBe('Il codice deve avere 11 cifre');
  });

  it.each(['0074311015A', 'IT00743110157', '007-431-101', 'RSSMRA85T10A562S'])(
    'refuses %s because it contains letters or symbols',
    (code) => {
      expect(checkNumericTaxCode(code)).toEqual({ ok: false, problem: 'characters' });
      expect(numericTaxCodeMessage('characters')).toBe('Il codice può contenere solo cifre');
    },
  );

  it('drops spaces people type between groups of digits', () => {
    expect(checkNumericTaxCode(' 007 431 101 57 ')).toEqual({ ok: true, value: '00743110157' });
  });

  it('reports an empty code as empty', () => {
    expect(checkNumericTaxCode('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkNumericTaxCode('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(numericTaxCodeMessage('empty')).toBe('Inserisci il codice');
  });
});
