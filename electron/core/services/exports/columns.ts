/**
 * A list export's columns: an Italian header, a width, and a kind that says how the value is
 * written, so a date is a date and an amount a number in Excel, not text that looks like one.
 */

interface ColumnBase {
  header: string;
  /** Width in characters, as Excel measures a column. */
  width: number;
}

/** What a row gives each kind: text, a whole number, an ISO day ('2026-12-07'), euro cents. */
export type Column<R> =
  | (ColumnBase & { kind: 'text'; value(row: R): string | null })
  | (ColumnBase & { kind: 'integer'; value(row: R): number | null })
  | (ColumnBase & { kind: 'date'; value(row: R): string | null })
  | (ColumnBase & { kind: 'euro'; value(row: R): number | null });

export type ColumnKind = Column<unknown>['kind'];
export type CellValue = string | number | null;

export const text = <R>(header: string, width: number, value: (row: R) => string | null): Column<R> => ({ kind: 'text', header, width, value });
export const integer = <R>(header: string, width: number, value: (row: R) => number | null): Column<R> => ({ kind: 'integer', header, width, value });
export const date = <R>(header: string, value: (row: R) => string | null): Column<R> => ({ kind: 'date', header, width: 12, value });
export const euro = <R>(header: string, value: (row: R) => number | null): Column<R> => ({ kind: 'euro', header, width: 14, value });

/** «Sì» / «No» for a yes-no column; null stays empty. */
export const yesNo = (value: boolean | number | null): string | null => (value === null ? null : value ? 'Sì' : 'No');

/** The labels of a JSON list of codes, joined («Mattina, Sera»); an unknown code stays as written. */
export function labelsOf(json: string | null, labels: Readonly<Record<string, string>>): string | null {
  if (!json) return null;
  let codes: unknown;
  try {
    codes = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(codes) || codes.length === 0) return null;
  return codes.map((c) => (typeof c === 'string' ? (labels[c] ?? c) : String(c))).join(', ');
}

/** The row's values in column order. */
export function valuesOf<R>(columns: readonly Column<R>[], row: R): CellValue[] {
  return columns.map((c) => c.value(row));
}
