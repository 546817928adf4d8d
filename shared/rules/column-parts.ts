/**
 * The parts the ranking's columns are built of (matching-columns.ts): texts as numbers, dates as day
 * numbers, a flattened list per person, and how each goes to and comes back from a memory image.
 */
import { gatheredLists, ImageError, sameLength, type ImageReader, type ImageWriter } from './columnar-image';

/** Numbers for texts: the same text always gets the same number; 0 means "none". */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(text, id);
    }
    return id;
  }
  /** The number of a text already seen, or -1: a need asking what nobody has matches nobody. */
  find(text: string): number {
    return this.ids.get(text) ?? -1;
  }
  get size(): number {
    return this.ids.size + 1;
  }
  /** The texts in number order (the number of `list[i]` is i + 1). */
  list(): string[] {
    return [...this.ids.keys()];
  }
  static of(list: readonly string[]): Dictionary {
    const d = new Dictionary();
    for (const text of list) d.id(text);
    if (d.ids.size !== list.length) throw new ImageError('testi ripetuti');
    return d;
  }
}

export const NO_DATE = 0;
/** 'YYYY-MM-DD' as 20270315; the comparison `availableFrom <= start` is the same on both forms. */
export function dayNumber(date: string | null): number {
  if (!date) return NO_DATE;
  const n = Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isFinite(n)) throw new Error(`Data non valida nei dati dell’abbinamento: ${date}`);
  return n;
}

/** A list per person (skills, shifts, licences), flattened: `start[slot]`, `length[slot]` into `values`. */
export class ListColumn {
  start = new Int32Array(1024);
  length = new Int32Array(1024);
  values = new Int32Array(4096);
  used = 0;
  grow(capacity: number): void {
    this.start = grown(this.start, capacity);
    this.length = grown(this.length, capacity);
  }
  set(slot: number, ids: readonly number[]): void {
    if (this.used + ids.length > this.values.length) this.values = grown(this.values, Math.max(this.values.length * 2, this.used + ids.length));
    this.start[slot] = this.used;
    this.length[slot] = ids.length;
    this.values.set(ids, this.used);
    this.used += ids.length;
  }
  image(out: ImageWriter, name: string, live: Int32Array): void {
    const packed = gatheredLists(this.start, this.length, this.values, live);
    out.array(`${name}.start`, packed.start);
    out.array(`${name}.length`, packed.length);
    out.array(`${name}.values`, packed.values);
  }
  static of(from: ImageReader, name: string, count: number): ListColumn {
    const list = new ListColumn();
    list.start = from.i32(`${name}.start`);
    list.length = from.i32(`${name}.length`);
    list.values = from.i32(`${name}.values`);
    list.used = list.values.length;
    sameLength(count, list.start, list.length);
    for (let i = 0; i < count; i++) if (list.start[i]! < 0 || list.length[i]! < 0 || list.start[i]! + list.length[i]! > list.used) throw new ImageError(name);
    return list;
  }
}

export function grown<T extends Int32Array | Uint8Array | Float64Array>(array: T, capacity: number): T {
  if (capacity <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(capacity, array.length * 2));
  next.set(array);
  return next;
}

/** The number of a text as written, computed once per distinct spelling. */
export function folded(memo: Map<string, number>, text: string, number: (text: string) => number): number {
  let id = memo.get(text);
  if (id === undefined) {
    id = number(text);
    memo.set(text, id);
  }
  return id;
}
