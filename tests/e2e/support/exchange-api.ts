/**
 * The regional exchange driven through the HTTP API the way the «Scambio dati» pages drive it: an
 * export job followed to its end and its file fetched in pieces, a file sent in pieces, previewed and
 * imported. For the set-up steps of a story; the pages themselves are covered by the specs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EXCHANGE_CHUNK_BYTES, type ExchangeJob, type ImportPreview, type ImportResult } from '@shared/api/exchange';
import { ADMIN } from '../../support/setup-input';
import { callApi } from './api';

/** How long an export may take on a busy machine before the story gives up. */
const JOB_TIMEOUT_MS = 60_000;
const POLL_MS = 150;

/** Signs in the first administrator through the API; the session token for the next calls. */
export async function adminSession(baseUrl: string): Promise<string> {
  return ((await callApi(baseUrl, 'auth.login', ADMIN)) as { sessionToken: string }).sessionToken;
}

/** Waits until the job is no longer running; fails unless it finished with a file. */
async function finished(baseUrl: string, session: string, started: ExchangeJob): Promise<NonNullable<ExchangeJob['result']>> {
  const deadline = Date.now() + JOB_TIMEOUT_MS;
  let job = started;
  while (job.state === 'in_corso') {
    if (Date.now() > deadline) throw new Error(`job ${job.label} still running after ${JOB_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = (await callApi(baseUrl, 'exchange.job', { id: job.id }, session)) as ExchangeJob;
  }
  if (job.state !== 'completato' || !job.result) throw new Error(`job ${job.label} ended ${job.state}: ${job.error ?? ''}`);
  return job.result;
}

/** Fetches a finished export in pieces into `folder`, under the name the office gave it; its path. */
async function download(baseUrl: string, session: string, exportId: string, folder: string): Promise<string> {
  const parts: Buffer[] = [];
  let fileName = 'scambio.exar';
  let offset: number | null = 0;
  while (offset !== null) {
    const piece = (await callApi(baseUrl, 'exchange.downloadChunk', { exportId, offset }, session)) as { fileName: string; chunkBase64: string; nextOffset: number | null };
    parts.push(Buffer.from(piece.chunkBase64, 'base64'));
    fileName = piece.fileName;
    offset = piece.nextOffset;
  }
  const path = join(folder, fileName);
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

/** A desk's «Esporta» (changes since the last export, or everything), saved into `folder`; the file's path. */
export async function exportData(baseUrl: string, session: string, folder: string, full = false): Promise<string> {
  const job = (await callApi(baseUrl, 'exchange.startExport', { full, includeFiles: false }, session)) as ExchangeJob;
  return download(baseUrl, session, (await finished(baseUrl, session, job)).exportId, folder);
}

/** The regional office's «Pubblica», saved into `folder`; the file's path. */
export async function publish(baseUrl: string, session: string, folder: string, parts: { ruleSets: boolean; templates: boolean; associations: boolean }): Promise<string> {
  const job = (await callApi(baseUrl, 'exchange.startPublication', parts, session)) as ExchangeJob;
  return download(baseUrl, session, (await finished(baseUrl, session, job)).exportId, folder);
}

/** Sends the file at `path`, previews it and imports it (registering the sender when asked). */
export async function importFile(baseUrl: string, session: string, path: string, registerOffice: boolean): Promise<{ preview: ImportPreview; result: ImportResult }> {
  const bytes = readFileSync(path);
  const fileName = basename(path);
  let uploadId: string | null = null;
  let offset = 0;
  do {
    const chunkBase64 = bytes.subarray(offset, offset + EXCHANGE_CHUNK_BYTES).toString('base64');
    const answer = (await callApi(baseUrl, 'exchange.uploadChunk', { uploadId, fileName, offset, chunkBase64 }, session)) as { uploadId: string; received: number };
    uploadId = answer.uploadId;
    offset = answer.received;
  } while (offset < bytes.length);
  const preview = (await callApi(baseUrl, 'exchange.preview', { uploadId }, session)) as ImportPreview;
  const result = (await callApi(baseUrl, 'exchange.import', { uploadId, registerOffice }, session)) as ImportResult;
  return { preview, result };
}
