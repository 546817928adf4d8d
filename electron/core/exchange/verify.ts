/**
 * Everything a bundle must pass before one byte of it is written to the database: the seal
 * (key, tampering, truncation), the zip and its manifest, every part's sha256, the versions, and
 * who sent it. The plain zip is kept in the data folder's work area for the reading passes.
 */
import { closeSync, fstatSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '@shared/api/errors';
import { ContainerError, createOpener, readContainerHeader, TRAILER_BYTES, type ContainerHeader } from './crypto';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, filePartName, MANIFEST_PART, manifestSchema, type Manifest } from './manifest';
import { tableColumns, travellingTable } from './tables';
import type { ReadCtx } from '../context';
import { digester, entryContent, storedBytes, zipEntries, type ZipEntry } from './zip';

const CHUNK = 1024 * 1024;
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export interface VerifiedBundle {
  header: ContainerHeader;
  manifest: Manifest;
  /** The plain zip, in the work area, and its entries by name. */
  zipPath: string;
  entries: Map<string, ZipEntry>;
  /** sha256 of the .exar file as received. */
  sha256: string;
  /** Per table: the current columns missing from the bundle (an older version), filled with their default. */
  fill: Map<string, Record<string, string | number | null>>;
}

const NOT_A_BUNDLE = 'Il file non contiene un pacchetto di scambio valido (manca o non si legge il suo indice): fattelo esportare di nuovo.';
const ALTERED = 'Il contenuto del file non corrisponde al suo indice (impronte diverse): non è stato importato nulla. Fattelo esportare di nuovo.';

function fail(message: string): never {
  throw new AppError('VALIDATION', message);
}

/** Reads a file in chunks, from `start` to `end` (exclusive). */
export function* fileChunks(path: string, start = 0, end?: number): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const stop = end ?? fstatSync(fd).size;
    let position = start;
    while (position < stop) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, stop - position));
      const read = readSync(fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      position += read;
      yield read === buffer.length ? buffer : buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(Math.max(0, length));
  const read = readSync(fd, buffer, 0, buffer.length, Math.max(0, position));
  return buffer.subarray(0, read);
}

/** Opens the seal into `zipPath`; nothing is left there when it does not hold. */
function unseal(officeKey: Buffer, bundlePath: string, zipPath: string): { header: ContainerHeader; sha256: string } {
  const fd = openSync(bundlePath, 'r');
  let opened;
  let size: number;
  try {
    size = fstatSync(fd).size;
    opened = readContainerHeader(readAt(fd, 0, 70 * 1024), size, readAt(fd, size - TRAILER_BYTES, TRAILER_BYTES));
  } finally {
    closeSync(fd);
  }
  const opener = createOpener(officeKey, opened);
  const whole = digester();
  const out = openSync(zipPath, 'w');
  let ok = false;
  try {
    for (const chunk of fileChunks(bundlePath, 0, opened.bodyStart)) whole.update(chunk);
    for (const chunk of fileChunks(bundlePath, opened.bodyStart, opened.bodyEnd)) {
      whole.update(chunk);
      writeSync(out, opener.update(chunk));
    }
    writeSync(out, opener.final());
    for (const chunk of fileChunks(bundlePath, opened.bodyEnd, size)) whole.update(chunk);
    ok = true;
  } finally {
    closeSync(out);
    if (!ok) rmSync(zipPath, { force: true });
  }
  return { header: opened.header, sha256: whole.digest().sha256 };
}

/** The archive's entries by name, and its manifest: a zip that is not a bundle is refused here. */
function readIndex(zipPath: string): { manifest: Manifest; entries: Map<string, ZipEntry> } {
  let list: ZipEntry[];
  try {
    list = zipEntries(zipPath);
  } catch {
    fail(NOT_A_BUNDLE);
  }
  const entries = new Map<string, ZipEntry>();
  for (const e of list) {
    if (entries.has(e.name)) fail(ALTERED);
    entries.set(e.name, e);
  }
  const manifestEntry = entries.get(MANIFEST_PART);
  if (!manifestEntry) fail(NOT_A_BUNDLE);
  let raw: unknown;
  try {
    raw = JSON.parse(entryContent(zipPath, manifestEntry, MAX_MANIFEST_BYTES).toString('utf8'));
  } catch {
    fail(NOT_A_BUNDLE);
  }
  const format = (raw as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== BUNDLE_FORMAT) fail(NOT_A_BUNDLE);
  if (typeof format.formatVersion === 'number' && format.formatVersion > BUNDLE_FORMAT_VERSION) {
    fail('Il file è stato esportato da una versione più recente dell’applicazione: aggiorna l’applicazione di questo ufficio e riprova.');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) fail(NOT_A_BUNDLE);
  return { manifest: parsed.data, entries };
}

