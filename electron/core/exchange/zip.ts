/**
 * The bundle's zip. fflate writes the archive; each part is compressed by Node's zlib (eight times
 * faster than fflate's JavaScript deflate) and handed to fflate already deflated, with its checksum.
 * A part holds at most a few thousand records, so compressing or reading one at a time keeps memory
 * bounded whatever the size of the region.
 *
 * Reading goes by the archive's central directory (its table of contents at the end), which says
 * exactly where each part starts and how long it is. fflate's streaming reader finds the end of a
 * streamed entry by looking for a marker inside the data, which compressed bytes can contain by chance
 * (about one bundle in a hundred at a region's size): that would refuse a good file.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

/** Deflate level: 1 is several times faster than 6 and NDJSON still shrinks about tenfold. */
const LEVEL = 1;

/** A part already deflated: fflate writes its header, data and descriptor with the source's checksum and size. */
class DeflatedEntry extends ZipPassThrough {
  constructor(filename: string, compressed: boolean) {
    super(filename);
    this.compression = compressed ? 8 : 0;
  }

  write(source: Uint8Array, stored: Uint8Array): void {
    this.crc = crc32(source);
    this.size = source.length;
    this.ondata(null, stored as Uint8Array<ArrayBuffer>, true);
  }
}

export interface PartDigest {
  /** sha256 of the part as stored in the archive (compressed for tables, as is for files). */
  sha256: string;
  bytes: number;
}

export class ZipWriter {
  private readonly zip: Zip;
  private failure: Error | null = null;

  constructor(sink: (chunk: Uint8Array) => void) {
    this.zip = new Zip((error, data) => {
      if (error) this.failure = error;
      else sink(data);
    });
  }

  /** Adds one whole part. `compress`: false for content already compressed (a .docx, a PDF, a scan). */
  part(name: string, content: Uint8Array, compress = true): PartDigest {
    const stored = compress ? deflateRawSync(content, { level: LEVEL }) : content;
    const entry = new DeflatedEntry(name, compress);
    this.zip.add(entry);
    entry.write(content, stored);
    if (this.failure) throw this.failure;
    return { sha256: createHash('sha256').update(stored).digest('hex'), bytes: stored.length };
  }

  end(): void {
    this.zip.end();
    if (this.failure) throw this.failure;
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's stored bytes start in the file. */
  dataOffset: number;
}

export class NotAZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  if (read !== length) throw new NotAZipError('short read');
  return buffer;
}

/** The archive's entries from its central directory, in the order they were written. */
export function zipEntries(path: string): ZipEntry[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 65535);
    const tail = readAt(fd, size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new NotAZipError('no end of central directory');
    const count = tail.readUInt16LE(at + 10);
    const directorySize = tail.readUInt32LE(at + 12);
    const directoryOffset = tail.readUInt32LE(at + 16);
    if (directoryOffset + directorySize > size) throw new NotAZipError('central directory out of bounds');
    const directory = readAt(fd, directoryOffset, directorySize);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw new NotAZipError('bad central entry');
      const method = directory.readUInt16LE(p + 10);
      const compressedSize = directory.readUInt32LE(p + 20);
      const uncompressed = directory.readUInt32LE(p + 24);
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      const localOffset = directory.readUInt32LE(p + 42);
      const name = directory.subarray(p + 46, p + 46 + nameLength).toString('utf8');
      p += 46 + nameLength + extraLength + commentLength;
      const local = readAt(fd, localOffset, 30);
      if (local.readUInt32LE(0) !== LOCAL) throw new NotAZipError('bad local header');
      const dataOffset = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (dataOffset + compressedSize > size) throw new NotAZipError('entry out of bounds');
      entries.push({ name, method, compressedSize, size: uncompressed, dataOffset });
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/** The entry's bytes as stored (compressed for tables), read in one piece: parts are small by construction. */
export function storedBytes(path: string, entry: ZipEntry): Buffer {
  const fd = openSync(path, 'r');
  try {
    return entry.compressedSize === 0 ? Buffer.alloc(0) : readAt(fd, entry.dataOffset, entry.compressedSize);
  } finally {
    closeSync(fd);
  }
}

/** The entry's content, inflated by Node's zlib when it was deflated. */
export function entryContent(path: string, entry: ZipEntry, maxBytes: number): Buffer {
  const stored = storedBytes(path, entry);
  if (entry.method === 0) return stored;
  if (entry.method !== 8) throw new NotAZipError(`unknown compression ${entry.method}`);
  return inflateRawSync(stored, { maxOutputLength: maxBytes });
}

/** sha256 and size of bytes pushed in pieces. */
export function digester(): { update(chunk: Uint8Array): void; digest(): PartDigest } {
  const hash: Hash = createHash('sha256');
  let bytes = 0;
  return {
    update: (chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
    },
    digest: () => ({ sha256: hash.digest('hex'), bytes }),
  };
}
