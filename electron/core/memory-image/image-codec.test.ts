/**
 * An image file is read back whole or not at all: a damaged, short or foreign file must read as
 * null (the start then rebuilds the memory from the database), never as wrong numbers.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnarImage } from '@shared/rules/columnar-image';
import { decodeImage, encodeImage } from './image-codec';

const header = { format: 1, token: 'abc', seq: 42, schema: '19:1700000000' };
const parts = (): ColumnarImage => ({
  arrays: {
    'a.i': Int32Array.from([1, -2, 3]),
    'a.u': Uint8Array.from([0, 255, 7, 9, 1]),
    'a.f': Float64Array.from([Number.NaN, 1.5, -0]),
    'a.empty': new Int32Array(0),
  },
  json: { 'a.names': ['rossi mario', 'Città di Castello', 'ñ'], 'a.odd': [3, 5] },
});

describe('memory image bytes', () => {
  it('reads back every array and text as written', () => {
    const decoded = decodeImage(encodeImage(header, parts()));
    expect(decoded?.header).toEqual(header);
    expect(decoded?.parts).toEqual(parts());
    expect(decoded?.parts.arrays['a.f']).toBeInstanceOf(Float64Array);
  });

  it('reads a damaged byte anywhere, a short file or another file as null', () => {
    const bytes = encodeImage(header, parts());
    for (let at = 0; at < bytes.length; at += 7) {
      const damaged = Buffer.from(bytes);
      damaged[at] = damaged[at]! ^ 0x10;
      expect(decodeImage(damaged)).toBeNull();
    }
    expect(decodeImage(bytes.subarray(0, bytes.length - 1))).toBeNull();
    expect(decodeImage(bytes.subarray(0, 10))).toBeNull();
    expect(decodeImage(Buffer.from('SQLite format 3\0 and more bytes than sixteen'))).toBeNull();
    expect(decodeImage(Buffer.alloc(0))).toBeNull();
  });
});
