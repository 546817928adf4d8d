/**
 * Offices for exchange tests: each a real core on its own data folder, set up as a desk or as the
 * regional office, with the same exchange passphrase; and the moves a coordinator makes — export
 * (waiting for the job's pushed events), upload in chunks, preview, import.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExchangeJob, ImportPreview, ImportResult } from '@shared/api/exchange';
import { EXCHANGE_CHUNK_BYTES, EXCHANGE_JOB_EVENT } from '@shared/api/exchange';
import { DATABASE_FILE } from '../../electron/core/core';
import { createHarness, SETUP_INPUT, type Harness } from './core-harness';
import { checkpoint } from './db-fingerprint';

export const PASSPHRASE = 'frase segreta di prova per lo scambio';

export interface Office {
  h: Harness;
  code: string;
  admin: string;
}

export async function openOffice(code: string, kind: 'sportello' | 'ufficio_regionale', options: { now?: () => Date; dataDir?: string } = {}): Promise<Office> {
  const h = createHarness(options);
  const name = kind === 'ufficio_regionale' ? 'Ufficio regionale Piemonte' : `Sportello ${code}`;
  await h.ok('setup.complete', { ...SETUP_INPUT, office: { name, code, kind } });
  const admin = await h.sessionAs('amministratore');
  await h.ok('exchange.setPassphrase', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, admin);
  return { h, code, admin };
}

/** The same office up to now, on a copy of its database file in `dataDir`; the caller disposes its harness. */
export async function twinOf(office: Office, dataDir: string): Promise<Office> {
  checkpoint(office.h.core.state.database.sqlite);
  copyFileSync(join(office.h.dataDir, DATABASE_FILE), join(dataDir, DATABASE_FILE));
  const h = createHarness({ dataDir });
  return { h, code: office.code, admin: await h.sessionAs('amministratore') };
}

export async function waitForJob(h: Harness, started: ExchangeJob): Promise<ExchangeJob> {
  if (started.state !== 'in_corso') return started;
  let stop: () => void = () => undefined;
  const ended = new Promise<ExchangeJob>((resolve) => {
    stop = h.core.onEvent((event) => {
      if (event.type !== EXCHANGE_JOB_EVENT) return;
      const job = event.payload as ExchangeJob;
      if (job.id === started.id && job.state !== 'in_corso') resolve(job);
    });
  });
  // A job may have ended before the listener was there: ask once, after subscribing.
  const admin = await h.sessionAs('amministratore');
  const now = await h.ok('exchange.job', { id: started.id }, admin);
  const job = now.state !== 'in_corso' ? now : await ended;
  stop();
  return job;
}

/** Exports (changes since the last export unless `full`) and returns the bundle's bytes. */
export async function exportBundle(office: Office, options: { full?: boolean; includeFiles?: boolean } = {}): Promise<Buffer> {
  const job = await waitForJob(office.h, await office.h.ok('exchange.startExport', { full: options.full ?? false, includeFiles: options.includeFiles ?? false }, office.admin));
  if (job.state !== 'completato' || !job.result) throw new Error(`export ended ${job.state}: ${job.error}`);
  return readFileSync(join(office.h.dataDir, 'scambio', 'uscita', `${job.result.exportId}.exar`));
}

export async function publish(office: Office, parts: { ruleSets?: boolean; templates?: boolean; associations?: boolean; committees?: boolean } = {}): Promise<Buffer> {
  const job = await waitForJob(office.h, await office.h.ok('exchange.startPublication', { ruleSets: true, templates: true, associations: true, committees: true, ...parts }, office.admin));
  if (job.state !== 'completato' || !job.result) throw new Error(`publication ended ${job.state}: ${job.error}`);
  return readFileSync(join(office.h.dataDir, 'scambio', 'uscita', `${job.result.exportId}.exar`));
}

export async function upload(office: Office, bytes: Buffer, fileName = 'scambio.exar'): Promise<string> {
  let uploadId: string | null = null;
  for (let offset = 0; offset < bytes.length || uploadId === null; offset += EXCHANGE_CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + EXCHANGE_CHUNK_BYTES);
    uploadId = (await office.h.ok('exchange.uploadChunk', { uploadId, fileName, offset, chunkBase64: chunk.toString('base64') }, office.admin)).uploadId;
    if (bytes.length === 0) break;
  }
  return uploadId!;
}

export async function preview(office: Office, bytes: Buffer): Promise<ImportPreview> {
  return office.h.ok('exchange.preview', { uploadId: await upload(office, bytes) }, office.admin);
}

export async function importInto(office: Office, bytes: Buffer): Promise<ImportResult> {
  return office.h.ok('exchange.import', { uploadId: await upload(office, bytes), registerOffice: true }, office.admin);
}
