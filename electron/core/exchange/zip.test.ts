import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { craftZip } from '../../../tests/support/crafted-zip';
import { ZipLimitError } from '../files/bounded-unzip';
import { entryContent, storedBytes, zipEntries, ZipWriter } from './zip';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function written(parts: [string, Buffer, boolean][]): { path: string; digests: { sha256: string; bytes: number }[]; bytes: Buffer } {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter((c) => chunks.push(c));
  const digests = parts.map(([name, content, compress]) => zip.part(name, content, compress));
  zip.end();
  const dir = mkdtempSync(join(tmpdir(), 'exar-zip-'));
  dirs.push(dir);
  const path = join(dir, 'bundle.zip');
  const bytes = Buffer.concat(chunks);
  writeFileSync(path, bytes);
  return { path, digests, bytes };
}

describe('bundle zip', () => {
  it('reads back every part exactly, by the central directory, in the order written', () => {
    const lines = Buffer.from(Array.from({ length: 2000 }, (_, i) => `["${i}","Rossi","Mario"]\n`).join(''));
    const { path, digests } = written([
      ['tabelle/candidates/0000.ndjson', lines, true],
      ['tabelle/candidates/0001.ndjson', Buffer.from(''), true],
      ['file/abc', Buffer.from('%PDF-1.4 scan'), false],
    ]);
    const entries = zipEntries(path);
    expect(entries.map((e) => e.name)).toEqual(['tabelle/candidates/0000.ndjson', 'tabelle/candidates/0001.ndjson', 'file/abc']);
    expect(entryContent(path, entries[0]!, 10 ** 8).equals(lines)).toBe(true);
    expect(entryContent(path, entries[1]!, 10 ** 8).length).toBe(0);
    expect(storedBytes(path, entries[2]!).toString()).toBe('%PDF-1.4 scan');
    // The digest is of the bytes as stored: compressed for tables, the file itself for files.
    expect(digests[0]!.bytes).toBe(entries[0]!.compressedSize);
    expect(digests[0]!.bytes).toBeLessThan(lines.length / 4);
  });

  it('is a standard zip other tools open (fflate’s own reader agrees)', () => {
    const { bytes } = written([['a.ndjson', Buffer.from('["x"]\n'), true]]);
    expect(Buffer.from(unzipSync(bytes)['a.ndjson']!).toString()).toBe('["x"]\n');
  });

  it('is not fooled by zip markers inside a part’s bytes (a scan may contain any bytes)', () => {
    const tricky = Buffer.concat([Buffer.from('inizio'), Buffer.from([0x50, 0x4b, 0x07, 0x08]), Buffer.from('metà'), Buffer.from([0x50, 0x4b, 0x01, 0x02]), Buffer.from('fine')]);
    const { path } = written([
      ['file/tricky', tricky, false],
      ['dopo.ndjson', Buffer.from('["ancora qui"]\n'), true],
    ]);
    const entries = zipEntries(path);
    expect(storedBytes(path, entries[0]!).equals(tricky)).toBe(true);
    expect(entryContent(path, entries[1]!, 1000).toString()).toBe('["ancora qui"]\n');
  });

  it('refuses something that is not a zip, and a part that would inflate past the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exar-zip-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'no.zip'), 'non è uno zip');
    expect(() => zipEntries(join(dir, 'no.zip'))).toThrow();
    const { path } = written([['big.ndjson', Buffer.alloc(100_000, 0x61), true]]);
    expect(() => entryContent(path, zipEntries(path)[0]!, 1000)).toThrow();
  });

  it('counts the bytes actually inflated, not the size a part declares (the same bounded reader as templates)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exar-zip-'));
    dirs.push(dir);
    const path = join(dir, 'bomb.zip');
    writeFileSync(path, craftZip([{ name: 'tabelle/candidates/0000.ndjson', content: Buffer.alloc(20 * 1024 * 1024, 0x61), declaredSize: 100 }]));
    const [entry] = zipEntries(path);
    expect(entry!.size).toBe(100);
    expect(() => entryContent(path, entry!, 1024 * 1024)).toThrow(ZipLimitError);
  });
});
