/**
 * The XML text of one part from the object docx's components give (`prepForXml`), written exactly as
 * docx's own writer does, quirks included. docx does not export its writer, and the packer in
 * package.ts writes the parts that change per document itself (the rest it copies from a document
 * docx packed): the text must be the same, byte for byte, or Word would see a different document
 * depending on which of the two wrote it (package.test.ts compares every part).
 *
 * Strings are joined directly instead of going through docx's intermediate tree of tags, which is
 * what makes it faster: the body of a convenzione is about 40 KB of XML.
 */
import type { IXmlableObject } from 'docx';

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
export const STANDALONE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// Characters XML 1.0 cannot hold are dropped, as docx does.
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
 * an element with nothing in it closes itself, one whose value is `undefined` does not.
 */
function element(data: Readonly<Record<string, unknown>>): string {
  const name = firstKey(data);
  const values = name === undefined ? undefined : data[name];
  let attributes = '';
  const content: string[] = [];
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Readonly<Record<string, unknown>>; _cdata?: string };
      if (attr) attributes += attributesOf(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let text = false;
        content.push('');
        for (const child of values as readonly unknown[]) {
          if (isRecord(child)) {
            if (firstKey(child) === '_attr') attributes += attributesOf(child._attr as Readonly<Record<string, unknown>>);
            else content.push(element(child));
          } else {
            content.pop();
            text = true;
            content.push(escaped(child));
          }
        }
        if (!text) content.push('');
      }
    }
  } else {
    content.push(values === undefined ? '' : escaped(values));
  }
  const open = name === undefined ? '' : `<${name}`;
  if (content.length === 0) return `${open}${attributes}/>`;
  return `${open}${attributes}${name === undefined ? '' : '>'}${content.join('')}${name === undefined ? '' : `</${name}>`}`;
}

/** The part's text: the declaration docx gives that part, then the element. */
export function xmlText(data: IXmlableObject, declaration: string): string {
  return declaration + element(data);
}