/** What an older bundle lacks, filled with each column's default; a newer shape is refused. */
function columnFill(ctx: ReadCtx, manifest: Manifest): Map<string, Record<string, string | number | null>> {
  const fill = new Map<string, Record<string, string | number | null>>();
  for (const part of manifest.tables) {
    const table = travellingTable(part.table);
    if (!table) fail(`Il file contiene dati che questa versione non conosce («${part.table}»): aggiorna l’applicazione di questo ufficio.`);
    const current = tableColumns(ctx, part.table).filter((c) => !table.localColumns.includes(c.name));
    const unknown = part.columns.filter((c) => !current.some((x) => x.name === c));
    if (unknown.length > 0) fail(`Il file contiene campi che questa versione non conosce (${part.table}: ${unknown.join(', ')}): aggiorna l’applicazione di questo ufficio.`);
    const missing: Record<string, string | number | null> = {};
    for (const column of current.filter((c) => !part.columns.includes(c.name))) {
      if (column.defaultValue !== null) missing[column.name] = defaultOf(column.defaultValue);
      else if (!column.notNull) missing[column.name] = null;
      else fail(`Il file viene da una versione dell’applicazione troppo vecchia per essere letta (${part.table}: manca ${column.name}): aggiorna l’applicazione dello sportello.`);
    }
    fill.set(part.table, missing);
  }
  return fill;
}

/** A column default as SQLite reports it ("0", "'testo'", "NULL"). */
function defaultOf(sqlDefault: string): string | number | null {
  if (/^-?\d+(\.\d+)?$/.test(sqlDefault)) return Number(sqlDefault);
  if (/^'.*'$/s.test(sqlDefault)) return sqlDefault.slice(1, -1).replace(/''/g, "'");
  if (sqlDefault.toUpperCase() === 'NULL') return null;
  if (sqlDefault === 'false') return 0;
  if (sqlDefault === 'true') return 1;
  return sqlDefault;
}

export interface VerifyEnv {
  ctx: ReadCtx;
  officeKey: Buffer;
  schemaVersion: number;
}

export function verifyBundle(env: VerifyEnv, bundlePath: string, zipPath: string): VerifiedBundle {
  let unsealed;
  try {
    unsealed = unseal(env.officeKey, bundlePath, zipPath);
  } catch (error) {
    if (error instanceof ContainerError) fail(error.message);
    throw error;
  }
  try {
    const { manifest, entries } = readIndex(zipPath);
    const { header } = unsealed;
    if (manifest.exportId !== header.exportId || manifest.site.id !== header.site.id || manifest.kind !== header.kind) fail(ALTERED);
    if (manifest.schemaVersion > env.schemaVersion) {
      fail('Il file è stato esportato da una versione più recente dell’applicazione: aggiorna l’applicazione di questo ufficio e riprova.');
    }
    // Every part the manifest names is there with its sha256 (of the bytes as stored), and nothing else is.
    const expected = new Map<string, { sha256: string; bytes: number }>();
    for (const t of manifest.tables) expected.set(t.part, { sha256: t.sha256, bytes: t.bytes });
    for (const f of manifest.files) {
      if (!isSafeStoredPath(f.path)) fail(NOT_A_BUNDLE);
      expected.set(filePartName(f.sha256), { sha256: f.sha256, bytes: f.size });
    }
    if (entries.size !== expected.size + 1) fail(ALTERED);
    for (const [name, want] of expected) {
      const entry = entries.get(name);
      if (!entry || entry.compressedSize !== want.bytes) fail(ALTERED);
      const got = digester();
      got.update(storedBytes(zipPath, entry));
      if (got.digest().sha256 !== want.sha256) fail(ALTERED);
    }
    const fill = columnFill(env.ctx, manifest);
    return { header, manifest, zipPath, entries, sha256: unsealed.sha256, fill };
  } catch (error) {
    rmSync(zipPath, { force: true });
    throw error;
  }
}

/** A stored file's place inside the data folder: one of the app's folders, never outside. */
export function isSafeStoredPath(path: string): boolean {
  const parts = path.split(/[\\/]/);
  return ['attachments', 'documenti'].includes(parts[0] ?? '') && parts.length >= 2 && parts.every((p) => p.length > 0 && p !== '.' && p !== '..');
}
