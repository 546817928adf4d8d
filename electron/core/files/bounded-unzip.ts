/**
 * Reading a zip that somebody else wrote (an office's Word template, a regional bundle) without
 * believing what it says about itself. A zip declares each entry's unpacked size, but nothing makes
 * it true: a few kilobytes can declare a few kilobytes and inflate to gigabytes (a zip bomb), or
 * declare gigabytes so that a reader allocating by the declaration gives up memory for nothing. So
 * every limit here is counted on the bytes zlib actually produces (`maxOutputLength` stops inflating
 * as soon as the cap is passed), and the declared sizes are kept only as information.
 *
 * The entries come from the central directory (the table of contents at the end of the archive), as
 * Word, JSZip (inside docx) and the bundle reader all read it, so what is checked here is exactly
 * what those readers will inflate.
 */
import { inflateRawSync } from 'node:zlib';

export class NotAZipError extends Error {}

/** Which limit an archive passed: too many entries, one entry too big once inflated, or all of them together. */
export type ZipLimit = 'entries' | 'entry' | 'total';

export class ZipLimitError extends Error {
  constructor(
    readonly limit: ZipLimit,
    /** The entry being inflated when the limit was passed (null for 'entries'). */
    readonly entryName: string | null,
    /** The cap that was passed: bytes for 'entry' and 'total', a count for 'entries'. */
    readonly cap: number,
  ) {
    // Callers say it in their own words (a template, a bundle); this one is only a fallback, in Italian too.
    super('Il file compresso, una volta aperto, supera i limiti consentiti.');
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** What the archive declares: information only, never a limit or an allocation. */
  size: number;
  /** Where the entry's stored bytes start in the archive. */
  dataOffset: number;
}

/** Reads `length` bytes at `position` of the archive; throws NotAZipError when they are not all there. */
export type ReadAt = (position: number, length: number) => Uint8Array;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The archive's entries from its central directory, in the order they were written. `maxEntries`
 * is checked on the count the directory declares, before any entry is read.
 */
export function zipDirectory(size: number, readAt: ReadAt, maxEntries = 0xffff): ZipEntry[] {
  const tailLength = Math.min(size, 22 + 0xffff);
  if (tailLength < 22) throw new NotAZipError('too short');
  const tail = view(readAt(size - tailLength, tailLength));
  let at = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new NotAZipError('no end of central directory');
  const count = tail.getUint16(at + 10, true);
  if (count > maxEntries) throw new ZipLimitError('entries', null, maxEntries);
  const directorySize = tail.getUint32(at + 12, true);
  const directoryOffset = tail.getUint32(at + 16, true);
  if (directoryOffset + directorySize > size) throw new NotAZipError('central directory out of bounds');
  const directoryBytes = readAt(directoryOffset, directorySize);
  const directory = view(directoryBytes);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > directory.byteLength || directory.getUint32(p, true) !== CENTRAL) throw new NotAZipError('bad central entry');
    const method = directory.getUint16(p + 10, true);
    const compressedSize = directory.getUint32(p + 20, true);
    const declared = directory.getUint32(p + 24, true);
    const nameLength = directory.getUint16(p + 28, true);
    const extraLength = directory.getUint16(p + 30, true);
    const commentLength = directory.getUint16(p + 32, true);
    const localOffset = directory.getUint32(p + 42, true);
    if (p + 46 + nameLength > directory.byteLength) throw new NotAZipError('bad central entry');
    const name = Buffer.from(directoryBytes.subarray(p + 46, p + 46 + nameLength)).toString('utf8');
    p += 46 + nameLength + extraLength + commentLength;
    if (localOffset + 30 > size) throw new NotAZipError('local header out of bounds');
    const local = view(readAt(localOffset, 30));
    if (local.getUint32(0, true) !== LOCAL) throw new NotAZipError('bad local header');
    const dataOffset = localOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
    if (dataOffset + compressedSize > size) throw new NotAZipError('entry out of bounds');
    entries.push({ name, method, compressedSize, size: declared, dataOffset });
  }
  return entries;
}

/**
 * An entry's content from its stored bytes, inflated by Node's zlib, which stops (and this throws
 * ZipLimitError 'entry') as soon as the output would pass `maxBytes`: the declared size plays no part.
 */
export function inflateEntry(name: string, method: number, stored: Uint8Array, maxBytes: number): Buffer {
  if (method === 0) {
    if (stored.length > maxBytes) throw new ZipLimitError('entry', name, maxBytes);
    return Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  }
  if (method !== 8) throw new NotAZipError(`unknown compression ${method}`);
  if (stored.length === 0) return Buffer.alloc(0);
  try {
    return inflateRawSync(stored, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new ZipLimitError('entry', name, maxBytes);
    throw new NotAZipError(`bad deflate data in ${name}`);
  }
}

export interface UnzipLimits {
  maxEntries: number;
  /** All entries together, counted as they inflate. */
  maxTotalBytes: number;
  /** One entry, by name (media may have a lower cap than the XML parts). */
  maxEntryBytes: (name: string) => number;
}

/**
 * Every entry of an archive held in memory, each inflated under its own cap and under what is left
 * of the total. Every entry is inflated, also those the caller does not look at: any reader after
 * this one (docx's JSZip) inflates them all too, so all of them must be known to fit.
 */
export function unzipBounded(bytes: Uint8Array, limits: UnzipLimits): Map<string, Uint8Array> {
  const readAt: ReadAt = (position, length) => {
    if (position < 0 || position + length > bytes.length) throw new NotAZipError('short read');
    return bytes.subarray(position, position + length);
  };
  const entries = zipDirectory(bytes.length, readAt, limits.maxEntries);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    // Two entries with one name: readers disagree on which one wins, so what is checked may not be what is used.
    if (files.has(entry.name)) throw new NotAZipError(`duplicate entry ${entry.name}`);
    const left = limits.maxTotalBytes - total;
    const own = limits.maxEntryBytes(entry.name);
    const stored = readAt(entry.dataOffset, entry.compressedSize);
    let content: Buffer;
    try {
      content = inflateEntry(entry.name, entry.method, stored, Math.min(own, left));
    } catch (error) {
      // Which cap stopped it: the entry's own, or what was left of the total.
      if (error instanceof ZipLimitError && left < own) throw new ZipLimitError('total', entry.name, limits.maxTotalBytes);
      throw error;
    }
    // zlib needs a cap of at least one byte: an entry that still made one byte past an exhausted total is caught here.
    if (content.length > Math.min(own, left)) throw new ZipLimitError(left < own ? 'total' : 'entry', entry.name, left < own ? limits.maxTotalBytes : own);
    total += content.length;
    files.set(entry.name, content);
  }
  return files;
}
