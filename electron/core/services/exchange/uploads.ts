/**
 * A bundle arriving in pieces (both transports carry the same `exchange.uploadChunk` calls), kept in
 * the data folder's work area until it is imported or a day old. The work area holds the plain zip
 * of a bundle only while it is being read.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/api/errors';
import { EXCHANGE_MAX_BUNDLE_BYTES } from '@shared/api/exchange';
import type { ReadCtx, WriteCtx } from '../../context';
import { cleanFileName, decodeBase64 } from '../../files/stored-files';
import { newId } from '../../ids';

export const EXCHANGE_IN_FOLDER = join('scambio', 'entrata');
const DAY_MS = 24 * 60 * 60 * 1000;
const UPLOAD_ID = /^[0-9a-f-]{36}$/;

function folder(dataDir: string): string {
  const path = join(dataDir, EXCHANGE_IN_FOLDER);
  mkdirSync(path, { recursive: true });
  return path;
}

/** Removes uploads and work files older than a day (an import abandoned half-way). */
function sweep(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > DAY_MS) rmSync(path, { force: true });
    } catch {
      // gone meanwhile
    }
  }
}

export function receiveChunk(ctx: WriteCtx, input: { uploadId: string | null; fileName: string; offset: number; chunkBase64: string }): { uploadId: string; received: number } {
  const dir = folder(ctx.dataDir);
  const bytes = decodeBase64(input.chunkBase64);
  let uploadId = input.uploadId;
  if (uploadId === null) {
    // The files' own times are the machine's, not the office clock's (which tests set): compared with the machine's.
    sweep(dir, Date.now());
    if (input.offset !== 0) throw new AppError('VALIDATION', 'Il caricamento deve cominciare dall’inizio del file.');
    uploadId = newId();
    writeFileSync(join(dir, `${uploadId}.json`), JSON.stringify({ fileName: cleanFileName(input.fileName, 'scambio.exar') }));
    writeFileSync(join(dir, `${uploadId}.exar`), bytes);
    return { uploadId, received: bytes.length };
  }
  const path = uploadPath(ctx, uploadId);
  const size = statSync(path).size;
  if (input.offset !== size) throw new AppError('VALIDATION', 'Il caricamento si è interrotto: scegli di nuovo il file.');
  if (size + bytes.length > EXCHANGE_MAX_BUNDLE_BYTES) throw new AppError('VALIDATION', 'Il file è troppo grande per essere un file di scambio.');
  appendFileSync(path, bytes);
  return { uploadId, received: size + bytes.length };
}

export function uploadPath(ctx: ReadCtx, uploadId: string): string {
  const path = join(folder(ctx.dataDir), `${uploadId}.exar`);
  if (!UPLOAD_ID.test(uploadId) || !existsSync(path)) {
    throw new AppError('NOT_FOUND', 'Il file caricato non c’è più (forse è già stato importato, o è passato più di un giorno): sceglilo di nuovo.');
  }
  return path;
}

export function uploadFileName(ctx: ReadCtx, uploadId: string): string {
  try {
    const meta = JSON.parse(readFileSync(join(folder(ctx.dataDir), `${uploadId}.json`), 'utf8')) as { fileName?: unknown };
    return typeof meta.fileName === 'string' ? meta.fileName : 'scambio.exar';
  } catch {
    return 'scambio.exar';
  }
}

/** Where the plain zip of an upload is read from while it is checked or imported. */
export function workZipPath(ctx: ReadCtx, uploadId: string): string {
  return join(folder(ctx.dataDir), `${uploadId}.zip`);
}

export function discardUpload(ctx: WriteCtx, uploadId: string): void {
  const dir = folder(ctx.dataDir);
  for (const ext of ['exar', 'json', 'zip']) rmSync(join(dir, `${uploadId}.${ext}`), { force: true });
}
