/**
 * Files between the operator's computer and the contract (base64), and handing a file to them: in
 * the desktop app «Salva» opens a save dialog and «Apri» opens it in its program (Word for a .docx);
 * in the browser (web host) both download it.
 */
import type { BridgeFile } from '@shared/api/bridge';
import { showApiError, showSaved } from './form-errors';

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

export async function fileToBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
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

export function isImage(mimeType: string): boolean {
  return mimeType === 'image/png' || mimeType === 'image/jpeg';
}

/** The browser's way: a link with `download`, clicked; the object URL freed once the browser has it. */
export function downloadFile(file: BridgeFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Bytes already in the page (a large file assembled from pieces), downloaded the browser's way. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Hands bytes assembled in the page to the operator: a save dialog in the desktop app (the bridge
 * takes base64), a download in the browser. Says what happened like `deliverFile`.
 */
export async function deliverBlob(blob: Blob, fileName: string): Promise<void> {
  const bridge = window.api;
  if (!bridge?.saveFile) {
    downloadBlob(blob, fileName);
    return;
  }
  const contentBase64 = bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
  await deliverFile({ fileName, mimeType: blob.type || 'application/octet-stream', contentBase64 }, 'save');
}

/** One piece of a file the core hands out a call at a time (an exchange bundle, a list export). */
export interface FilePiece {
  fileName: string;
  size: number;
  chunkBase64: string;
  nextOffset: number | null;
}

/**
 * Fetches a whole file piece after piece, `read(offset)` being the method that gives one: a big
 * file never travels in one message. The pieces are joined into one Blob of `mimeType`.
 */
export async function fetchInPieces(
  read: (offset: number) => Promise<FilePiece>,
  onProgress: (done: number, total: number) => void,
  mimeType = 'application/octet-stream',
): Promise<{ fileName: string; blob: Blob }> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset: number | null = 0;
  let fileName = '';
  while (offset !== null) {
    const piece = await read(offset);
    parts.push(base64ToBytes(piece.chunkBase64));
    fileName = piece.fileName;
    onProgress(piece.nextOffset ?? piece.size, piece.size);
    offset = piece.nextOffset;
  }
  return { fileName, blob: new Blob(parts, { type: mimeType }) };
}

/** True in the desktop app, where «Salva» and «Apri» are two different things. */
export function canOpenFiles(): boolean {
  return typeof window.api?.openFile === 'function';
}

/**
 * Hands the file to the operator: `open` opens it in its program, `save` asks where to put it
 * (desktop); the browser downloads it either way. Says what happened in a notification.
 */
export async function deliverFile(file: BridgeFile, how: 'save' | 'open'): Promise<void> {
  const bridge = window.api;
  const action = how === 'open' ? bridge?.openFile : bridge?.saveFile;
  if (!bridge || !action) {
    downloadFile(file);
    return;
  }
  const outcome = await action.call(bridge, file);
  if (outcome.result === 'failed') showApiError(null, undefined, outcome.message);
  else if (outcome.result === 'saved') showSaved(`«${file.fileName}» salvato.`, 'File salvato');
}
