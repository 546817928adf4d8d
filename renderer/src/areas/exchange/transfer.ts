/**
 * Moving an exchange file between the operator's computer and the core in pieces of
 * `EXCHANGE_CHUNK_BYTES`, one call after the other: a big file never travels in one message.
 */
import type { MethodOutput } from '@shared/api/contract';
import { EXCHANGE_CHUNK_BYTES } from '@shared/api/exchange';
import { api } from '../../api/client';
import { bytesToBase64, fetchInPieces } from '../../lib/files';

export type Progress = (done: number, total: number) => void;

/** Downloads a finished export whole; the pieces are joined into one Blob. */
export async function fetchExport(exportId: string, onProgress: Progress): Promise<{ fileName: string; blob: Blob }> {
  return fetchInPieces((offset) => api.call('exchange.downloadChunk', { exportId, offset }), onProgress);
}

/** Sends a chosen file to the core; returns the upload id that `exchange.preview` and `exchange.import` take. */
export async function uploadBundle(file: File, onProgress: Progress, stopped: () => boolean): Promise<string | null> {
  let uploadId: string | null = null;
  let offset = 0;
  do {
    if (stopped()) return null;
    const slice = new Uint8Array(await file.slice(offset, offset + EXCHANGE_CHUNK_BYTES).arrayBuffer());
    const answer: MethodOutput<'exchange.uploadChunk'> = await api.call('exchange.uploadChunk', { uploadId, fileName: file.name, offset, chunkBase64: bytesToBase64(slice) });
    uploadId = answer.uploadId;
    offset = answer.received;
    onProgress(offset, file.size);
  } while (offset < file.size);
  return uploadId;
}
