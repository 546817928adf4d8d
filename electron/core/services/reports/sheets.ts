/**
 * The monitoring workbook's sheets (issue 16): one per breakdown of the figures, each with its
 * typed columns (the list exports' own column kinds: numbers are numbers, euro amounts are euro,
 * days are dates), and at a regional office one row per office of the protocol's figures.
 */
import { PROTOCOL_FIGURE_HELP, PROTOCOL_FIGURE_LABELS, PROTOCOL_FIGURES, type ProtocolFigure, type ProtocolFigures, type ReportFigures } from '@shared/api/reports';
import { date, euro, integer, text, valuesOf, type CellValue, type Column } from '../exports/columns';
import type { AllowanceMonth, FiguresWithDetail } from './figures';

/** A sheet ready to write: its name, its columns, its rows as cell values. */
export interface ReportSheet {
  name: string;
  columns: readonly { header: string; kind: Column<unknown>['kind']; width: number }[];
  rows: CellValue[][];
}

function sheet<R>(name: string, columns: Column<R>[], rows: readonly R[]): ReportSheet {
  return { name, columns, rows: rows.map((r) => valuesOf(columns, r)) };
}

/** Hours kept in hundredths, written as hours with their decimals. */
const hours = (centi: number) => centi / 100;

type FileRow = { label: string; started: number; ended: number; hired: number };
const fileColumns = (first: string, width: number): Column<FileRow>[] => [
  text(first, width, (r) => r.label),
  integer('Tirocini avviati', 16, (r) => r.started),
  integer('Tirocini finiti', 16, (r) => r.ended),
  integer('Finiti con assunzione', 20, (r) => r.hired),
];

/** The protocol's figures of one office, for the regional office's sheet. */
export interface OfficeFigures {
  office: string;
  protocol: ProtocolFigures;
  ended: number;
  hostCents: number;
  projectCents: number;
}

export interface SheetContext {
  detail: FiguresWithDetail;
  /** Null at a desk (one office) or when the report is one office's already. */
  offices: OfficeFigures[] | null;
  generatedAt: string;
  generatedBy: string;
}

export function reportSheets({ detail, offices, generatedAt, generatedBy }: SheetContext): ReportSheet[] {
  const f: ReportFigures = detail.figures;
  const sheets: ReportSheet[] = [
    sheet<ProtocolFigure>(
      'Protocollo',
      [text('Voce', 40, (k) => PROTOCOL_FIGURE_LABELS[k]), integer('Numero', 12, (k) => f.protocol[k]), text('Che cosa conta', 90, (k) => PROTOCOL_FIGURE_HELP[k])],
      PROTOCOL_FIGURES,
    ),
    sheet<ReportFigures['months'][number]>(
      'Avvii e fine per mese',
      [text('Mese', 18, (r) => r.label), integer('Tirocini avviati', 16, (r) => r.started), integer('Tirocini finiti', 16, (r) => r.ended)],
      f.months,
    ),
    sheet('Per tipo', fileColumns('Tipo di tirocinio', 50), f.types),
    sheet('Per categoria', fileColumns('Categoria di destinatari', 50), f.categories),
    sheet<ReportFigures['outcomes'][number]>(
      'Esiti',
      [
        text('Esito', 28, (r) => r.label),
        integer('Tirocini', 12, (r) => r.count),
        // A number with its decimal, not text: the sheet's reader can sum or chart it.
        integer('Percentuale sui finiti (%)', 24, (r) => r.percent),
      ],
      f.outcomes,
    ),
    sheet<ReportFigures['committees'][number]>(
      'Per comitato e provincia',
      [
        text('Comitato AICS', 40, (r) => r.committee),
        text('Provincia', 10, (r) => r.province),
        integer('Fabbisogni ricevuti', 18, (r) => r.needs),
        integer('Tirocini avviati', 16, (r) => r.started),
        integer('Tirocini finiti', 16, (r) => r.ended),
        integer('Finiti con assunzione', 20, (r) => r.hired),
      ],
      f.committees,
    ),
    sheet<ReportFigures['needsByMonth'][number]>(
      'Fabbisogni',
      [text('Mese di ricezione', 20, (r) => r.label), integer('Ricevuti', 12, (r) => r.received), integer('Coperti', 12, (r) => r.covered)],
      f.needsByMonth,
    ),
    sheet<AllowanceMonth>(
      'Ore e indennità',
      [
        text('Mese', 18, (r) => r.label),
        integer('Tirocini con il mese chiuso', 24, (r) => r.files),
        integer('Ore previste', 14, (r) => hours(r.plannedCentiHours)),
        integer('Ore svolte', 14, (r) => hours(r.attendedCentiHours)),
        euro('Indennità dovuta', (r) => r.dueCents),
        euro('Pagata dall’ospitante', (r) => r.hostCents),
        euro('Pagata dai progetti Exar', (r) => r.projectCents),
        integer('Mesi non ancora chiusi', 22, (r) => r.openMonths),
      ],
      detail.allowanceMonths,
    ),
  ];
  if (offices) {
    const columns: Column<OfficeFigures>[] = [
      text('Sportello', 36, (r) => r.office),
      ...PROTOCOL_FIGURES.map((k) => integer<OfficeFigures>(PROTOCOL_FIGURE_LABELS[k], 18, (r) => r.protocol[k])),
      integer('Tirocini finiti', 16, (r) => r.ended),
      euro('Pagata dall’ospitante', (r) => r.hostCents),
      euro('Pagata dai progetti Exar', (r) => r.projectCents),
    ];
    sheets.push(sheet('Per sportello', columns, offices));
  }
  // One row: the period and whose figures they are, each in a column of its kind.
  sheets.push(
    sheet<ReportFigures>(
      'Parametri',
      [
        date('Dal', () => f.from),
        date('Al', () => f.to),
        text('Operatore', 28, () => f.operatorLabel),
        text('Sportello', 30, () => f.officeLabel),
        text('Categorie di destinatari', 44, () => (f.categoriesFolded ? 'Le categorie tutelate in una sola riga' : 'Tutte le categorie, in chiaro')),
        text('Indennità', 50, () => 'Dai mesi chiusi dei registri presenze (importi bloccati alla chiusura)'),
        text('Creato il', 18, () => generatedAt),
        text('Da', 28, () => generatedBy),
      ],
      [f],
    ),
  );
  return sheets;
}
