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
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';
import { inflateEntry, NotAZipError, zipDirectory, type ZipEntry } from '../files/bounded-unzip';

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

export { NotAZipError, type ZipEntry } from '../files/bounded-unzip';

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  if (read !== length) throw new NotAZipError('short read');
  return buffer;
}

/** The archive's entries from its central directory, in the order they were written (the shared reader, on a file). */
export function zipEntries(path: string): ZipEntry[] {
  const fd = openSync(path, 'r');
  try {
    return zipDirectory(fstatSync(fd).size, (position, length) => readAt(fd, position, length));
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

/**
 * The entry's content, inflated when it was deflated, never past `maxBytes` actually produced
 * (ZipLimitError): the size the archive declares is not believed.
 */
export function entryContent(path: string, entry: ZipEntry, maxBytes: number): Buffer {
  return inflateEntry(entry.name, entry.method, storedBytes(path, entry), maxBytes);
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
