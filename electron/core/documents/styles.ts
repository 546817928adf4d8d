/**
 * The documents' paragraph styles. Formatting lives here, once, instead of on every run and cell:
 * the files are smaller, build faster (the `docx` serializer pays for every attribute) and an office
 * that opens one in Word finds named styles («Testo tabella», «Titolo documento») to adjust.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';

export const FONT = 'Arial';
/** Sizes in half-points. */
export const SIZE = { small: 16, table: 18, body: 20, heading: 22, title: 28 } as const;
export const GREY = '595959';
export const LINE = '808080';

export const STYLE = {
  body: 'Corpo',
  title: 'TitoloDocumento',
  subtitle: 'SottotitoloDocumento',
  heading: 'Sezione',
  listItem: 'Elenco',
  cell: 'TestoTabella',
  cellSmall: 'TestoTabellaPiccolo',
  signature: 'Firma',
  signatureHint: 'NotaFirma',
  headerFooter: 'IntestazionePiede',
} as const;

const TIGHT = { after: 0, line: 240, lineRule: LineRuleType.AUTO };

export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  { id: STYLE.body, name: 'Corpo del documento', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED } },
  { id: STYLE.title, name: 'Titolo documento', basedOn: 'Normal', next: STYLE.subtitle, quickFormat: true, run: { bold: true, size: SIZE.title }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 40 } } },
  { id: STYLE.subtitle, name: 'Sottotitolo documento', basedOn: 'Normal', next: STYLE.body, quickFormat: true, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 200 } } },
  { id: STYLE.heading, name: 'Sezione', basedOn: 'Normal', next: STYLE.body, quickFormat: true, run: { bold: true, size: SIZE.heading }, paragraph: { keepNext: true, keepLines: true, spacing: { before: 220, after: 80 } } },
  { id: STYLE.listItem, name: 'Elenco puntato', basedOn: STYLE.body, quickFormat: true, paragraph: { indent: { left: 425, hanging: 340 }, keepLines: true, spacing: { after: 60 } } },
  { id: STYLE.cell, name: 'Testo tabella', basedOn: 'Normal', quickFormat: true, run: { size: SIZE.table }, paragraph: { spacing: TIGHT } },
  { id: STYLE.cellSmall, name: 'Testo tabella piccolo', basedOn: STYLE.cell, quickFormat: true, run: { size: SIZE.small } },
  { id: STYLE.signature, name: 'Firma', basedOn: STYLE.cell, quickFormat: true, paragraph: { alignment: AlignmentType.CENTER, keepNext: true } },
  { id: STYLE.signatureHint, name: 'Nota sotto la firma', basedOn: STYLE.cell, quickFormat: true, run: { italics: true, size: SIZE.small, color: GREY }, paragraph: { alignment: AlignmentType.CENTER } },
  { id: STYLE.headerFooter, name: 'Intestazione e piè di pagina', basedOn: 'Normal', quickFormat: true, run: { size: SIZE.small, color: GREY }, paragraph: { spacing: { after: 0 } } },
];
