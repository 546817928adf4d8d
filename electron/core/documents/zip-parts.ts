/**
 * The zip around a .docx's parts. Each part is deflated by Node's zlib (several times faster than
 * the JavaScript deflate docx packs with) and can be deflated once and reused: the parts every
 * document shares are compressed once per process (packer.ts). Sizes and checksums go in each
 * part's own header, no data descriptors, no extra fields: the plainest zip Word and LibreOffice read.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** A part ready to be written: its name, checksum and sizes, and its bytes as stored (deflated). */
export interface ZipPart {
  readonly name: string;
  readonly crc: number;
  readonly size: number;
  readonly stored: Uint8Array;
}

const DEFLATE = 8;
const VERSION = 20;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_OF_DIRECTORY = 22;

/** `level`: zlib's, 1 (fastest) to 9 (smallest). */
export function zipPart(name: string, content: Uint8Array, level: number): ZipPart {
  return { name, crc: crc32(content), size: content.length, stored: deflateRawSync(content, { level }) };
}

/** MS-DOS time and date, in local time as zip tools show them. */
function dosTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

/** The zip file of the parts, in the order given, dated `when`. Part names must be ASCII (a .docx's are). */
export function zipParts(parts: readonly ZipPart[], when: Date): Buffer {
  const { time, date } = dosTime(when);
  const names = parts.map((p) => Buffer.from(p.name, 'latin1'));
  const dataBytes = parts.reduce((sum, p, i) => sum + LOCAL_HEADER + names[i]!.length + p.stored.length, 0);
  const directoryBytes = names.reduce((sum, n) => sum + CENTRAL_HEADER + n.length, 0);
  const out = Buffer.alloc(dataBytes + directoryBytes + END_OF_DIRECTORY);
  // Fields shared by an entry's local and central headers: version, flags, method, time, date, crc, sizes, name length.
  const common = (from: number, part: ZipPart, name: Buffer) => {
    out.writeUInt16LE(VERSION, from);
    out.writeUInt16LE(0, from + 2);
    out.writeUInt16LE(DEFLATE, from + 4);
    out.writeUInt16LE(time, from + 6);
    out.writeUInt16LE(date, from + 8);
    out.writeUInt32LE(part.crc, from + 10);
    out.writeUInt32LE(part.stored.length, from + 14);
    out.writeUInt32LE(part.size, from + 18);
    out.writeUInt16LE(name.length, from + 22);
  };
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    const name = names[i]!;
    offsets.push(at);
    out.writeUInt32LE(0x04034b50, at);
    common(at + 4, part, name);
    name.copy(out, at + LOCAL_HEADER);
    out.set(part.stored, at + LOCAL_HEADER + name.length);
    at += LOCAL_HEADER + name.length + part.stored.length;
  });
  const directory = at;
  parts.forEach((part, i) => {
    const name = names[i]!;
    out.writeUInt32LE(0x02014b50, at);
    out.writeUInt16LE(VERSION, at + 4);
    common(at + 6, part, name);
    // Extra field, comment, disk, internal and external attributes: all zero (already).
    out.writeUInt32LE(offsets[i]!, at + 42);
    name.copy(out, at + CENTRAL_HEADER);
    at += CENTRAL_HEADER + name.length;
  });
  out.writeUInt32LE(0x06054b50, at);
  out.writeUInt16LE(parts.length, at + 8);
  out.writeUInt16LE(parts.length, at + 10);
  out.writeUInt32LE(at - directory, at + 12);
  out.writeUInt32LE(directory, at + 16);
  return out;
}
