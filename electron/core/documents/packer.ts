/**
 * Packs a built-in document into its .docx without redoing, for every document, what is the same in
 * all of them. docx's Packer writes and deflates some twenty parts each time; styles, theme,
 * numbering, settings, fonts, notes, content types and relationships come out identical for every
 * document our `assemble` makes, and so does the header for a given office. Only the body, the
 * footer (file number) and the core properties (title, dates) change.
 *
 * So the first document with a given header is packed by docx itself, and its other parts, deflated
 * once, become a frame kept for the process; the next documents write only their own three parts
 * (xml-text.ts, with the blocks remembered.ts already has) and are zipped with the frame's
 * (zip-parts.ts). Anything that would make a shared part depend on the document (an image, a list,
 * a note, a link in the body or footer) sends that document to docx's Packer, whole: it is only
 * slower. packer.test.ts compares every part with docx's for every kind of document.
 */
import { Packer, type Document, type IContext, type IXmlableObject } from 'docx';
import { unzipSync } from 'fflate';
import { DECLARATION, ownWritingContext, STANDALONE, xmlText } from './xml-text';
import { zipPart, zipParts, type ZipPart } from './zip-parts';

/** A part the frame does not hold: written for each document. */
interface OwnPart {
  readonly own: string;
}

interface Frame {
  /** In docx's order, so a framed document lists its parts as docx would. */
  readonly parts: readonly (ZipPart | OwnPart)[];
}

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
const footerName = (i: number) => `word/footer${i + 1}.xml`;

/**
 * What docx completes only when packing the whole file: `{…}` placeholders for images and lists
 * (their ids), and references to notes and comments (their parts). A brace in ordinary text counts
 * too: such a document is packed by docx, correctly, only slower.
 */
const PACKED_BY_DOCX = /\{|<w:(?:footnote|endnote|comment)Reference\b/;

/**
 * Deflate levels. The shared parts are compressed once, so as small as they go; a body at level 3
 * takes a quarter of the time level 6 (docx's) does, for 8% more bytes (about 500 a document).
 */
const SHARED_LEVEL = 9;
const OWN_LEVEL = 3;

/** Header variations seen in one process: an office's portrait and landscape pages, a new logo. */
const MAX_FRAMES = 8;

interface OwnXml {
  /** The header parts' XML before docx numbers their images: the same text means the same shared parts. */
  key: string;
  texts: ReadonlyMap<string, string>;
}

function xmlOf(view: { prepForXml(context: IContext): IXmlableObject | undefined }, context: IContext, declaration: string): string {
  const object = view.prepForXml(context);
  if (!object) throw new Error('docx did not write a part of the document');
  return xmlText(object, declaration);
}

/**
 * The document's own parts, as docx would write them, or null when the document needs what only
 * docx's Packer does (see PACKED_BY_DOCX, and links or embedded parts that add relationships).
 */
function ownXml(file: Document): OwnXml | null {
  const links = file.Document.Relationships.RelationshipCount;
  const footerLinks = file.Footers.map((f) => f.Relationships.RelationshipCount);
  const texts = new Map<string, string>();
  texts.set(DOCUMENT, xmlOf(file.Document.View, ownWritingContext(file, file.Document), STANDALONE));
  file.Footers.forEach((f, i) => texts.set(footerName(i), xmlOf(f.View, ownWritingContext(file, f), DECLARATION)));
  for (const text of texts.values()) if (PACKED_BY_DOCX.test(text)) return null;
  if (file.Document.Relationships.RelationshipCount !== links) return null;
  if (file.Footers.some((f, i) => f.Relationships.RelationshipCount !== footerLinks[i])) return null;
  if (file.PackageParts.Array.length > 0) return null;
  texts.set(CORE, xmlOf(file.CoreProperties, ownWritingContext(file, file.Document), STANDALONE));
  const headers = file.Headers.map((h) => xmlOf(h.View, ownWritingContext(file, h), DECLARATION));
  return { key: `${file.Footers.length}\n${headers.join('\n')}`, texts };
}

/** The frame from docx's own package of a document, or null if docx did not write every part the document writes itself. */
function frameOf(packed: Uint8Array, own: ReadonlyMap<string, string>): Frame | null {
  const parts = Object.entries(unzipSync(packed)).map(([name, bytes]): ZipPart | OwnPart => (own.has(name) ? { own: name } : zipPart(name, bytes, SHARED_LEVEL)));
  return parts.filter((p) => 'own' in p).length === own.size ? { parts } : null;
}

/** The frames of one process (one per header), and the packing that uses them. */
export class DocxPacker {
  private readonly frames = new Map<string, Frame>();
  private readonly encoder = new TextEncoder();

  /** The .docx of the document: from a frame when it can, else by docx (which then makes the frame). */
  async pack(file: Document): Promise<Buffer> {
    const own = ownXml(file);
    if (!own) return Packer.toBuffer(file);
    const framed = this.fromFrame(own);
    if (framed) return framed;
    const packed = await Packer.toBuffer(file);
    const frame = frameOf(packed, own.texts);
    if (frame) {
      if (this.frames.size >= MAX_FRAMES) this.frames.delete(this.frames.keys().next().value!);
      this.frames.set(own.key, frame);
    }
    return packed;
  }

  /** The .docx from an existing frame, or null when the document has none yet or must be packed by docx. */
  packFromFrame(file: Document): Buffer | null {
    const own = ownXml(file);
    return own ? this.fromFrame(own) : null;
  }

  private fromFrame(own: OwnXml): Buffer | null {
    const frame = this.frames.get(own.key);
    if (!frame) return null;
    const parts: ZipPart[] = [];
    for (const part of frame.parts) {
      if (!('own' in part)) parts.push(part);
      else {
        const text = own.texts.get(part.own);
        // Cannot happen while the key counts the footers; if it did, docx packs the document.
        if (text === undefined) return null;
        parts.push(zipPart(part.own, this.encoder.encode(text), OWN_LEVEL));
      }
    }
    return zipParts(parts, new Date());
  }
}
