import { crc32 } from 'node:zlib';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipDirectory } from '../files/bounded-unzip';
import { zipPart, zipParts } from './zip-parts';

describe('zip of a document’s parts', () => {
  const content = { '[Content_Types].xml': '<Types/>', 'word/document.xml': `<w:document>${'<w:p/>'.repeat(500)}</w:document>`, 'docProps/core.xml': '' };
  const parts = Object.entries(content).map(([name, text], i) => zipPart(name, strToU8(text), i === 0 ? 9 : 3));
  const zip = zipParts(parts, new Date(2027, 2, 10, 9, 30, 14));

  it('is read back part by part, in the order given, by another reader', () => {
    const read = unzipSync(zip);
    expect(Object.keys(read)).toEqual(Object.keys(content));
    for (const [name, text] of Object.entries(content)) expect(strFromU8(read[name]!)).toBe(text);
    const entries = zipDirectory(zip.length, (at, length) => zip.subarray(at, at + length));
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual(Object.entries(content).map(([name, text]) => [name, 8, text.length]));
  });

  it('puts checksum and sizes in each local header, without data descriptors, dated in MS-DOS time', () => {
    let at = 0;
    for (const [name, text] of Object.entries(content)) {
      expect(zip.readUInt32LE(at)).toBe(0x04034b50);
      expect(zip.readUInt16LE(at + 6) & 0x08).toBe(0);
      expect(zip.readUInt16LE(at + 10)).toBe((9 << 11) | (30 << 5) | 7);
      expect(zip.readUInt16LE(at + 12)).toBe((47 << 9) | (3 << 5) | 10);
      expect(zip.readUInt32LE(at + 14)).toBe(crc32(strToU8(text)));
      expect(zip.readUInt32LE(at + 22)).toBe(text.length);
      at += 30 + name.length + zip.readUInt32LE(at + 18);
    }
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
  });
});
