/**
 * The plain-data form of an in-memory store of people by slot (decision 0036): its typed arrays as
 * they are and its texts as JSON, so that a start can read it back from a file in a few
 * milliseconds instead of rebuilding it from 100,000 rows. Only the live slots are written,
 * renumbered in order: nothing of a deleted or erased person goes to the file.
 */
export type ImageArray = Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

export interface ColumnarImage {
  arrays: Record<string, ImageArray>;
  json: Record<string, unknown>;
}

export class ImageError extends Error {}

/** Writes one store's parts under its own prefix. */
export class ImageWriter {
  constructor(
    private readonly image: ColumnarImage,
    private readonly prefix: string,
  ) {}
  array(name: string, value: ImageArray): void {
    this.image.arrays[`${this.prefix}.${name}`] = value;
  }
  json(name: string, value: unknown): void {
    this.image.json[`${this.prefix}.${name}`] = value;
  }
}

/** Reads them back; a part missing or of another type throws ImageError (the caller loads from the database). */
export class ImageReader {
  constructor(
    private readonly image: ColumnarImage,
    private readonly prefix: string,
  ) {}
  private array<T extends ImageArray>(name: string, type: new (n: number) => T): T {
    const value = this.image.arrays[`${this.prefix}.${name}`];
    if (!(value instanceof type)) throw new ImageError(`${this.prefix}.${name}`);
    return value;
  }
  i32(name: string): Int32Array<ArrayBuffer> {
    return this.array(name, Int32Array);
  }
  u8(name: string): Uint8Array<ArrayBuffer> {
    return this.array(name, Uint8Array);
  }
  f64(name: string): Float64Array<ArrayBuffer> {
    return this.array(name, Float64Array);
  }
  strings(name: string): string[] {
    const value = this.image.json[`${this.prefix}.${name}`];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new ImageError(`${this.prefix}.${name}`);
    return value as string[];
  }
  numbers(name: string): number[] {
    const value = this.image.json[`${this.prefix}.${name}`];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'number')) throw new ImageError(`${this.prefix}.${name}`);
    return value as number[];
  }
}

/** `array` at the live slots, in their order. */
export function gathered(array: Int32Array, live: Int32Array): Int32Array<ArrayBuffer>;
export function gathered(array: Uint8Array, live: Int32Array): Uint8Array<ArrayBuffer>;
export function gathered(array: Float64Array, live: Int32Array): Float64Array<ArrayBuffer>;
export function gathered(array: Int32Array | Uint8Array | Float64Array, live: Int32Array): ImageArray;
export function gathered(array: Int32Array | Uint8Array | Float64Array, live: Int32Array): ImageArray {
  const out = new (array.constructor as new (n: number) => ImageArray)(live.length);
  for (let i = 0; i < live.length; i++) out[i] = array[live[i]!]!;
  return out;
}

/** A flattened list per slot (`start`, `length` into `values`), at the live slots, packed. */
export function gatheredLists(
  start: Int32Array,
  length: Int32Array,
  values: Int32Array,
  live: Int32Array,
): { start: Int32Array<ArrayBuffer>; length: Int32Array<ArrayBuffer>; values: Int32Array<ArrayBuffer> } {
  const outStart = new Int32Array(live.length);
  const outLength = new Int32Array(live.length);
  let total = 0;
  for (let i = 0; i < live.length; i++) total += length[live[i]!]!;
  const outValues = new Int32Array(total);
  let used = 0;
  for (let i = 0; i < live.length; i++) {
    const from = start[live[i]!]!;
    const len = length[live[i]!]!;
    outStart[i] = used;
    outLength[i] = len;
    outValues.set(values.subarray(from, from + len), used);
    used += len;
  }
  return { start: outStart, length: outLength, values: outValues };
}

/** Lengths must agree, or the image is not one store's. */
export function sameLength(count: number, ...arrays: (Int32Array | Uint8Array | Float64Array)[]): void {
  for (const a of arrays) if (a.length !== count) throw new ImageError('lunghezze diverse');
}
