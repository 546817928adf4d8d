/**
 * Blocks remembered by what they were made from. From one file to the next most of a document is
 * the same: the legal text, the labels, the office's own data. Making docx's objects for a block and
 * having docx turn them into XML is most of what a document costs, and a block function's output
 * depends only on its arguments, so the XML written for the same arguments is written again.
 *
 * Only the XML text is kept (docx's objects for a table weigh some 50 KB), and only the packer's own
 * writer (xml-text.ts) takes it: when docx's Packer writes a document (the first of an office, or
 * one it must pack itself) the block is made again by docx, as if nothing were remembered.
 *
 * For paragraphs and tables at the top of the body. One that refers to another part of the package
 * (an image, a list, a link, a note) is made by docx every time: those references are numbered, and
 * the parts added, only while docx writes the document.
 */
import { FileChild, type IContext, type IXmlableObject, type Paragraph, type Table } from 'docx';
import { isOwnWriting, writtenBlock, xmlOfBlock } from './xml-text';

/**
 * Blocks kept at most, about 7 KB each: some 170 are the same in every document, the rest are recent
 * files' own (a file's two documents share a few).
 */
const MAX_BLOCKS = 1000;

/**
 * What in a block's XML points at another part of the package (an image, a list, a link, a note)
 * or is completed when packing: such a block is made by docx every time, as if not remembered.
 */
const REFERS_OUTSIDE = /\{|\br:(?:id|embed|link)="|<w:(?:footnote|endnote|comment)Reference\b/;

class Remembered extends FileChild {
  /** The block's XML once written; null when it must be made every time (REFERS_OUTSIDE). */
  private text: string | null | undefined;

  constructor(
    private readonly make: () => Paragraph | Table,
    kind: 'w:p' | 'w:tbl',
  ) {
    super(kind);
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!isOwnWriting(context) || this.text === null) return this.make().prepForXml(context);
    if (this.text === undefined) {
      const xml = this.make().prepForXml(context);
      if (!xml) return undefined;
      const text = xmlOfBlock(xml);
      if (REFERS_OUTSIDE.test(text)) {
        this.text = null;
        return xml;
      }
      // Copied into one flat string: as built, by joining pieces, V8 keeps it as the tree of its
      // pieces, four times the memory.
      this.text = Buffer.from(text).toString();
    }
    return writtenBlock(this.text);
  }
}

const blocks = new Map<string, Remembered>();
let remembering = true;

/**
 * The block `make` makes, or the one made before from the same `from` (its function's name and
 * arguments: everything the block depends on). `kind`: what `make` makes, a paragraph or a table.
 */
export function remember(from: readonly unknown[], kind: 'w:p' | 'w:tbl', make: () => Paragraph | Table): FileChild {
  if (!remembering) return make();
  const key = JSON.stringify(from);
  const known = blocks.get(key);
  if (known) {
    // Most recently used last, so the least used go first.
    blocks.delete(key);
    blocks.set(key, known);
    return known;
  }
  const block = new Remembered(make, kind);
  if (blocks.size >= MAX_BLOCKS) blocks.delete(blocks.keys().next().value!);
  blocks.set(key, block);
  return block;
}

/**
 * What `build` makes with every block made anew by docx, nothing remembered given or kept: the
 * document as docx alone writes it, which the tests compare the remembered one with.
 */
export function freshly<T>(build: () => T): T {
  remembering = false;
  try {
    return build();
  } finally {
    remembering = true;
  }
}
