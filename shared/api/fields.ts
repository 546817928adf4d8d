/**
 * Field schemas with Italian messages, reused by every area's contract and by the forms
 * (through the zod resolver), so a rule is written once.
 */
import { z } from 'zod';
import {
  checkNumericTaxCode,
  checkPersonTaxCode,
  normalizeTaxCode,
  numericTaxCodeMessage,
  personTaxCodeMessage,
  type TaxCodeCheck,
  type TaxCodeProblem,
} from '../validation/tax-codes';
import { isProvince } from '../validation/provinces';
import { numberMessage, numberProblem, type NumberLimits } from '../validation/numbers';

/** Text that may be left empty: trimmed, and stored as null when empty. */
export const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, `Massimo ${max} caratteri`)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (label: string, max = 200) =>
  z.string({ error: `${label}: campo obbligatorio` }).trim().min(1, `${label}: campo obbligatorio`).max(max, `Massimo ${max} caratteri`);

const emptyToNull = (v: string | null | undefined) => {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
};

export const optionalCap = z
  .string()
  .nullish()
  .transform(emptyToNull)
  .refine((v) => v === null || /^\d{5}$/.test(v), 'Il CAP è di 5 cifre');

export const optionalProvince = z
  .string()
  .nullish()
  .transform((v) => emptyToNull(v)?.toUpperCase() ?? null)
  .refine((v): boolean => v === null || isProvince(v), 'Sigla di provincia non riconosciuta (es. TO, CN)');

export const optionalEmail = (label = 'Indirizzo email') =>
  z
    .string()
    .nullish()
    .transform(emptyToNull)
    .refine((v) => v === null || z.email().safeParse(v).success, `${label} non valido`);

export const optionalPhone = z
  .string()
  .nullish()
  .transform(emptyToNull)
  .refine((v) => v === null || /^\+?[0-9 ./-]{6,20}$/.test(v), 'Numero di telefono non valido');

/** A tax code field: upper-cased, spaces dropped, empty → null, checked with its own rule. */
function taxCodeField(
  check: (value: string) => TaxCodeCheck,
  message: (problem: TaxCodeProblem) => string,
  required: boolean,
) {
  return z
    .string()
    .nullish()
    .transform((v) => {
      const t = normalizeTaxCode(v ?? '');
      return t === '' ? null : t;
    })
    .superRefine((v, ctx) => {
      if (v === null) {
        if (required) ctx.addIssue({ code: 'custom', message: message('empty') });
        return;
      }
      const result = check(v);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: message(result.problem) });
    });
}

/** 11-digit codice fiscale or partita IVA, with its check digit. */
export const numericTaxCode = (required: boolean) => taxCodeField(checkNumericTaxCode, numericTaxCodeMessage, required);

/** The same, when the code is mandatory: the parsed value is always a string. */
export const requiredNumericTaxCode = () => numericTaxCode(true).transform((v) => v ?? '');

/** A person's 16-character codice fiscale, with its check letter. */
export const personTaxCode = (required: boolean) => taxCodeField(checkPersonTaxCode, personTaxCodeMessage, required);

export const id = z.uuid({ error: 'Identificativo non valido' });

export const isoTimestamp = z.string();

/** The fields every record that travels between offices carries. */
export const recordMeta = {
  id: z.string(),
  siteId: z.string(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  updatedBy: z.string(),
  hlc: z.string(),
  deletedAt: isoTimestamp.nullable(),
};

export const pageInput = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (no 31 February). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2100;
}

/**
 * Whether a period ends before it starts. Only two real dates are compared: a date that cannot be
 * read (31/02/2026, kept as typed) already has its own «data non valida», and compared as text it
 * would add a wrong «la fine viene prima dell’inizio» to the other box.
 */
export function endsBeforeStart(start: string | null, end: string | null): boolean {
  return start !== null && end !== null && isIsoDate(start) && isIsoDate(end) && end < start;
}

/** A date that may be left empty, as YYYY-MM-DD; empty → null. */
export const optionalDate = (label: string) =>
  z
    .string()
    .nullish()
    .transform(emptyToNull)
    .refine((v) => v === null || isIsoDate(v), `${label}: data non valida`);

export const requiredDate = (label: string) =>
  z
    .string({ error: `${label}: campo obbligatorio` })
    .trim()
    .min(1, `${label}: campo obbligatorio`)
    .refine(isIsoDate, `${label}: data non valida`);

/**
 * A number within its limits, with one Italian message naming what is wrong (a negative number is
 * «non può essere negativo», too many «al massimo 48 ore»). The forms bind their boxes to these
 * schemas and never clamp, so this is the one place each field's limits are written.
 * `missing`: the message when the box is empty or not a number.
 */
export const boundedNumber = (label: string, limits: NumberLimits, missing = `${label}: inserisci un numero`) =>
  z.number({ error: missing }).superRefine((value, ctx) => {
    const problem = numberProblem(value, limits);
    if (problem) ctx.addIssue({ code: 'custom', message: numberMessage(label, problem, limits) });
  });

/** A whole number that may be left empty (null), within bounds, with the field's name in the messages. */
export const optionalInt = (label: string, min: number, max: number, unit?: string) =>
  boundedNumber(label, { min, max, unit })
    .nullish()
    .transform((v) => v ?? null);

/** Hours a week a person can work or a role needs: up to 48, the legal maximum working week (D.Lgs. 66/2003 art. 4). */
export const optionalWeeklyHours = optionalInt('Ore settimanali', 1, 48, 'ore');

/** One of a fixed list of codes, or nothing (null). */
export const optionalCode = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values)
    .nullish()
    .transform((v) => v ?? null);

/** Several codes of a fixed list, each once, in the list's own order. */
export const codeSet = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .default([])
    .transform((items) => values.filter((v): v is T[number] => (items as string[]).includes(v)));

/** Free texts (skills): trimmed, empties and case-insensitive repeats dropped, so "Magazzino" and "magazzino " are one. */
export const textSet = (label: string, maxItems: number, maxLength: number) =>
  z
    .array(z.string().max(maxLength, `${label}: massimo ${maxLength} caratteri`))
    .max(maxItems, `${label}: al massimo ${maxItems}`)
    .default([])
    .transform((items) => {
      const seen = new Set<string>();
      const out: string[] = [];
      for (const raw of items) {
        const item = raw.trim().replace(/\s+/g, ' ');
        const key = item.toLocaleLowerCase('it');
        if (item && !seen.has(key)) {
          seen.add(key);
          out.push(item);
        }
      }
      return out;
    });
