/**
 * The pieces the documents are made of: titles, numbered articles, text with bold values, lists,
 * the two-column table of a party's data, the weekly schedule and the signature blocks. Each returns
 * docx elements; none knows which document it is in. Formatting comes from the named styles of
 * styles.ts, so runs and cells carry only what differs (bold values, shading, alignment). The
 * blocks at the top of the body are remembered by their arguments (remembered.ts): the same
 * paragraph or table in the next document is not made again.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableLayoutType, TableRow, TableCell, TextRun, WidthType, type FileChild, type IBorderOptions } from 'docx';
import type { ScheduleDay } from '@shared/documents/context';
import { WEEKDAYS } from '@shared/rules/calendar';
import { BLANK, DASH, dateOrBlank, hours } from './format';
import { remember } from './remembered';
import { LINE, SIZE, STYLE } from './styles';

/** A piece of text in a sentence: plain, or bold for a value filled from the file. */
export type Piece = string | { bold: string } | { italic: string };

/** Bold: the values the file fills in. */
export const v = (text: string): Piece => ({ bold: text });

const textOf = (p: Piece) => (typeof p === 'string' ? p : 'bold' in p ? p.bold : p.italic);

/** Runs for the pieces; `size` only where it differs from the paragraph's style. */
export function runs(pieces: readonly Piece[], size?: number): TextRun[] {
  return pieces
    .filter((p) => textOf(p) !== '')
    .map((p) => {
      if (typeof p === 'string') return size ? new TextRun({ text: p, size }) : new TextRun(p);
      return 'bold' in p ? new TextRun({ text: p.bold, bold: true, size }) : new TextRun({ text: p.italic, italics: true, size });
    });
}

/** The document's title, centred, with an optional line under it (number and date). */
export function title(text: string, subtitle?: string, options: { compact?: boolean } = {}): FileChild[] {
  const out = [remember(['title', text, Boolean(subtitle), options], 'w:p', () => new Paragraph({ style: STYLE.title, spacing: options.compact ? { before: 0, after: subtitle ? 40 : 120 } : subtitle ? undefined : { after: 240 }, children: [new TextRun(text.toUpperCase())] }))];
  if (subtitle) out.push(remember(['subtitle', subtitle, options], 'w:p', () => new Paragraph({ style: STYLE.subtitle, spacing: options.compact ? { after: 120 } : undefined, children: [new TextRun(subtitle)] })));
  return out;
}

/** A centred line under the title (e.g. «ai sensi della DGR …»). */
export function centred(pieces: readonly Piece[]): FileChild {
  return remember(['centred', pieces], 'w:p', () => new Paragraph({ style: STYLE.subtitle, children: runs(pieces) }));
}

/** A section or article heading, kept with what follows it: «Art. 3 – Obblighi del soggetto promotore». */
export function heading(text: string): FileChild {
  return remember(['heading', text], 'w:p', () => new Paragraph({ style: STYLE.heading, children: [new TextRun(text)] }));
}

/** «Art. n – Title» */
export function article(n: number, text: string): FileChild {
  return heading(`Art. ${n} – ${text}`);
}

export interface ParaOptions {
  keepNext?: boolean;
  before?: number;
  after?: number;
  size?: number;
  align?: 'left' | 'justify' | 'center';
}

/** A justified paragraph. `keepNext` keeps it with what follows (a table, a signature). */
export function para(pieces: readonly Piece[] | string, options: ParaOptions = {}): FileChild {
  return remember(['para', pieces, options], 'w:p', () => {
    const list = typeof pieces === 'string' ? [pieces] : pieces;
    const alignment = options.align === 'left' ? AlignmentType.LEFT : options.align === 'center' ? AlignmentType.CENTER : undefined;
    const spacing = options.before !== undefined || options.after !== undefined ? { before: options.before, after: options.after ?? 100 } : undefined;
    return new Paragraph({ style: STYLE.body, alignment, keepNext: options.keepNext, spacing, children: runs(list, options.size) });
  });
}

/** A list with letters or dashes and a hanging indent: «a) …», «– …». */
export function list(items: readonly (readonly Piece[] | string)[], style: 'letters' | 'dash' = 'letters'): FileChild[] {
  return items.map((item, i) => {
    const mark = style === 'letters' ? `${String.fromCharCode(97 + i)})` : '–';
    return remember(['item', mark, item], 'w:p', () => new Paragraph({ style: STYLE.listItem, children: runs([`${mark}\t`, ...(typeof item === 'string' ? [item] : item)]) }));
  });
}

/** Premises: «– visto …;» lines. */
export function recitals(items: readonly (readonly Piece[] | string)[]): FileChild[] {
  return list(items, 'dash');
}

