import { describe, expect, it } from 'vitest';
import { craftZip } from '../../../tests/support/crafted-zip';
import { NotAZipError, unzipBounded, ZipLimitError, type UnzipLimits } from './bounded-unzip';

const MB = 1024 * 1024;
const limits: UnzipLimits = { maxEntries: 10, maxTotalBytes: 4 * MB, maxEntryBytes: (name) => (name.startsWith('media/') ? 1 * MB : 3 * MB) };

function limitOf(run: () => unknown): { limit: string; entryName: string | null; cap: number } {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipLimitError) return { limit: error.limit, entryName: error.entryName, cap: error.cap };
    throw error;
  }
  throw new Error('no limit passed');
}

describe('bounded unzip', () => {
  it('reads every entry of an honest zip, stored or deflated', () => {
    const zip = craftZip([
      { name: 'a.xml', content: Buffer.from('<a/>') },
      { name: 'media/b.png', content: Buffer.from('png'), deflate: false },
    ]);
    const files = unzipBounded(zip, limits);
    expect([...files.keys()]).toEqual(['a.xml', 'media/b.png']);
    expect(Buffer.from(files.get('a.xml')!).toString()).toBe('<a/>');
  });

  it('stops an entry that declares 10 bytes and inflates past its cap (a zip bomb), counting what zlib produced', () => {
    const zip = craftZip([{ name: 'bomb.xml', content: new Uint8Array(50 * MB), declaredSize: 10 }]);
    expect(zip.length).toBeLessThan(100 * 1024);
    expect(limitOf(() => unzipBounded(zip, limits))).toEqual({ limit: 'entry', entryName: 'bomb.xml', cap: 3 * MB });
  });

  it('stops at the total when every entry is under its own cap', () => {
    const zip = craftZip([1, 2, 3].map((i) => ({ name: `part${i}.xml`, content: new Uint8Array(2 * MB), declaredSize: 1 })));
    expect(limitOf(() => unzipBounded(zip, limits))).toEqual({ limit: 'total', entryName: 'part3.xml', cap: 4 * MB });
  });

  it('applies the lower cap by name (media) and to stored entries too', () => {
    const zip = craftZip([{ name: 'media/big.png', content: new Uint8Array(2 * MB), deflate: false, declaredSize: 1 }]);
    expect(limitOf(() => unzipBounded(zip, limits))).toEqual({ limit: 'entry', entryName: 'media/big.png', cap: 1 * MB });
  });

  it('refuses too many entries before inflating any', () => {
    const zip = craftZip(Array.from({ length: 11 }, (_, i) => ({ name: `${i}.xml`, content: new Uint8Array(0) })));
    expect(limitOf(() => unzipBounded(zip, limits))).toEqual({ limit: 'entries', entryName: null, cap: 10 });
  });

  it('does not allocate by a declared size of 4 GB', () => {
    const zip = craftZip([{ name: 'a.xml', content: Buffer.from('<a/>'), declaredSize: 0xffffffff }]);
    expect(Buffer.from(unzipBounded(zip, limits).get('a.xml')!).toString()).toBe('<a/>');
  });

  it('refuses two entries with one name, and what is not a zip', () => {
    const twice = craftZip([
      { name: 'a.xml', content: Buffer.from('<uno/>') },
      { name: 'a.xml', content: Buffer.from('<due/>') },
    ]);
    expect(() => unzipBounded(twice, limits)).toThrow(NotAZipError);
    expect(() => unzipBounded(Buffer.from('non è uno zip, proprio no'), limits)).toThrow(NotAZipError);
  });
});
