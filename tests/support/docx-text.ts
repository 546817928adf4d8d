/**
 * The plain text of a generated .docx, for tests: unzips it (fflate) and reads the body
 * (word/document.xml) and every header and footer part. Paragraphs end with a newline, table cells
 * are separated by « | », tabs stay tabs; XML entities are decoded.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxText {
  body: string;
  headers: string;
  footers: string;
  /** Body, headers and footers together. */
  all: string;
  /** Names of the parts in the package (word/document.xml, word/media/image1.png, …). */
  parts: string[];
  /** The raw XML of the body, for the assertions text cannot make. */
  documentXml: string;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * The text of one WordprocessingML part: a paragraph ends with a newline, except inside a table
 * cell, where paragraphs are joined by a space; cells end with « | » and rows with a newline. Fields
 * (page numbers) show as {PAGE}.
 */
export function xmlText(xml: string): string {
  const out: string[] = [];
  let cellDepth = 0;
  const token = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<\/w:p>|<w:tc>|<w:tc\s[^>]*>|<\/w:tc>|<\/w:tr>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g;
  for (const m of xml.matchAll(token)) {
    const tag = m[0];
    if (m[1] !== undefined) out.push(decode(m[1]));
    else if (m[2] !== undefined) out.push(`{${m[2].trim().split(/\s+/)[0]}}`);
    else if (tag === '<w:tab/>') out.push('\t');
    else if (tag === '<w:br/>') out.push(cellDepth > 0 ? ' ' : '\n');
    else if (tag === '</w:p>') out.push(cellDepth > 0 ? ' ' : '\n');
    else if (tag.startsWith('<w:tc')) cellDepth++;
    else if (tag === '</w:tc>') {
      cellDepth--;
      // Drop the space the cell's last paragraph left.
      if (out[out.length - 1] === ' ') out.pop();
      out.push(' | ');
    } else if (tag === '</w:tr>') {
      if (out[out.length - 1] === ' | ') out[out.length - 1] = ' |';
      out.push('\n');
    }
  }
  return out.join('');
}

/** The cells of a table row as `xmlText` writes it («a | b | c |»), trimmed. */
export function cellsOf(row: string): string[] {
  return row.replace(/\s*\|\s*$/, '').split('|').map((c) => c.trim());
}

export function docxText(file: Uint8Array): DocxText {
  const files = unzipSync(file);
  const parts = Object.keys(files).sort();
  const read = (name: string) => strFromU8(files[name]!);
  const documentXml = read('word/document.xml');
  const body = xmlText(documentXml);
  const headers = parts.filter((p) => /^word\/header\d*\.xml$/.test(p)).map((p) => xmlText(read(p))).join('\n');
  const footers = parts.filter((p) => /^word\/footer\d*\.xml$/.test(p)).map((p) => xmlText(read(p))).join('\n');
  return { body, headers, footers, all: `${headers}\n${body}\n${footers}`, parts, documentXml };
}

/** What a filled document must never show: placeholders, or values printed as code would. */
export const LEFTOVERS = ['{{', '}}', 'undefined', 'null', 'NaN', '[object', 'Invalid'];

/** The leftovers found in a text (an empty list when the document is clean). */
export function leftoversIn(text: string): string[] {
  return LEFTOVERS.filter((l) => text.includes(l));
}