/** Lines to write on by hand, for a text the file does not have yet; `keepNext` keeps them with what follows (a signature). */
export function writingLines(count: number, options: { keepNext?: boolean } = {}): FileChild[] {
  const line = remember(['line', options], 'w:p', () => new Paragraph({ keepNext: options.keepNext, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: '_'.repeat(86), color: LINE })] }));
  return Array.from({ length: count }, () => line);
}

/** A text from the file, split into its paragraphs, or lines to write on when it is empty. */
export function textOrLines(text: string | null, lines = 3): FileChild[] {
  const parts = (text ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 ? parts.map((p) => para(p)) : writingLines(lines);
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: LINE };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
export const LABEL_FILL = 'EDEFF2';
export const HEAD_FILL = 'DCE1E8';
const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };
const TIGHT_MARGINS = { top: 20, bottom: 20, left: 50, right: 50 };

export interface CellOptions {
  fill?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** SIZE.small for the small table text; the table text size otherwise. */
  size?: number;
  italic?: boolean;
  span?: number;
}

/** A table cell holding text (lines split on \n), never empty: Word needs a paragraph in it. */
export function cell(content: readonly Piece[] | string, width: number, options: CellOptions = {}): TableCell {
  const text = typeof content === 'string' ? [content] : content;
  const alignment = options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : undefined;
  const style = options.size === SIZE.small ? STYLE.cellSmall : STYLE.cell;
  const lines: Piece[][] = [[]];
  for (const piece of text) {
    textOf(piece)
      .split('\n')
      .forEach((part, i) => {
        if (i > 0) lines.push([]);
        lines[lines.length - 1]!.push(typeof piece === 'string' ? (options.bold ? { bold: part } : options.italic ? { italic: part } : part) : 'bold' in piece ? { bold: part } : { italic: part });
      });
  }
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    children: lines.map((line) => new Paragraph({ style, alignment, children: runs(line) })),
  });
}

export function table(rows: TableRow[], columnWidths: number[], options: { borders?: boolean; tight?: boolean } = {}): Table {
  return new Table({
    rows,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: options.tight ? TIGHT_MARGINS : CELL_MARGINS,
    borders: options.borders === false ? NO_BORDERS : BORDERS,
  });
}

/** One row of a party's data: the label, and the value or the dash. */
export type DataRow = readonly [label: string, value: string | null];

/**
 * The two-column table of a party's data (label | value), with an optional caption row on top.
 * A missing value prints «—». A row never splits across pages; a short table stays whole, and a
 * long one breaks only where at least three rows stay on each side.
 */
export function dataTable(rows: readonly DataRow[], width: number, caption?: string): FileChild {
  return remember(['dataTable', rows, width, caption], 'w:tbl', () => dataTableOf(rows, width, caption));
}

function dataTableOf(rows: readonly DataRow[], width: number, caption?: string): Table {
  const labelWidth = Math.round(width * 0.34);
  const valueWidth = width - labelWidth;
  const out: TableRow[] = [];
  if (caption) {
    out.push(new TableRow({ cantSplit: true, tableHeader: true, keepNext: true, children: [cell([{ bold: caption }], width, { fill: HEAD_FILL, span: 2 })] }));
  }
  rows.forEach(([label, value], i) => {
    out.push(
      new TableRow({
        cantSplit: true,
        keepNext: rows.length <= 8 ? i < rows.length - 1 : i < 2 || i >= rows.length - 3,
        children: [cell(label, labelWidth, { fill: LABEL_FILL }), cell(value !== null && value.trim() !== '' ? value : DASH, valueWidth)],
      }),
    );
  });
  return table(out, [labelWidth, valueWidth]);
}

/** A table with a header row (repeated on every page) and plain rows of text; in the total row a null cell widens the one before it. */
export function gridTable(head: readonly string[], rows: readonly (readonly string[])[], widths: number[], options: GridOptions = {}): FileChild {
  return remember(['gridTable', head, rows, widths, options], 'w:tbl', () => gridTableOf(head, rows, widths, options));
}

interface GridOptions {
  align?: readonly ('left' | 'center' | 'right')[];
  total?: readonly (string | null)[];
}

function gridTableOf(head: readonly string[], rows: readonly (readonly string[])[], widths: number[], options: GridOptions): Table {
  const headRow = new TableRow({ tableHeader: true, cantSplit: true, keepNext: true, children: head.map((h, i) => cell([{ bold: h }], widths[i]!, { fill: HEAD_FILL, align: options.align?.[i] })) });
  const body = rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text === '' ? DASH : text, widths[i]!, { align: options.align?.[i] })) }));
  const totalCells: TableCell[] = [];
  options.total?.forEach((text, i) => {
    if (text === null) return;
    let span = 1;
    while (options.total![i + span] === null) span++;
    const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
    totalCells.push(cell([{ bold: text }], width, { fill: LABEL_FILL, align: span > 1 ? 'left' : options.align?.[i], span: span > 1 ? span : undefined }));
  });
  const total = options.total ? [new TableRow({ cantSplit: true, children: totalCells })] : [];
  return table([headRow, ...body, ...total], widths);
}

