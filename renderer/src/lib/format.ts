/** Dates and numbers as Italians write them. */
import dayjs from 'dayjs';
import 'dayjs/locale/it';
import { formatShare } from '@shared/format/numbers';

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

/** Hours with up to two decimals and a comma: 7,5. */
export { formatHours } from '@shared/format/numbers';

const oneDecimal = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });
/** A number with one decimal at most: 4.5 → "4,5" (months of a file, say). */
export function formatOneDecimal(value: number): string {
  return oneDecimal.format(value);
}

/** A share (0..1) as a percentage cut to one decimal (shared/format/numbers); none → "—". */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : formatShare(share);
}
