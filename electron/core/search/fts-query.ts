/**
 * Turns what an operator types into an FTS5 query: every word must match as a prefix, in any
 * order. Words are quoted so FTS5 operators typed by chance (AND, "-", "*", ":") are plain text.
 */
export function toFtsQuery(typed: string): string | null {
  const words = typed
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
