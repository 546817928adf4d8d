/**
 * The XML text of one part from the object docx's components give (`prepForXml`), written exactly as
 * docx's own writer does, quirks included. docx does not export its writer, and packer.ts writes
 * the parts that change per document itself (the rest it copies from a document docx packed): the
 * text must be the same, byte for byte, or Word would see a different document depending on which
 * of the two wrote it (packer.test.ts compares every part).
 *
 * Strings are joined directly instead of going through docx's intermediate tree of tags, which is
 * what makes it faster: the body of a convenzione is about 40 KB of XML.
 */
import type { Document, IContext, IXmlableObject } from 'docx';

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
export const STANDALONE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// Characters XML 1.0 cannot hold are dropped, as docx does.
// eslint-disable-next-line no-control-regex
const TO_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

function escaped(value: unknown): string {
  return typeof value === 'string' ? value.replace(TO_ESCAPE, (c) => ESCAPES[c] ?? '') : String(value);
}

/** The first own key: docx names an element by its object's first key (and `_attr` holds attributes). */
function firstKey(data: object): string | undefined {
  for (const key in data) return key;
  return undefined;
}

function attributesOf(attributes: Readonly<Record<string, unknown>>): string {
  let out = '';
  for (const key in attributes) out += ` ${key}="${escaped(attributes[key])}"`;
  return out;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/**
 * One element. docx's rules, kept because its output depends on them: attributes come from `_attr`
 * wherever it stands among the children; a text child replaces the child written just before it;
 * an element with nothing in it closes itself, one whose value is `undefined` does not. The children
 * are one string rather than a list, so replacing the last one means cutting at where it started.
 */
function element(data: Readonly<Record<string, unknown>>): string {
  const name = firstKey(data);
  const values = name === undefined ? undefined : data[name];
  let attributes = '';
  let inner = '';
  let empty = true;
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Readonly<Record<string, unknown>>; _cdata?: string };
      if (attr) attributes += attributesOf(attr);
      if (cdata) {
        inner += `<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
        empty = false;
      }
      if (Array.isArray(values)) {
        empty = false;
        let lastStart = inner.length;
        for (const child of values as readonly unknown[]) {
          if (isRecord(child)) {
            if (firstKey(child) === '_attr') attributes += attributesOf(child._attr as Readonly<Record<string, unknown>>);
            else {
              lastStart = inner.length;
              inner += blockText(child);
            }
          } else {
            inner = inner.slice(0, lastStart) + escaped(child);
          }
        }
      }
    }
  } else {
    inner = values === undefined ? '' : escaped(values);
    empty = false;
  }
  if (name === undefined) return empty ? `${attributes}/>` : `${attributes}${inner}`;
  return empty ? `<${name}${attributes}/>` : `<${name}${attributes}>${inner}</${name}>`;
}

/** Marks the contexts this writer formats a part in: remembered.ts gives them its blocks' text. */
const OWN_WRITING = Symbol('written by xml-text');
/** A block given as its text (remembered.ts): only this writer is given one, docx's never is. */
const WRITTEN = Symbol('block text');

/** The context to format a part of `file` in, for this writer. */
export function ownWritingContext(file: Document, viewWrapper: IContext['viewWrapper']): IContext {
  const context: IContext & { [OWN_WRITING]: true } = { file, viewWrapper, stack: [], [OWN_WRITING]: true };
  return context;
}

export function isOwnWriting(context: IContext): boolean {
  return OWN_WRITING in context;
}

/** Stands for a block whose text is already written, in place of its XML object. */
export function writtenBlock(text: string): IXmlableObject {
  const block: IXmlableObject = { [WRITTEN]: text };
  return block;
}

/** The text of a block of the body, from its XML object. */
export function xmlOfBlock(block: IXmlableObject): string {
  return element(block);
}

/** A child's text: written already if it is a remembered block, wherever it stands. */
function blockText(block: Readonly<Record<string | symbol, unknown>>): string {
  const written = block[WRITTEN];
  return typeof written === 'string' ? written : element(block);
}

/** The part's text: the declaration docx gives that part, then the element. */
export function xmlText(data: IXmlableObject, declaration: string): string {
  return declaration + element(data);
}
