/**
 * Values as the documents print them: dates dd/mm/yyyy, hours and shares with the decimal comma,
 * money as Italians write it, and the dash or the line to fill by hand where a value is missing.
 * Built on the shared helpers, so a date or an amount reads the same here as on screen.
 */
import type { AddressParts } from '../../../shared/format/address';
import { formatAddress } from '../../../shared/format/address';
import { formatCents } from '../../../shared/format/money';
import type { InternInfo, InternshipInfo, PromoterInfo } from '../../../shared/documents/context';
import { formatItalianDate } from '../../../shared/validation/italian-time';

/** Printed where a value is legitimately missing and nobody needs to write it in. */
export const DASH = '—';

/** A line to fill by hand: `short` for a date or a number, `long` for a name or an address. */
export const BLANK = { short: '______________', medium: '____________________________', long: '______________________________________________' } as const;

/** The text itself, or the dash when it is null or blank. */
export function orDash(value: string | null | undefined): string {
  return value !== null && value !== undefined && value.trim() !== '' ? value.trim() : DASH;
}

/** The text itself, or a line to fill by hand. */
export function orBlank(value: string | null | undefined, size: keyof typeof BLANK = 'medium'): string {
  return value !== null && value !== undefined && value.trim() !== '' ? value.trim() : BLANK[size];
}

/** dd/mm/yyyy, or null when there is no date. */
export function date(iso: string | null | undefined): string | null {
  return iso ? formatItalianDate(iso) : null;
}

/** dd/mm/yyyy, or a line to write the date by hand. */
export function dateOrBlank(iso: string | null | undefined): string {
  return iso ? formatItalianDate(iso) : '___/___/______';
}

const HOURS = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2, useGrouping: true });

/** Hours with the decimal comma and no useless zeros: 20, 7,5, 1.234,25. */
export function hours(value: number): string {
  return HOURS.format(value);
}

/** «20 ore», «1 ora», «7,5 ore». */
export function hoursWords(value: number): string {
  return `${hours(value)} ${value === 1 ? 'ora' : 'ore'}`;
}

const PERCENT = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });

/** A share 0..1 as a percentage: 0.7 → «70%», 0.8235 → «82,4%». */
export function percent(share: number): string {
  return `${PERCENT.format(share * 100)}%`;
}

/** Money from cents, «1.234,56 €», or null. */
export function money(cents: number | null | undefined): string | null {
  return cents === null || cents === undefined ? null : formatCents(cents);
}

export function address(parts: AddressParts | null | undefined): string | null {
  return parts ? formatAddress(parts) : null;
}

export function fullName(person: Pick<InternInfo, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`;
}

/** The Italian agreement on the intern's sex: gendered(sex, 'nat') → «nato», «nata», or «nato/a». */
export function gendered(sex: InternInfo['sex'], stem: string, male = 'o', female = 'a'): string {
  if (sex === 'M') return stem + male;
  if (sex === 'F') return stem + female;
  return `${stem}${male}/${female}`;
}

/** «il tirocinante», «la tirocinante», «il/la tirocinante». */
export function theIntern(sex: InternInfo['sex']): string {
  return sex === 'F' ? 'la tirocinante' : sex === 'M' ? 'il tirocinante' : 'il/la tirocinante';
}

/** Where the documents are signed: the promoter's comune, or a line to write it. */
export function signingPlace(promoter: PromoterInfo): string | null {
  return promoter.address?.comune ?? null;
}

/** The convenzione's number and date (the file's own number when no other was given). */
export function agreementRef(internship: InternshipInfo): { number: string; date: string | null } {
  return { number: internship.agreementNumber ?? internship.number, date: internship.agreementDate ?? null };
}

/** The end the file will print: the actual one when it ended, otherwise the planned one. */
export function endDate(internship: InternshipInfo): string | null {
  return internship.actualEndDate ?? internship.plannedEndDate;
}
