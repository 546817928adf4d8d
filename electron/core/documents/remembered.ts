/**
 * Blocks remembered by what they were made from. From one file to the next most of a document is
 * the same: the legal text, the labels, the office's own data. Making docx's objects for a block and
 * having docx turn them into XML is most of what a document costs, and a block function's output
 * depends only on its arguments, so the XML docx gave for the same arguments is given again.
 *
 * For paragraphs and tables of text only, at the top of the body: nothing that adds to the package
 * (an image, a list, a link, a note), whose addition would be skipped the second time.
 */
import { FileChild, Paragraph, Table, type IContext, type IXmlableObject } from 'docx';

/** Blocks kept at most: a few hundred per kind of document; past this, those of the oldest files go. */
const MAX_BLOCKS = 4000;

/** A block docx wrote once; the same XML object for every document it is in (docx only reads it). */
class Remembered extends FileChild {
  private xml: IXmlableObject | undefined;

  constructor(private readonly block: Paragraph | Table) {
    super(block instanceof Table ? 'w:tbl' : 'w:p');
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    this.xml ??= this.block.prepForXml(context);
    return this.xml;
  }
}

const blocks = new Map<string, Remembered>();

/** The block made by `make`, or the one made before from the same `from` (its function's name and arguments). */
export function remember(from: readonly unknown[], make: () => Paragraph | Table): FileChild {
  const key = JSON.stringify(from);
  const known = blocks.get(key);
  if (known) {
    // Most recently used last, so the oldest go first.
    blocks.delete(key);
    blocks.set(key, known);
    return known;
  }
  const block = new Remembered(make());
  if (blocks.size >= MAX_BLOCKS) blocks.delete(blocks.keys().next().value!);
  blocks.set(key, block);
  return block;
}
