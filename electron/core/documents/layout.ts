/**
 * The page every built-in document shares: A4, Arial, the promoter's name (and logo, if the office
 * set one) in the header, the document's name, the file number and «Pagina X di Y» in the footer.
 * A kind's module gives its body; `assemble` wraps it into a Word document.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, LineRuleType, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType, type FileChild } from 'docx';
import type { DocumentContext } from '@shared/documents/context';
import { DOCUMENT_KIND_LABELS } from '@shared/documents/context';
import { fitInto, imageSize } from './image-size';
import { FONT, LINE, PARAGRAPH_STYLES, SIZE, STYLE } from './styles';

export { SIZE } from './styles';

const MM = 56.7; // twips in a millimetre
const A4 = { width: 11906, height: 16838 };

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
}

export const PORTRAIT: PageSetup = { orientation: 'portrait', margins: { top: 30, bottom: 22, left: 20, right: 20 } };

/** The width of the text on the page, in twips: tables take their columns from it. */
export function textWidth(page: PageSetup): number {
  const width = page.orientation === 'portrait' ? A4.width : A4.height;
  return Math.round(width - (page.margins.left + page.margins.right) * MM);
}

/** Logo box in the header: at most 45 × 14 mm (pixels at 96 dpi). */
const LOGO_BOX = { width: 170, height: 53 };

function header(ctx: DocumentContext, page: PageSetup): Header {
  const { promoter } = ctx;
  const right = textWidth(page);
  const logoSize = promoter.logo ? imageSize(promoter.logo.data, promoter.logo.type) : null;
  const name = new TextRun({ text: promoter.name, bold: true, size: SIZE.heading, color: '000000' });
  const office = new TextRun(promoter.officeName);
  if (promoter.logo && logoSize) {
    // Logo on the left, name and desk on the right: a borderless two-cell table, ruled below.
    const size = fitInto(logoSize, LOGO_BOX);
    const logoWidth = Math.round(50 * MM);
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const cellOptions = { margins: { top: 0, bottom: 60, left: 0, right: 0 }, verticalAlign: VerticalAlign.BOTTOM };
    return new Header({
      children: [
        new Table({
          width: { size: right, type: WidthType.DXA },
          columnWidths: [logoWidth, right - logoWidth],
          layout: TableLayoutType.FIXED,
          borders: { top: none, left: none, right: none, insideHorizontal: none, insideVertical: none, bottom: { style: BorderStyle.SINGLE, size: 6, color: LINE } },
          rows: [
            new TableRow({
              children: [
                new TableCell({
                  ...cellOptions,
                  width: { size: logoWidth, type: WidthType.DXA },
                  // The document's only drawing, so id 1: docx would number it from a counter of the
                  // whole process, and the header would differ from one document to the next (packer.ts
                  // shares one header among an office's documents).
                  children: [new Paragraph({ spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [new ImageRun({ type: promoter.logo.type, data: promoter.logo.data, transformation: size, altText: { id: '1', name: 'Logo', description: `Logo di ${promoter.name}`, title: 'Logo' } })] })],
                }),
                new TableCell({
                  ...cellOptions,
                  width: { size: right - logoWidth, type: WidthType.DXA },
                  children: [
                    new Paragraph({ style: STYLE.headerFooter, alignment: AlignmentType.RIGHT, children: [name] }),
                    new Paragraph({ style: STYLE.headerFooter, alignment: AlignmentType.RIGHT, children: [office] }),
                  ],
                }),
              ],
            }),
          ],
        }),
        new Paragraph({ style: STYLE.headerFooter, children: [] }),
      ],
    });
  }
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops: [{ type: TabStopType.RIGHT, position: right }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: LINE, space: 4 } },
        children: [name, new TextRun('\t'), office],
      }),
    ],
  });
}

function footer(ctx: DocumentContext, page: PageSetup): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(page) }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: LINE, space: 4 } },
        children: [
          new TextRun(`${DOCUMENT_KIND_LABELS[ctx.kind]} · Pratica n. ${ctx.internship.number}`),
          new TextRun('\t'),
          new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** The Word document: styles, page, header and footer around a kind's body. */
export function assemble(ctx: DocumentContext, body: FileChild[], page: PageSetup = PORTRAIT): Document {
  const landscape = page.orientation === 'landscape';
  return new Document({
    creator: ctx.promoter.name,
    lastModifiedBy: ctx.promoter.officeName,
    title: `${DOCUMENT_KIND_LABELS[ctx.kind]} – pratica ${ctx.internship.number}`,
    description: `Generato il ${ctx.generatedOn} da ${ctx.promoter.officeName}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: 'it-IT' } },
          paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: {
              // A logo makes the header taller: the text starts lower so it never touches the rule.
              top: Math.round((page.margins.top + (ctx.promoter.logo ? 6 : 0)) * MM),
              bottom: Math.round(page.margins.bottom * MM),
              left: Math.round(page.margins.left * MM),
              right: Math.round(page.margins.right * MM),
              header: Math.round(10 * MM),
              footer: Math.round(9 * MM),
            },
          },
        },
        headers: { default: header(ctx, page) },
        footers: { default: footer(ctx, page) },
        children: body,
      },
    ],
  });
}

