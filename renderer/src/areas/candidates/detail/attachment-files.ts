/** What an attachment may be, checked before it is sent; the general file helpers live in lib/files. */
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MAX_BYTES } from '@shared/api/candidates';
import { extensionOf, formatSize } from '../../../lib/files';

export { base64ToBytes, bytesToBase64, extensionOf, formatSize, isImage } from '../../../lib/files';

/** What is wrong with a file before it is sent, in the operator's words; null when it can go. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (!(ATTACHMENT_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) {
    return `«${file.name}» non è un tipo di file accettato: allega un PDF, un documento Word (.docx) o una foto (JPG, PNG).`;
  }
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return `«${file.name}» pesa ${formatSize(file.size)}: il massimo è 10 MB. Riduci la scansione (ad esempio in bianco e nero o a risoluzione più bassa) e riprova.`;
  }
  if (file.size === 0) return `«${file.name}» è vuoto.`;
  return null;
}
