/**
 * The bundle's zip, written and read as a stream with fflate, so a table of 100,000 records never
 * sits in memory whole. Each part's sha256 is taken over its uncompressed bytes while it passes.
 */
import { createHash, type Hash } from 'node:crypto';
import { constants, deflateRawSync } from 'node:zlib';
import { Unzip, UnzipInflate, Zip, ZipPassThrough, type UnzipFile } from 'fflate';

/**
 * A zip entry compressed by Node's zlib instead of fflate's JavaScript deflate (eight times faster
 * here), through the subclassing fflate documents for other compressors: fflate still writes the zip
 * and the checksum of the source bytes. Each chunk is compressed on its own and ends on a sync flush,
 * the last one on a finish, so the pieces form one valid deflate stream.
 */
class NativeDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    const out = deflateRawSync(chunk, { level: LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata(null, out, final);
  }
}

export interface PartDigest {
  sha256: string;
  bytes: number;
}

export interface PartWriter {
  push(bytes: Uint8Array): void;
  end(): PartDigest;
}

/** Deflate level: 1 is several times faster than 6 and NDJSON still shrinks about tenfold. */
const LEVEL = 1;

export class ZipWriter {
  private readonly zip: Zip;
  private failure: Error | null = null;

  constructor(sink: (chunk: Uint8Array) => void) {
    this.zip = new Zip((error, data) => {
      if (error) this.failure = error;
      else sink(data);
    });
  }

  /** `stored`: already compressed content (a .docx, a PDF) is stored as it is. */
  part(name: string, stored = false): PartWriter {
    const entry = stored ? new ZipPassThrough(name) : new NativeDeflate(name);
    this.zip.add(entry);
    const hash = createHash('sha256');
    let bytes = 0;
    return {
      push: (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
        entry.push(chunk);
        this.check();
      },
      end: () => {
        entry.push(new Uint8Array(0), true);
        this.check();
        return { sha256: hash.digest('hex'), bytes };
      },
    };
  }

  end(): void {
    this.zip.end();
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

export interface EntryReader {
  data(chunk: Uint8Array): void;
  end(): void;
}

/**
 * Reads a zip pushed in chunks (`chunks` yields them in order). `onEntry` returns a reader for the
 * entries it wants, or null to skip one. Synchronous: the import runs inside one transaction.
 */
export function readZip(chunks: Iterable<Uint8Array>, onEntry: (name: string) => EntryReader | null): void {
  let failure: Error | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    const reader = onEntry(file.name);
    if (!reader) return;
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      try {
        if (data.length > 0) reader.data(data);
        if (final) reader.end();
      } catch (e) {
        failure = e instanceof Error ? e : new Error(String(e));
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  let last: Uint8Array | null = null;
  for (const chunk of chunks) {
    if (last) unzip.push(last, false);
    if (failure) throw failure;
    last = chunk;
  }
  unzip.push(last ?? new Uint8Array(0), true);
  if (failure) throw failure;
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

/** Splits NDJSON bytes into lines as they arrive (a line may span chunks). */
export function lineSplitter(onLine: (line: string) => void): EntryReader {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  return {
    data: (chunk) => {
      const text = rest + decoder.decode(chunk, { stream: true });
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.length > 0) onLine(line);
    },
    end: () => {
      const text = rest + decoder.decode();
      rest = '';
      if (text.length > 0) onLine(text);
    },
  };
}
