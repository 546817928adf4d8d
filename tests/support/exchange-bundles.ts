/**
 * Bundles as an attacker, a bad disk or a newer version would make them: opened and sealed again
 * with the real container code and the offices' key, their zip rewritten, bytes changed or cut.
 */
import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { createOpener, createSealer, deriveOfficeKey, readContainerHeader, TRAILER_BYTES, type ContainerHeader } from '../../electron/core/exchange/crypto';
import { MANIFEST_PART } from '../../electron/core/exchange/manifest';
import { PASSPHRASE } from './exchange-offices';

let key: Promise<Buffer> | null = null;
/** The key every test office derives from PASSPHRASE (scrypt, asynchronous as in the core: derived once). */
export function officeKey(): Promise<Buffer> {
  key ??= deriveOfficeKey(PASSPHRASE);
  return key;
}

export type SealInfo = Pick<ContainerHeader, 'kind' | 'site' | 'exportId' | 'createdAt'>;

export interface OpenedBundle {
  header: ContainerHeader;
  /** The zip's entries in their order (parents before children), by name. */
  parts: Record<string, Uint8Array>;
}

/** Where each piece of a container lies (see the layout in electron/core/exchange/crypto.ts). */
export interface Layout {
  size: number;
  /** The version byte, after the 8-byte magic. */
  version: number;
  /** The uint32 length of the clear header. */
  headerLength: number;
  headerStart: number;
  bodyStart: number;
  bodyEnd: number;
  tagEnd: number;
  lengthEnd: number;
}

export function layoutOf(bytes: Buffer): Layout {
  const headerStart = 8 + 1 + 4;
  const bodyStart = headerStart + bytes.readUInt32BE(9);
  const bodyEnd = bytes.length - TRAILER_BYTES;
  return { size: bytes.length, version: 8, headerLength: 9, headerStart, bodyStart, bodyEnd, tagEnd: bodyEnd + 16, lengthEnd: bodyEnd + 24 };
}

/** Where the first string value of `key` sits in the clear header JSON (its first character). */
export function headerValueAt(bytes: Buffer, key: string): number {
  const { headerStart, bodyStart } = layoutOf(bytes);
  const at = bytes.subarray(headerStart, bodyStart).indexOf(`"${key}":"`);
  if (at < 0) throw new Error(`no ${key} in the header`);
  return headerStart + at + key.length + 4;
}

export async function openBundle(bytes: Buffer): Promise<OpenedBundle> {
  const opened = readContainerHeader(bytes.subarray(0, 70 * 1024), bytes.length, bytes.subarray(bytes.length - TRAILER_BYTES));
  const opener = createOpener(await officeKey(), opened);
  const zip = Buffer.concat([opener.update(bytes.subarray(opened.bodyStart, opened.bodyEnd)), opener.final()]);
  return { header: opened.header, parts: unzipSync(zip) };
}

/** Any bytes, sealed exactly as an export seals its zip. */
export async function seal(zip: Uint8Array, { kind, site, exportId, createdAt }: SealInfo): Promise<Buffer> {
  const sealer = createSealer(await officeKey(), { kind, site, exportId, createdAt });
  return Buffer.concat([sealer.head, sealer.update(zip), sealer.final()]);
}

/**
 * The same sender and export id, with other zip entries, stored as they are; a manifest among them is
 * brought in line with the stored bytes (sha256 and size of each part it names), as a genuine export's
 * would be, so what a test changed is what the verification meets.
 */
export function resealed(original: OpenedBundle, parts: Record<string, Uint8Array>): Promise<Buffer> {
  const stored: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [name, bytes] of Object.entries(parts)) stored[name] = [bytes, { level: 0 }];
  const manifestBytes = parts[MANIFEST_PART];
  if (manifestBytes) {
    const manifest = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as { tables?: { part: string; sha256: string; bytes: number }[] };
    for (const t of manifest.tables ?? []) {
      const bytes = parts[t.part];
      if (!bytes) continue;
      t.sha256 = createHash('sha256').update(bytes).digest('hex');
      t.bytes = bytes.length;
    }
    stored[MANIFEST_PART] = [Buffer.from(JSON.stringify(manifest), 'utf8'), { level: 0 }];
  }
  return seal(zipSync(stored), original.header);
}

/** A genuine-looking bundle whose manifest was edited (then sealed with the right key). */
export async function withManifest(bytes: Buffer, edit: (manifest: Record<string, unknown>) => void): Promise<Buffer> {
  const original = await openBundle(bytes);
  const manifest = JSON.parse(Buffer.from(original.parts[MANIFEST_PART]!).toString('utf8')) as Record<string, unknown>;
  edit(manifest);
  return resealed(original, { ...original.parts, [MANIFEST_PART]: Buffer.from(JSON.stringify(manifest, null, 2), 'utf8') });
}

/** A bundle that also carries a table this version does not know, listed in its manifest with the right digest. */
export async function withUnknownTable(bytes: Buffer, table: string, ndjson: string): Promise<Buffer> {
  const part = `tabelle/${table}.ndjson`;
  const content = Buffer.from(ndjson, 'utf8');
  const original = await openBundle(bytes);
  const { [MANIFEST_PART]: manifestBytes, ...parts } = original.parts;
  const manifest = JSON.parse(Buffer.from(manifestBytes!).toString('utf8')) as { tables: unknown[] };
  const columns = Object.keys((JSON.parse(ndjson.split('\n')[0]!) as { row: object }).row);
  manifest.tables.push({ table, part, count: ndjson.trim().split('\n').length, columns, sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length });
  return resealed(original, { ...parts, [part]: content, [MANIFEST_PART]: Buffer.from(JSON.stringify(manifest), 'utf8') });
}

/** A copy with the byte at `position` XOR-ed with `mask` (1–255: always a different byte). */
export function flipByte(bytes: Buffer, position: number, mask = 0x01): Buffer {
  const copy = Buffer.from(bytes);
  copy[position] = copy[position]! ^ mask;
  return copy;
}
