/**
 * The bytes of a memory image (decision 0036): typed arrays stored as they lie in memory, the
 * rest as JSON, behind a header and a CRC-32 over everything. Reading one back is a few copies and
 * one JSON parse, instead of reading and interning 100,000 rows. A file that is short, damaged or
 * written by another format reads as null: the caller loads from the database, as without an image.
 */
import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';

import type { ColumnarImage, ImageArray } from '@shared/rules/columnar-image';

/** What the image is of and for which database (checked by image-store.ts). */
export interface ImageHeader {
  format: number;
  token: string;
  seq: number;
  schema: string;
}

const MAGIC = Buffer.from('EXARIMG1', 'latin1');
const KINDS = { i32: Int32Array, u8: Uint8Array, f64: Float64Array } as const;
type Kind = keyof typeof KINDS;

interface Layout {
  header: ImageHeader;
  endian: string;
  arrays: { name: string; kind: Kind; length: number }[];
  jsonBytes: number;
}

const kindOf = (a: ImageArray): Kind => (a instanceof Int32Array ? 'i32' : a instanceof Uint8Array ? 'u8' : 'f64');
const padded = (n: number) => Math.ceil(n / 8) * 8;

export function encodeImage(header: ImageHeader, parts: ColumnarImage): Buffer {
  const json = Buffer.from(JSON.stringify(parts.json), 'utf8');
  const arrays = Object.entries(parts.arrays);
  const layout: Layout = {
    header,
    endian: endianness(),
    arrays: arrays.map(([name, a]) => ({ name, kind: kindOf(a), length: a.length })),
    jsonBytes: json.length,
  };
  const head = Buffer.from(JSON.stringify(layout), 'utf8');
  const chunks: Buffer[] = [MAGIC, u32(head.length), head, zeros(padded(12 + head.length) - 12 - head.length)];
  for (const [, a] of arrays) {
    chunks.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength), zeros(padded(a.byteLength) - a.byteLength));
  }
  chunks.push(json);
  const body = Buffer.concat(chunks);
  return Buffer.concat([body, u32(crc32(body))]);
}

/** The image, or null when the bytes are not a whole image of this format on this machine. */
export function decodeImage(bytes: Buffer): { header: ImageHeader; parts: ColumnarImage } | null {
  try {
    if (bytes.length < 16 || !bytes.subarray(0, 8).equals(MAGIC)) return null;
    const body = bytes.subarray(0, bytes.length - 4);
    if (crc32(body) !== bytes.readUInt32LE(bytes.length - 4)) return null;
    const headLength = body.readUInt32LE(8);
    const layout = JSON.parse(body.toString('utf8', 12, 12 + headLength)) as Layout;
    if (layout.endian !== endianness()) return null;
    let at = padded(12 + headLength);
    const arrays: Record<string, ImageArray> = {};
    for (const { name, kind, length } of layout.arrays) {
      const Type = KINDS[kind];
      const byteLength = length * Type.BYTES_PER_ELEMENT;
      if (at + byteLength > body.length) return null;
      // A copy, aligned, that owns its memory (the file's buffer is let go).
      const copy = new ArrayBuffer(byteLength);
      new Uint8Array(copy).set(body.subarray(at, at + byteLength));
      arrays[name] = new Type(copy);
      at = padded(at + byteLength);
    }
    if (at + layout.jsonBytes !== body.length) return null;
    const json = JSON.parse(body.toString('utf8', at, at + layout.jsonBytes)) as Record<string, unknown>;
    return { header: layout.header, parts: { arrays, json } };
  } catch {
    return null;
  }
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function zeros(n: number): Buffer {
  return Buffer.alloc(n);
}
