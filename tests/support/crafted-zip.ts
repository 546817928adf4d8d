/**
 * Zips written by hand, byte by byte, so a test can make one lie: an entry that declares a few
 * bytes and inflates to megabytes, or declares gigabytes and holds nothing. fflate and zlib only
 * write honest archives.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface CraftedEntry {
  name: string;
  content: Uint8Array;
  /** Default true: deflated (method 8). */
  deflate?: boolean;
  /** The unpacked size the archive declares; default the real one. */
  declaredSize?: number;
}

export function craftZip(entries: readonly CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const deflate = e.deflate ?? true;
    const data = deflate ? deflateRawSync(e.content) : Buffer.from(e.content);
    const declared = e.declaredSize ?? e.content.length;
    const crc = crc32(e.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Every entry of an honest archive (fflate's unzipSync output), to rewrite one and craft the rest. */
export function asEntries(files: Record<string, Uint8Array>): CraftedEntry[] {
  return Object.entries(files).map(([name, content]) => ({ name, content }));
}
