/**
 * Values as the documents print them: dates dd/mm/yyyy, hours and shares with the decimal comma,
 * money as Italians write it, and the dash or the line to fill by hand where a value is missing.
 * Built on the shared helpers, so a date or an amount reads the same here as on screen.
 */
import type { AddressParts } from '@shared/format/address';
import { formatAddress } from '@shared/format/address';
import { formatCents } from '@shared/format/money';
import { formatShare } from '@shared/format/numbers';
import type { InternInfo, InternshipInfo, PromoterInfo } from '@shared/documents/context';
import { formatItalianDate } from '@shared/validation/italian-time';
import { dayNumber, plannedEnd, suspensionDays, type Period } from '@shared/rules/calendar';
import { count, plural } from '@shared/text/plural';

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
  return `${hours(value)} ${plural(value, 'ora', 'ore')}`;
}

/** A share 0..1 as a percentage, written as on screen (shared/format/numbers.ts): 0.7 → «70%», 0.8235 → «82,4%». */
export function percent(share: number): string {
  return formatShare(share);
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

/**
 * A tirocinio's length in words, qualifying suspensions left out: «6 mesi», «1 mese», «2 mesi e 10
 * giorni». Whole months are counted as the duration rule counts them (`plannedEnd`: 09/11 to 08/05
 * is 6 months), the days past the last whole month are added as days.
 */
export function lengthInWords(start: string, end: string, suspensions: readonly Period[] = []): string {
  const last = dayNumber(end) - suspensionDays(suspensions, { from: start, to: end });
  let months = 0;
  while (dayNumber(plannedEnd(start, months + 1)) <= last) months++;
  const days = months === 0 ? last - dayNumber(start) + 1 : last - dayNumber(plannedEnd(start, months));
  const parts = [months > 0 ? count(months, 'mese', 'mesi') : null, days > 0 ? count(days, 'giorno', 'giorni') : null].filter(Boolean);
  return parts.join(' e ') || '0 giorni';
}
