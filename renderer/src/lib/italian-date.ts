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
