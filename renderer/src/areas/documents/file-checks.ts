/** What is wrong with a template or a logo before it is sent, in the operator's words; null when it can go. */
import { DOCUMENT_UPLOAD_MAX_BYTES } from '@shared/api/documents';
import { extensionOf, formatSize } from '../../lib/files';

/** The core refuses a bigger logo too: a header logo needs no more, and every document carries it. */
export const LOGO_MAX_BYTES = 300 * 1024;

export function templateFileProblem(file: { name: string; size: number }): string | null {
  const extension = extensionOf(file.name);
  if (extension === 'doc') {
    return `«${file.name}» è nel vecchio formato Word (.doc): aprilo in Word, scegli «Salva con nome» e salvalo come «Documento di Word (.docx)».`;
  }
  if (extension !== 'docx') return `«${file.name}» non è un documento Word: il modello deve essere un file .docx.`;
  if (file.size === 0) return `«${file.name}» è vuoto.`;
  if (file.size > DOCUMENT_UPLOAD_MAX_BYTES) {
    return `«${file.name}» pesa ${formatSize(file.size)}: un modello può pesare al massimo ${formatSize(DOCUMENT_UPLOAD_MAX_BYTES)}. Togli o riduci le immagini e riprova.`;
  }
  return null;
}

export function logoFileProblem(file: { name: string; size: number }): string | null {
  if (!['png', 'jpg', 'jpeg'].includes(extensionOf(file.name))) return `«${file.name}» non è un’immagine PNG o JPG: salva il logo in uno di questi formati.`;
  if (file.size === 0) return `«${file.name}» è vuoto.`;
  if (file.size > LOGO_MAX_BYTES) {
    return `«${file.name}» pesa ${formatSize(file.size)}: il logo può pesare al massimo 300 KB. Salvane una versione più piccola (per esempio larga 600 pixel) e riprova.`;
  }
  return null;
}
