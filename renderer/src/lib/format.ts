/** Dates and numbers as Italians write them. */
import dayjs from 'dayjs';
import 'dayjs/locale/it';

dayjs.locale('it');

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('DD/MM/YYYY') : '—';
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('DD/MM/YYYY HH:mm') : '—';
}

const integer = new Intl.NumberFormat('it-IT');
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** A value or a dash, for read-only fields that may be empty. */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

const hours = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });
/** Hours with up to two decimals and a comma: 7,5. */
export function formatHours(value: number): string {
  return hours.format(value);
}

const oneDecimal = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });
/** A number with one decimal at most: 4.5 → "4,5" (months of a file, say). */
export function formatOneDecimal(value: number): string {
  return oneDecimal.format(value);
}

/**
 * A share (0..1) as a percentage with one decimal at most, cut (never rounded up): 0.909 → "90,9%",
 * 0.6996 → "69,9%", so a share under a threshold never reads as the threshold ("70%" beside
 * "sotto il 70%"); none → "—". The share is first taken to millionths, so 0.29 stays "29%".
 */
export function formatPercent(share: number | null): string {
  if (share === null) return '—';
  const tenthsOfPercent = Math.floor(Math.round(share * 1_000_000) / 1000);
  return `${oneDecimal.format(tenthsOfPercent / 10)}%`;
}
