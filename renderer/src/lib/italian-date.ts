/**
 * Reads a date as the desk types it: day first (10/12/1985, 10.12.1985, 10-12-1985) or eight
 * digits (10121985). The date picker's own parser reads "10/12/1985" the American way (12 October),
 * which would silently save the wrong birthday.
 */

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** 'YYYY-MM-DD' for a real calendar date typed day first, or null. */
export function parseItalianDate(typed: string): string | null {
  const text = typed.trim();
  const parts = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(text) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  // Already in ISO form (a pasted value, or the picker's own round trip).
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [day, month, year] = parts
    ? [Number(parts[1]), Number(parts[2]), Number(parts[3])]
    : iso
      ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
      : [0, 0, 0];
  if (year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function isRealIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseItalianDate(value) === value;
}

/** 'YYYY-MM-DD' as the desk reads it: dd/mm/yyyy. */
function italianText(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * What a date box holds for the form: null when empty, 'YYYY-MM-DD' for a real date, and
 * otherwise the text itself (31/02/2026, 12/13), so the form's schema refuses it with «data non
 * valida» instead of the box quietly keeping an older date or none.
 */
export function dateFieldValue(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  return parseItalianDate(text) ?? text;
}

/** The text a date box shows for a value: a real date as dd/mm/yyyy, anything else as it was typed. */
export function dateFieldText(value: string | null): string {
  if (value === null) return '';
  return isRealIsoDate(value) ? italianText(value) : value;
}

/** Whether a date box's value is a date that does not exist or cannot be read (neither empty nor a real date). */
export function isUnreadableDate(value: string | null): boolean {
  return value !== null && !isRealIsoDate(value);
}
