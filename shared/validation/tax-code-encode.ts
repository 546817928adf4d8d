/**
 * Builds a person's codice fiscale from their data (DOMAIN.md, "Identifiers"), and its omocodic
 * variants. The desk never issues codes, the Agenzia delle Entrate does: this exists so test
 * fixtures, demo data and benchmarks hold codes that are valid AND agree with the person, which
 * is what real data looks like and what the mismatch warnings are checked against.
 */
import { firstNameCode, surnameCode } from './tax-code-decode';
import { FEMALE_DAY_OFFSET, MONTH_LETTERS, OMOCODIA_LETTERS, personCheckLetter } from './tax-codes';

export interface PersonForTaxCode {
  lastName: string;
  firstName: string;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  sex: 'M' | 'F';
  /** Belfiore code: a comune (e.g. L219 Torino) or Z + 3 digits for a foreign state. */
  placeCode: string;
}

/**
 * 0-based indexes of the numeric characters, in the order the Agenzia replaces them: from the
 * right, i.e. 1-based positions 15, 14, 13, 11, 10, 8, 7.
 */
const OMOCODIA_ORDER = [14, 13, 12, 10, 9, 7, 6];

export function encodePersonTaxCode(person: PersonForTaxCode): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(person.birthDate);
  if (!date) throw new Error(`Birth date must be YYYY-MM-DD: ${person.birthDate}`);
  const [, year, month, day] = date;
  const monthLetter = MONTH_LETTERS[Number(month) - 1];
  if (!monthLetter || Number(day) < 1 || Number(day) > 31) throw new Error(`Not a date: ${person.birthDate}`);
  const place = person.placeCode.trim().toUpperCase();
  if (!/^[A-Z]\d{3}$/.test(place)) throw new Error(`Not a Belfiore code: ${person.placeCode}`);
  const dayCode = Number(day) + (person.sex === 'F' ? FEMALE_DAY_OFFSET : 0);
  const first15 =
    surnameCode(person.lastName) +
    firstNameCode(person.firstName) +
    year!.slice(2) +
    monthLetter +
    String(dayCode).padStart(2, '0') +
    place;
  return first15 + personCheckLetter(first15);
}

/**
 * The code the Agenzia gives the (n+1)-th person who would get `taxCode`: its last `n` numeric
 * characters replaced by their letters, and the check letter recomputed. n = 0 returns the code.
 */
export function omocodicVariant(taxCode: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > OMOCODIA_ORDER.length) {
    throw new Error(`Omocodia level must be 0–${OMOCODIA_ORDER.length}: ${n}`);
  }
  const chars = [...taxCode.toUpperCase().slice(0, 15)];
  for (const index of OMOCODIA_ORDER.slice(0, n)) {
    const ch = chars[index]!;
    // A position already replaced stays as it is: the variant of a variant is still well formed.
    if (ch >= '0' && ch <= '9') chars[index] = OMOCODIA_LETTERS[Number(ch)]!;
  }
  const first15 = chars.join('');
  return first15 + personCheckLetter(first15);
}
