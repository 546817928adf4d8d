/**
 * Italian tax identifiers: the 16-character codice fiscale of a person and the 11-digit
 * codice fiscale / partita IVA of an organisation. Pure functions, used by the forms (live
 * feedback) and by the core (the contract's schemas), so both always agree.
 */

const ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const ODD_LETTERS = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
const A = 'A'.charCodeAt(0);

/** Month letters of a codice fiscale, January to December. */
export const MONTH_LETTERS = 'ABCDEHLMPRST';
/** Letters that replace the digits 0–9 when two people would get the same code (omocodia). */
export const OMOCODIA_LETTERS = 'LMNPQRSTUV';
/** Women's birth day is written plus 40. */
export const FEMALE_DAY_OFFSET = 40;

export type TaxCodeProblem = 'empty' | 'length' | 'characters' | 'check';

export type TaxCodeCheck = { ok: true; value: string } | { ok: false; problem: TaxCodeProblem };

/** Upper-cases and drops spaces, as people type codes with spaces or in lower case. */
export function normalizeTaxCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

function oddValue(ch: string): number {
  const code = ch.charCodeAt(0);
  return ch >= '0' && ch <= '9' ? ODD_DIGITS[code - 48]! : ODD_LETTERS[code - A]!;
}

function evenValue(ch: string): number {
  const code = ch.charCodeAt(0);
  return ch >= '0' && ch <= '9' ? code - 48 : code - A;
}

/** The check letter of the first 15 characters of a person's codice fiscale. */
export function personCheckLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = first15[i]!;
    // Positions are counted from 1, so index 0 is an "odd" position.
    sum += i % 2 === 0 ? oddValue(ch) : evenValue(ch);
  }
  return String.fromCharCode(A + (sum % 26));
}

// Surname, name, year, month letter, day, Belfiore code, check letter; digits in the numeric
// positions may be replaced by the omocodia letters L M N P Q R S T U V.
const PERSON_SHAPE =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

export function checkPersonTaxCode(raw: string): TaxCodeCheck {
  const value = normalizeTaxCode(raw);
  if (value === '') return { ok: false, problem: 'empty' };
  if (value.length !== 16) return { ok: false, problem: 'length' };
  if (!PERSON_SHAPE.test(value)) return { ok: false, problem: 'characters' };
  if (personCheckLetter(value.slice(0, 15)) !== value[15]) return { ok: false, problem: 'check' };
  return { ok: true, value };
}

/** Check digit of the first 10 digits of an 11-digit codice fiscale / partita IVA. */
export function numericCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = first10.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}

export function checkNumericTaxCode(raw: string): TaxCodeCheck {
  const value = normalizeTaxCode(raw);
  if (value === '') return { ok: false, problem: 'empty' };
  if (!/^[0-9]*$/.test(value)) return { ok: false, problem: 'characters' };
  if (value.length !== 11) return { ok: false, problem: 'length' };
  if (numericCheckDigit(value.slice(0, 10)) !== value.charCodeAt(10) - 48) {
    return { ok: false, problem: 'check' };
  }
  return { ok: true, value };
}

const PERSON_MESSAGES: Record<TaxCodeProblem, string> = {
  empty: 'Inserisci il codice fiscale',
  length: 'Il codice fiscale di una persona ha 16 caratteri',
  characters: 'Il codice fiscale contiene caratteri non ammessi in quella posizione',
  check: 'Codice fiscale non valido: il carattere di controllo (l’ultimo) non corrisponde',
};

const NUMERIC_MESSAGES: Record<TaxCodeProblem, string> = {
  empty: 'Inserisci il codice',
  length: 'Il codice deve avere 11 cifre',
  characters: 'Il codice può contenere solo cifre',
  check: 'Codice non valido: la cifra di controllo (l’ultima) non corrisponde',
};

export function personTaxCodeMessage(problem: TaxCodeProblem): string {
  return PERSON_MESSAGES[problem];
}

export function numericTaxCodeMessage(problem: TaxCodeProblem): string {
  return NUMERIC_MESSAGES[problem];
}
