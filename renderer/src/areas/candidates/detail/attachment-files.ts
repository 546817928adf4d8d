/** Turning files into what the contract carries (base64) and back, and sizes as people read them. */
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MAX_BYTES } from '../../../../../shared/api/candidates';

/** Bytes per `String.fromCharCode` call: spreading a whole 10 MB file at once would overflow the stack. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** "850 KB", "2,4 MB": a decimal comma, as Italians write it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('it-IT', { maximumFractionDigits: 1 })} MB`;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

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

export function isImage(mimeType: string): boolean {
  return mimeType === 'image/png' || mimeType === 'image/jpeg';
}
