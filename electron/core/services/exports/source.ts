/**
 * What each list gives its export: the rows its own filters select (the list service's query, not a
 * second one), those rows a page at a time with what the file shows of them, the columns, and the
 * filters in words for the audit line.
 */
import type { ExportList } from '@shared/api/exports';
import type { ReadCtx } from '../../context';
import type { Column } from './columns';

export interface ExportSource<I, R> {
  list: ExportList;
  /** The worksheet's name, «Candidati». */
  sheet: string;
  /** The start of the file name, «candidati». */
  fileStem: string;
  /** Every row the list's filters select, as rowids in the list's order. */
  selection(ctx: ReadCtx, filters: I): number[];
  /**
   * The rows of these rowids, in that order (one missing if it was removed meanwhile). `seesSpecial`:
   * the caller holds `candidates.special`, so the special columns are read at all.
   */
  rows(ctx: ReadCtx, rowids: readonly number[], seesSpecial: boolean): R[];
  /** The file's columns for this caller: a role without the clearance gets no special column, and masked categories. */
  columns(ctx: ReadCtx, seesSpecial: boolean): Column<R>[];
  /** «stato: Attivo», «provincia: TO»: the filters as the audit line says them. */
  filtersInWords(ctx: ReadCtx, filters: I): string[];
}

/** Rows by rowid through `json_each`, which keeps the order of the list: `FROM json_each(?) m CROSS JOIN …`. */
export function byRowids<R>(ctx: ReadCtx, sql: string, rowids: readonly number[]): R[] {
  return ctx.sqlite.prepare(sql).all(JSON.stringify(rowids)) as R[];
}

/** One lookup of a name by id, for the filters in words; an id not found stays as it is. */
function lookup(ctx: ReadCtx, sql: string, id: string): string {
  const found = ctx.sqlite.prepare(sql).pluck().get(id);
  return typeof found === 'string' ? found : id;
}

export const operatorName = (ctx: ReadCtx, id: string) => lookup(ctx, 'SELECT full_name FROM operators WHERE id = ?', id);
export const officeCode = (ctx: ReadCtx, id: string) => lookup(ctx, 'SELECT code FROM sites WHERE id = ?', id);
export const associationName = (ctx: ReadCtx, id: string) => lookup(ctx, 'SELECT name FROM associations WHERE id = ?', id);
export const personName = (ctx: ReadCtx, id: string) => lookup(ctx, "SELECT last_name || ' ' || first_name FROM candidates WHERE id = ?", id);

/** The filters that are set, each «etichetta: valore»; the search text first, in «». */
export function inWords(query: string, entries: readonly (readonly [string, string | number | boolean | null | undefined])[]): string[] {
  const words = query.trim() ? [`ricerca «${query.trim()}»`] : [];
  for (const [label, value] of entries) {
    if (value === null || value === undefined || value === false || value === '') continue;
    words.push(value === true ? label : `${label}: ${value}`);
  }
  return words;
}
