/**
 * What a person's codice fiscale says about them (birth date, sex, birthplace code), and where
 * it disagrees with the data typed in the form. Pure, so the form can warn as the operator types
 * and the core can decode the same way. A disagreement is only ever a warning: the Agenzia delle
 * Entrate may have issued the code from wrong data, and the code on the card is the one to keep.
 */
import { checkPersonTaxCode, FEMALE_DAY_OFFSET, MONTH_LETTERS, OMOCODIA_LETTERS, normalizeTaxCode, type TaxCodeProblem } from './tax-codes';
import { foldText } from './text';

/** 0-based indexes of the characters that are digits in a code without omocodia. */
const NUMERIC_INDEXES = [6, 7, 9, 10, 12, 13, 14];

export type Sex = 'M' | 'F';

export type DecodedTaxCode =
  | { ok: true; birthDate: string; sex: Sex; placeCode: string; omocodic: boolean }
  | { ok: false; problem: TaxCodeProblem | 'date' };

export interface PersonData {
  firstName?: string | null;
  lastName?: string | null;
  /** 'YYYY-MM-DD' */
  birthDate?: string | null;
  sex?: Sex | null;
}

/** The code with the omocodia letters turned back into digits; letters stay as they are. */
export function withoutOmocodia(code: string): string {
  const chars = [...code];
  for (const index of NUMERIC_INDEXES) {
    const digit = OMOCODIA_LETTERS.indexOf(chars[index] ?? '');
    if (digit >= 0) chars[index] = String(digit);
  }
  return chars.join('');
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** Local calendar date of `today`: the desk works in Italian time. */
function localDate(today: Date): string {
  return `${pad(today.getFullYear(), 4)}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

function dateExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The code holds only two digits of the year: the most recent century that does not put the
 * birth in the future. Someone over a hundred years old would be read as a newborn; at a
 * job-placement desk that is the safer mistake.
 */
function birthYear(twoDigits: number, month: number, day: number, today: Date): number {
  const thisYear = today.getFullYear();
  const recent = 2000 + twoDigits;
  if (recent > thisYear) return 1900 + twoDigits;
  const candidate = `${pad(recent, 4)}-${pad(month)}-${pad(day)}`;
  return candidate > localDate(today) ? 1900 + twoDigits : recent;
}

export function decodePersonTaxCode(taxCode: string, today: Date): DecodedTaxCode {
  const check = checkPersonTaxCode(taxCode);
  if (!check.ok) return { ok: false, problem: check.problem };
  const code = withoutOmocodia(check.value);

  const month = MONTH_LETTERS.indexOf(code[8]!) + 1;
  const rawDay = Number(code.slice(9, 11));
  const sex: Sex = rawDay > FEMALE_DAY_OFFSET ? 'F' : 'M';
  const day = sex === 'F' ? rawDay - FEMALE_DAY_OFFSET : rawDay;
  // Day 0 and 32–40 fit neither sex; the calendar check below catches 31 February and the like.
  if (day < 1 || day > 31) return { ok: false, problem: 'date' };
  const year = birthYear(Number(code.slice(6, 8)), month, day, today);
  if (!dateExists(year, month, day)) return { ok: false, problem: 'date' };

  return {
    ok: true,
    birthDate: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    sex,
    placeCode: code.slice(11, 15),
    omocodic: code !== check.value,
  };
}

export const TAX_CODE_DATE_MESSAGE = 'La data di nascita nel codice fiscale non esiste';

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

/** Only the letters A–Z: accents dropped, apostrophes and spaces ignored ("D'Angelo" → DANGELO). */
function lettersOf(name: string): string {
  return foldText(name).toUpperCase().replace(/[^A-Z]/g, '');
}

function splitLetters(name: string): { consonants: string[]; vowels: string[] } {
  const letters = [...lettersOf(name)];
  return {
    consonants: letters.filter((ch) => !VOWELS.has(ch)),
    vowels: letters.filter((ch) => VOWELS.has(ch)),
  };
}

/** The three letters a surname gives: consonants, then vowels, then X. */
export function surnameCode(lastName: string): string {
  const { consonants, vowels } = splitLetters(lastName);
  return [...consonants, ...vowels, 'X', 'X', 'X'].slice(0, 3).join('');
}

/** The three letters a first name gives: with four or more consonants, the 1st, 3rd and 4th. */
export function firstNameCode(firstName: string): string {
  const { consonants, vowels } = splitLetters(firstName);
  if (consonants.length >= 4) return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  return [...consonants, ...vowels, 'X', 'X', 'X'].slice(0, 3).join('');
}

function italianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Warnings (in Italian, for the operator) where the typed data and a valid codice fiscale
 * disagree. An invalid code gives none: its own message already says what is wrong.
 */
export function taxCodeMismatches(taxCode: string, person: PersonData, today: Date): string[] {
  const decoded = decodePersonTaxCode(taxCode, today);
  if (!decoded.ok) return [];
  const code = normalizeTaxCode(taxCode);
  const warnings: string[] = [];

  const lastName = person.lastName?.trim() ?? '';
  if (lettersOf(lastName) !== '') {
    const expected = surnameCode(lastName);
    if (expected !== code.slice(0, 3)) {
      warnings.push(
        `Il cognome non corrisponde al codice fiscale: dal cognome risultano le lettere ${expected}, nel codice ci sono ${code.slice(0, 3)}`,
      );
    }
  }

  const firstName = person.firstName?.trim() ?? '';
  if (lettersOf(firstName) !== '') {
    const expected = firstNameCode(firstName);
    if (expected !== code.slice(3, 6)) {
      warnings.push(
        `Il nome non corrisponde al codice fiscale: dal nome risultano le lettere ${expected}, nel codice ci sono ${code.slice(3, 6)}`,
      );
    }
  }

  const birthDate = person.birthDate?.trim() ?? '';
  // The code holds only the last two digits of the year: a different century is no mismatch.
  if (/^\d{4}-\d{2}-\d{2}$/.test(birthDate) && birthDate.slice(2) !== decoded.birthDate.slice(2)) {
    warnings.push(
      `La data di nascita non corrisponde al codice fiscale, che indica il ${italianDate(decoded.birthDate)}`,
    );
  }

  if (person.sex && person.sex !== decoded.sex) {
    warnings.push(
      `Il sesso non corrisponde al codice fiscale, che indica ${decoded.sex === 'F' ? 'una donna' : 'un uomo'}`,
    );
  }

  return warnings;
}
