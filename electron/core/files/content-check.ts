/**
 * What the first bytes of an upload cannot tell: a file starting `%PDF-` may be an HTML page with
 * a PDF header glued on (a browser shown it sniffs HTML and runs its script), and a PNG or JPEG
 * header may claim a size no camera or scanner makes, so that whatever decodes it (the preview, Word
 * with the logo) allocates gigabytes. Checked after detectFileType, on every upload kept as a file.
 */
import { AppError } from '@shared/api/errors';
import { imageSize } from '../documents/image-size';
import { JPG, PDF, PNG, type FileType } from './stored-files';

/** A scan at 600 dpi of an A3 page is about 7,000 × 10,000 pixels: well inside both limits. */
export const MAX_IMAGE_SIDE = 20_000;
export const MAX_IMAGE_PIXELS = 100_000_000;

/** PDF readers look for `%%EOF` only in the last 1024 bytes (Adobe's implementation note): so do we. */
const PDF_TAIL = 1024;
/** Where a browser sniffing the content decides it is HTML. */
const PDF_HEAD = 1024;
const HTML = /<(html|script|!doctype\s+html|body|iframe|svg|object|embed|meta)\b/i;

function pdfProblem(bytes: Buffer): string | null {
  const head = bytes.toString('latin1', 0, Math.min(bytes.length, PDF_HEAD));
  const tail = bytes.toString('latin1', Math.max(0, bytes.length - PDF_TAIL));
  const end = tail.lastIndexOf('%%EOF');
  if (HTML.test(head) || (end >= 0 && HTML.test(tail.slice(end)))) {
    return 'Il file si presenta come PDF ma contiene una pagina web (HTML): non è un PDF valido. Salvalo di nuovo come PDF (Stampa › Salva come PDF) e riprova.';
  }
  if (end < 0) return 'Il file PDF è incompleto o non è un vero PDF (manca la fine del documento, «%%EOF»): salvalo o scansionalo di nuovo e riprova.';
  return null;
}

function imageProblem(bytes: Buffer, type: 'png' | 'jpg'): string | null {
  // A PNG's first chunk must be IHDR, where its size is: anything else is not a PNG a viewer can show.
  if (type === 'png' && bytes.toString('latin1', 12, 16) !== 'IHDR') return 'Il file PNG è danneggiato (manca l’intestazione dell’immagine): salvalo di nuovo e riprova.';
  const size = imageSize(bytes, type);
  if (!size) return null;
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS) {
    return `L’immagine dichiara dimensioni impossibili per una foto o una scansione (${size.width} × ${size.height} pixel): salvala di nuovo più piccola (al massimo ${MAX_IMAGE_SIDE.toLocaleString('it-IT')} pixel per lato e ${MAX_IMAGE_PIXELS / 1_000_000} megapixel) e riprova.`;
  }
  return null;
}

/** Why the content is not the file its first bytes say, in Italian; null when it is. */
export function contentProblem(bytes: Buffer, type: FileType): string | null {
  if (type === PDF) return pdfProblem(bytes);
  if (type === PNG) return imageProblem(bytes, 'png');
  if (type === JPG) return imageProblem(bytes, 'jpg');
  return null;
}

/** Refuses the upload (VALIDATION, Italian) when its content is not what its type says. */
export function assertContentMatches(bytes: Buffer, type: FileType): void {
  const problem = contentProblem(bytes, type);
  if (problem) throw new AppError('VALIDATION', problem);
}