/**
 * The weekly schedule, Monday to Sunday: time slot and hours per day, the week's total at the
 * bottom. Without a schedule the slots and hours are lines to fill by hand (the total is printed
 * when the file has the weekly hours).
 */
export function scheduleTable(schedule: readonly ScheduleDay[], weeklyHours: number | null, width: number): FileChild {
  const names = ['Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica'];
  const widths = [Math.round(width * 0.26), Math.round(width * 0.52)];
  widths.push(width - widths[0]! - widths[1]!);
  const byDay = new Map(schedule.map((d) => [d.weekday, d]));
  const rows = WEEKDAYS.map((weekday) => {
    const day = byDay.get(weekday);
    if (schedule.length === 0) return [names[weekday - 1]!, BLANK.medium, BLANK.short];
    if (!day || day.hours === 0) return [day?.label ?? names[weekday - 1]!, 'Riposo', DASH];
    return [day.label, day.slot ?? 'Orario da concordare con il tutor', hours(day.hours)];
  });
  const total = weeklyHours ?? (schedule.length > 0 ? schedule.reduce((sum, d) => sum + Math.round(d.hours * 100), 0) / 100 : null);
  return gridTable(['Giorno', 'Fascia oraria', 'Ore'], rows, widths, { align: ['left', 'left', 'center'], total: ['Totale settimanale', null, total === null ? BLANK.short : hours(total)] });
}

// ---------------------------------------------------------------------------------------------
// Signatures
// ---------------------------------------------------------------------------------------------

export interface Signer {
  /** «Per il soggetto promotore», «Il tirocinante». */
  role: string;
  /** The organisation, when the signer signs for one. */
  organisation?: string | null;
  /** Who signs: «Mario Rossi, legale rappresentante»; null prints a line to write the name. */
  name: string | null;
  /** Under the line: «(timbro e firma)», «(firma)». */
  hint?: string;
}

/**
 * «Luogo e data» with the place filled when known and the date always left to write by hand (a
 * document is signed days after it is prepared), then one column per signer with the role, the
 * organisation, the name and a line to sign on. Each of these is a row of its own, so the lines stay
 * level even when a name wraps; the block is kept together on one page. `compact` puts role and
 * name on one line and leaves less room to sign (the register's foot).
 */
export function signatures(place: string | null, signers: readonly Signer[], width: number, options: { compact?: boolean } = {}): FileChild[] {
  return [
    remember(['signaturesPlace', place, options], 'w:p', () => placeAndDate(place, options)),
    remember(['signatures', signers, width, options], 'w:tbl', () => signatureTable(signers, width, options)),
  ];
}

function placeAndDate(place: string | null, options: { compact?: boolean }): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    keepNext: true,
    keepLines: true,
    spacing: options.compact ? { before: 120, after: 60 } : { before: 240, after: 200 },
    children: runs(['Luogo e data: ', place ? { bold: place } : BLANK.medium, `, ${dateOrBlank(null)}`]),
  });
}

function signatureTable(signers: readonly Signer[], width: number, options: { compact?: boolean }): Table {
  // A single signer signs on the right half, as on a letter.
  const columns: (Signer | null)[] = signers.length === 1 ? [null, signers[0]!] : [...signers];
  const columnWidth = Math.floor(width / columns.length);
  const widths = columns.map(() => columnWidth);
  const hasOrganisation = columns.some((s) => s?.organisation);
  const line = (pieces: readonly Piece[], style: string = STYLE.signature) => new Paragraph({ style, children: runs(pieces) });
  const row = (make: (s: Signer) => Paragraph, last = false) =>
    new TableRow({
      cantSplit: true,
      keepNext: !last,
      children: columns.map((s) => new TableCell({ width: { size: columnWidth, type: WidthType.DXA }, children: [s ? make(s) : new Paragraph({ style: STYLE.signature, keepNext: !last, children: [] })] })),
    });
  const rows = [
    ...(options.compact
      ? [row((s) => line([{ bold: `${s.role}:` }, ` ${s.name ?? BLANK.medium}`]))]
      : [row((s) => line([{ bold: s.role }])), ...(hasOrganisation ? [row((s) => line([s.organisation ?? '']))] : []), row((s) => line([s.name ?? BLANK.medium]))]),
    // The line to sign on: a bottom border, level in every column.
    row(() => new Paragraph({ style: STYLE.signature, spacing: { before: options.compact ? 480 : 600, after: 20 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '404040', space: 1 } }, children: [] })),
    row((s) => line([s.hint ?? '(firma)'], STYLE.signatureHint), true),
  ];
  return new Table({ rows, width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, margins: { top: 0, bottom: 0, left: 140, right: 140 }, borders: NO_BORDERS });
}
