/**
 * Files the app keeps in its data folder (attachments, generated documents, signed scans, the
 * office's templates): written under a name the app chooses, atomically, with their sha256, and
 * read back only when the bytes still match the hash. A record never holds an outside path.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { AppError } from '@shared/api/errors';

export interface FileType {
  extension: string;
  mimeType: string;
}

export const PDF: FileType = { extension: 'pdf', mimeType: 'application/pdf' };
export const DOCX: FileType = { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
export const JPG: FileType = { extension: 'jpg', mimeType: 'image/jpeg' };
export const PNG: FileType = { extension: 'png', mimeType: 'image/png' };

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The file's type from its first bytes; the name's extension must agree. */
export function detectFileType(bytes: Buffer, fileName: string): FileType | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) && ext === 'pdf') return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && ext === 'png') return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) && (ext === 'jpg' || ext === 'jpeg')) return JPG;
  // A .docx is a zip holding word/document.xml; its name appears in the zip's directory.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && ext === 'docx' && bytes.includes('word/')) return DOCX;
  return null;
}

export function decodeBase64(content: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new AppError('VALIDATION', 'Il file non è arrivato integro: riprova a sceglierlo.');
  }
  return Buffer.from(content, 'base64');
}

/** Keeps the name people recognise, without anything that could act as a path. */
export function cleanFileName(name: string, fallback = 'file'): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').slice(0, 200) || fallback;
}

/** Where candidates' attachments are kept, inside the data folder. */
export const ATTACHMENTS_FOLDER = 'attachments';

/**
 * A stored file's path relative to the data folder, as records and bundles hold it: always with «/»,
 * so a file written at a Windows desk is found at a Linux regional office and back.
 */
export function storedPath(...segments: string[]): string {
  return posix.join(...segments);
}

/** Where a stored path is on this computer (also for paths written with «\\» by earlier versions). */
export function resolveStored(dataDir: string, relativePath: string): string {
  return join(dataDir, ...relativePath.split(/[\\/]/));
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes `bytes` at `relativePath` under the data folder, under a temporary name first and then
 * renamed, so a crash never leaves half a file under the real name. Returns the sha256.
 */
export function writeStoredFile(dataDir: string, relativePath: string, bytes: Uint8Array): string {
  const finalPath = resolveStored(dataDir, relativePath);
  mkdirSync(dirname(finalPath), { recursive: true });
  const temporary = `${finalPath}.part`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, finalPath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AppError('IO', `Non è stato possibile scrivere il file nella cartella dei dati (${(error as NodeJS.ErrnoException).code ?? 'errore'}): controlla lo spazio libero.`);
  }
  return sha256Of(bytes);
}

/** Removes a stored file when the record that would point to it could not be written. */
export function discardStoredFile(dataDir: string, relativePath: string): void {
  rmSync(resolveStored(dataDir, relativePath), { force: true });
  rmSync(resolveStored(dataDir, `${relativePath}.part`), { force: true });
}

/**
 * Reads a stored file back, refusing it when it is missing or its bytes no longer match the hash.
 * `what`: «dell’allegato»; `remedy`: what the desk can do about it («allegalo di nuovo»).
 */
export function readStoredFile(dataDir: string, relativePath: string, sha256: string, what: string, remedy: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolveStored(dataDir, relativePath));
  } catch {
    throw new AppError('IO', `Il file ${what} non si trova più nella cartella dei dati: ${remedy}.`);
  }
  if (sha256Of(bytes) !== sha256) throw new AppError('IO', `Il file ${what} è stato alterato o danneggiato: ${remedy}.`);
  return bytes;
}
