/**
 * The .docx file around a template, before and after docx's patcher sees it: is it a Word document
 * the patcher can fill (a zip with a Word main part, not a .doc, a macro file or a .dotx), and is
 * any `{{` left in its text once filled.
 */
import { strFromU8, unzipSync } from 'fflate';
import { NotAZipError, unzipBounded, ZipLimitError } from '../../files/bounded-unzip';
import { hostileContent } from './hostile';

/** Larger than any letter-sized template with a logo; the service may be stricter. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;
/**
 * Caps on what the parts really inflate to (not what the zip declares), so a zip bomb stops while
 * it inflates: a letter-sized template with a logo unpacks to well under a megabyte or two.
 */
export const TEMPLATE_ZIP_LIMITS = {
  /** Word writes a few dozen parts; thousands of entries is a file built to exhaust the reader. */
  maxEntries: 500,
  maxTotalBytes: 64 * 1024 * 1024,
  /** One XML part (the body of a long template is a few MB). */
  maxPartBytes: 32 * 1024 * 1024,
  /** One image: a logo or a letterhead is well under this; docx copies it into every document. */
  maxMediaBytes: 8 * 1024 * 1024,
} as const;

const MEDIA = /(^|\/)media\//;
const MB = 1024 * 1024;

function entryCap(name: string): number {
  return MEDIA.test(name) ? TEMPLATE_ZIP_LIMITS.maxMediaBytes : TEMPLATE_ZIP_LIMITS.maxPartBytes;
}

function limitMessage(error: ZipLimitError): string {
  if (error.limit === 'entries') return `Il file .docx contiene più di ${error.cap} parti: non è un modello di Word normale. Aprilo in Word e salvalo di nuovo come «Documento di Word (.docx)».`;
  if (error.limit === 'total') return `Il file .docx, una volta aperto, supera ${error.cap / MB} MB: è troppo grande per essere un modello. Riduci o comprimi le immagini in Word e salvalo di nuovo.`;
  if (error.entryName && MEDIA.test(error.entryName)) {
    return `L’immagine «${error.entryName.split('/').pop() ?? error.entryName}» del modello supera ${error.cap / MB} MB: riducila in Word (Formato immagine › Comprimi immagini) e salva di nuovo il modello.`;
  }
  return `La parte «${error.entryName ?? ''}» del file .docx, una volta aperta, supera ${error.cap / MB} MB: non è un modello di Word normale. Aprilo in Word e salvalo di nuovo come .docx.`;
}

const MAIN_TYPES: Record<string, string | null> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': null,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml':
    'Il file è un modello di Word (.dotx): aprilo in Word e salvalo come «Documento di Word (.docx)».',
  'application/vnd.ms-word.document.macroEnabled.main+xml':
    'Il file contiene macro (.docm): salvalo in Word come «Documento di Word (.docx)», senza macro.',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml':
    'Il file è un modello di Word con macro (.dotm): salvalo in Word come «Documento di Word (.docx)».',
};

const NOT_DOCX = 'Il file non è un documento Word (.docx): aprilo in Word e salvalo come «Documento di Word (.docx)».';
const OLE_FILE =
  'Il file è un documento Word 97-2003 (.doc) o è protetto da password: aprilo in Word, togli l’eventuale password e salvalo come «Documento di Word (.docx)».';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Null when the bytes are a .docx the patcher can read, else why not, in Italian. */
export function checkDocxPackage(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'Il file è vuoto.';
  if (bytes.length > MAX_TEMPLATE_BYTES) return `Il file è troppo grande (${Math.ceil(bytes.length / 1024 / 1024)} MB): un modello può essere al massimo di ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB.`;
  if (startsWith(bytes, OLE_MAGIC)) return OLE_FILE;
  if (!startsWith(bytes, ZIP_MAGIC)) return NOT_DOCX;
  let files: Map<string, Uint8Array>;
  try {
    files = unzipBounded(bytes, { maxEntries: TEMPLATE_ZIP_LIMITS.maxEntries, maxTotalBytes: TEMPLATE_ZIP_LIMITS.maxTotalBytes, maxEntryBytes: entryCap });
  } catch (error) {
    if (error instanceof ZipLimitError) return limitMessage(error);
    if (error instanceof NotAZipError) return 'Il file .docx è danneggiato e non si può aprire: aprilo in Word e salvalo di nuovo.';
    throw error;
  }
  const types = files.get('[Content_Types].xml');
  if (!types) return NOT_DOCX;
  const xml = strFromU8(types);
  const main = /PartName="\/word\/document\.xml"\s+ContentType="([^"]+)"|ContentType="([^"]+)"\s+PartName="\/word\/document\.xml"/.exec(xml);
  const type = main?.[1] ?? main?.[2];
  if (!type || !(type in MAIN_TYPES)) return NOT_DOCX;
  const wrongKind = MAIN_TYPES[type];
  if (wrongKind) return wrongKind;
  // Refused by name, not cleaned: whoever uploads it learns what the file carries, and no part of it reaches a document.
  const hostile = hostileContent(files);
  return hostile.length > 0 ? hostile.join(' ') : null;
}

/** The parts whose text a reader sees: the body, headers, footers, footnotes and endnotes. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of each paragraph of a part, its runs joined (a placeholder split across runs reads whole). */
function paragraphTexts(xml: string): string[] {
  return xml.split('</w:p>').map((chunk) => decode([...chunk.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('')));
}

/** A `{{` left in the text, with the placeholder it opens when it closes. */
export interface Leftover {
  /** The key between the braces, trimmed, or null for a `{{` that never closes. */
  key: string | null;
  /** The text around it, for the message. */
  excerpt: string;
}

/** Every `{{` still in the text of a .docx (none once a template is filled). */
export function findLeftovers(docx: Uint8Array): Leftover[] {
  const parts = unzipSync(docx, { filter: (file) => TEXT_PART.test(file.name) });
  const found: Leftover[] = [];
  for (const name of Object.keys(parts).sort()) {
    for (const text of paragraphTexts(strFromU8(parts[name]!))) {
      let at = text.indexOf('{{');
      while (at >= 0) {
        const closed = /^\{\{([^{}]*)\}\}/.exec(text.slice(at));
        const excerpt = text.slice(Math.max(0, at - 20), at + 40).trim();
        found.push({ key: closed ? (closed[1] ?? '').trim() : null, excerpt });
        at = text.indexOf('{{', at + (closed ? closed[0].length : 2));
      }
    }
  }
  return found;
}
