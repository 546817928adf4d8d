/**
 * The two files a list becomes, written row by row so 100,000 rows never sit in memory:
 * - Excel: exceljs's streaming writer, typed cells (dates as dates shown dd/mm/yyyy, euro amounts
 *   as numbers shown '€ #,##0.00'), column widths, the header row frozen, an autofilter on it;
 * - CSV for Italian Excel: UTF-8 with the BOM, ';' between cells, dates dd/mm/yyyy, amounts with
 *   a decimal comma, and no cell Excel would run as a formula.
 */
import { closeSync, createWriteStream, openSync, writeSync } from 'node:fs';
import { once, type EventEmitter } from 'node:events';
import ExcelJS from 'exceljs';
import type { CellValue, ColumnKind } from './columns';

export interface SheetWriter {
  /** One row, each value as its column's kind says (an ISO day for a date, cents for euro). */
  row(values: readonly CellValue[]): void;
  /** Between pages: waits until the file has taken what was written, so memory stays flat. */
  drained(): Promise<void>;
  /** Closes the file; resolves once it is all on disk. */
  end(): Promise<void>;
  /** Lets go of the file at once (cancelled or failed): the caller removes what was written. */
  abort(): void;
}

export interface SheetSpec {
  /** The worksheet's name (Excel allows 31 characters). */
  name: string;
  columns: readonly { header: string; kind: ColumnKind; width: number }[];
}

export const DATE_FORMAT = 'dd/mm/yyyy';
export const EURO_FORMAT = '€ #,##0.00';
/** What Excel keeps in one cell; longer text would make it refuse the file. */
const EXCEL_CELL_MAX = 32_767;
/** Control characters other than tab and line breaks are not allowed in the workbook's XML. */
// eslint-disable-next-line no-control-regex
const XML_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function dayAsDate(iso: string): Date | string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  // A day is midnight UTC: Excel has no time zone, and exceljs writes the UTC date.
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : iso;
}

function excelValue(kind: ColumnKind, value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'date') return typeof value === 'string' ? dayAsDate(value) : value;
  if (kind === 'euro') return typeof value === 'number' ? value / 100 : value;
  if (typeof value === 'string') return value.replace(XML_UNSAFE, '').slice(0, EXCEL_CELL_MAX);
  return value;
}

/** exceljs's sheet stream pushes into the zip's deflater without waiting: the pipes' writable state says when it is behind. */
type Pipe = EventEmitter & { _writableState?: { needDrain?: boolean } };

/** One sheet of a streamed workbook: its rows, then `commit` once they are all written. */
export interface StreamedSheet {
  row(values: readonly CellValue[]): void;
  commit(): void;
}

/**
 * A workbook written as it goes, one sheet after the other, each set up as every export's
 * (typed columns, widths, the header bold, frozen and filtered): a list export is one sheet of
 * it, the monitoring report (services/reports) several.
 */
export interface StreamedWorkbook {
  /** Starts the next sheet; the one before must be committed. */
  sheet(spec: SheetSpec): StreamedSheet;
  /** Waits until the file has taken what the current sheet wrote, so memory stays flat. */
  drained(): Promise<void>;
  end(): Promise<void>;
  abort(): void;
}

export function xlsxWorkbook(path: string): StreamedWorkbook {
  const out = createWriteStream(path);
  // A disk error must fail the job, not the core: kept here and thrown at the next page.
  let failure: Error | null = null;
  out.on('error', (error) => (failure = error));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Exar';
  let current: ExcelJS.Worksheet | null = null;
  const check = () => {
    if (failure) throw failure;
  };
  return {
    sheet(spec) {
      const worksheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
      current = worksheet;
      worksheet.columns = spec.columns.map((c) => ({
        header: c.header,
        width: c.width,
        style: c.kind === 'date' ? { numFmt: DATE_FORMAT } : c.kind === 'euro' ? { numFmt: EURO_FORMAT } : {},
      }));
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
      const header = worksheet.getRow(1);
      header.font = { bold: true };
      header.commit();
      const kinds = spec.columns.map((c) => c.kind);
      return {
        row(values) {
          worksheet.addRow(values.map((v, i) => excelValue(kinds[i] ?? 'text', v))).commit();
        },
        commit() {
          worksheet.commit();
        },
      };
    },
    async drained() {
      check();
      const pipes = (current as unknown as { stream?: { pipes?: Pipe[] } } | null)?.stream?.pipes ?? [];
      for (const pipe of pipes) if (pipe._writableState?.needDrain) await once(pipe, 'drain');
      check();
    },
    async end() {
      await workbook.commit();
      check();
    },
    abort() {
      // Not committed: finishing the zip would only write what is thrown away next.
      out.destroy();
    },
  };
}

export function xlsxWriter(path: string, spec: SheetSpec): SheetWriter {
  const book = xlsxWorkbook(path);
  const sheet = book.sheet(spec);
  return {
    row: (values) => sheet.row(values),
    drained: () => book.drained(),
    async end() {
      sheet.commit();
      await book.end();
    },
    abort: () => book.abort(),
  };
}

/** A cell Excel would run as a formula (=, +, -, @) is text with a leading apostrophe; quotes where needed. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 2026-12-07 → 07/12/2026. */
function italianDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

function csvValue(kind: ColumnKind, value: CellValue): string {
  if (value === null) return '';
  // Numbers are never guarded: a negative amount must stay a number for Excel.
  if (kind === 'euro' && typeof value === 'number') return (value / 100).toFixed(2).replace('.', ',');
  if (kind === 'integer' && typeof value === 'number') return String(value);
  if (kind === 'date' && typeof value === 'string') return italianDay(value);
  return csvCell(String(value));
}

/** Italian Excel reads ';' as the separator and needs the BOM to take the text as UTF-8. */
const BOM = '\uFEFF';

export function csvWriter(path: string, sheet: SheetSpec): SheetWriter {
  const fd = openSync(path, 'w');
  const kinds = sheet.columns.map((c) => c.kind);
  let pending = `${BOM}${sheet.columns.map((c) => csvCell(c.header)).join(';')}\r\n`;
  let open = true;
  const flush = () => {
    if (pending) writeSync(fd, pending, null, 'utf8');
    pending = '';
  };
  const close = () => {
    if (!open) return;
    open = false;
    closeSync(fd);
  };
  return {
    row(values) {
      pending += `${values.map((v, i) => csvValue(kinds[i] ?? 'text', v)).join(';')}\r\n`;
    },
    async drained() {
      try {
        flush();
      } catch (error) {
        close();
        throw error;
      }
    },
    async end() {
      try {
        flush();
      } finally {
        close();
      }
    },
    abort: close,
  };
}
