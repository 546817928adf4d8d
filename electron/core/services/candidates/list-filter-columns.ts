/**
 * Every filter of the candidates list (status, province, comune, category, operator, office, age,
 * education, availability, shifts, licences, own vehicle) for every live profile, in memory by slot
 * (issue 17). A search typed with filters set walks the FTS matches and keeps those that pass:
 * checked against the table, each match cost a row read, and with an age filter SQLite's planner
 * started from the birth dates and probed the FTS index once per person (5 s for one letter);
 * checked here each test is an array lookup. A list without words counts here too: SQLite counted
 * an age or education filter by reading every row (~60–200 ms).
 *
 * The values are the columns the SQL filters compare (`list.ts` `filterClauses`), so both say the
 * same: `list-memory.test.ts` compares them on every filter. Only the bin (deleted profiles) is left
 * to SQL: they are not in memory.
 */
import type { CandidateListParams } from '@shared/api/candidates';
import { DRIVING_LICENCES, EDUCATION_LEVELS, SHIFTS } from '@shared/api/candidates';
import { gathered, ImageError, sameLength, type ImageReader, type ImageWriter } from '@shared/rules/columnar-image';
import { sortKey } from '@shared/validation/text';

export interface FilterRecord {
  searchRowid: number | null;
  status: string;
  resProvince: string | null;
  resComuneSort: string | null;
  targetCategory: string | null;
  operatorId: string | null;
  siteId: string;
  birthDate: string | null;
  educationRank: number | null;
  availableFrom: string | null;
  ownVehicle: boolean;
  shifts: readonly string[];
  licences: readonly string[];
}

/** The dates the age filters compare birth dates with (`yearsBefore` in list.ts), worked out once per list. */
export interface AgeBounds {
  bornOnOrBefore: string | null;
  bornAfter: string | null;
}

type Text = 'status' | 'province' | 'comune' | 'category' | 'operator' | 'site';
const TEXTS: readonly Text[] = ['status', 'province', 'comune', 'category', 'operator', 'site'];
type Numeric = 'birth' | 'education' | 'availableFrom' | 'ownVehicle' | 'codes';
const NUMBERS: readonly Numeric[] = ['birth', 'education', 'availableFrom', 'ownVehicle', 'codes'];

/** One bit per shift, then one per licence: `instr(c.shifts, '"sera"')` becomes a bit test. */
const CODE_BITS = new Map<string, number>([...SHIFTS.map((s, i) => [`t:${s}`, 1 << i] as const), ...DRIVING_LICENCES.map((l, i) => [`l:${l}`, 1 << (SHIFTS.length + i)] as const)]);
const NONE = 0;

/** 'YYYY-MM-DD' as 20270315 (the same order as the text); null for none, undefined when not a date. */
function day(date: string | null): number | undefined {
  if (date === null) return NONE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** The filters this memory answers: all of them, for the live profiles. */
export function filtersInMemory(input: CandidateListParams): boolean {
  return !input.deleted;
}

/** By slot, the slot being the person's in the ranking's columns (CandidateMemory keeps one map for all). */
export class ListFilterColumns {
  private texts = new Map<string, number>();
  /** Slot of each search rowid; -1 for none. */
  private slotOfRowid: Int32Array = new Int32Array(1024).fill(-1);
  private rowidOfSlot: Int32Array = new Int32Array(1024).fill(-1);
  private alive: Uint8Array = new Uint8Array(1024);
  private values: Record<Text | Numeric, Int32Array> = Object.fromEntries(
    [...TEXTS, ...NUMBERS].map((c) => [c, new Int32Array(1024)]),
  ) as Record<Text | Numeric, Int32Array>;
  /** Slots whose stored date is not a date: a date filter then goes to SQL, which compares the text as it is. */
  private odd = new Set<number>();
  private slots = 0;

  private id(text: string | null): number {
    if (text === null) return 0;
    let id = this.texts.get(text);
    if (id === undefined) {
      id = this.texts.size + 1;
      this.texts.set(text, id);
    }
    return id;
  }

  set(slot: number, r: FilterRecord): void {
    if (slot >= this.rowidOfSlot.length) {
      for (const c of [...TEXTS, ...NUMBERS]) this.values[c] = grown(this.values[c], slot + 1, 0);
      this.rowidOfSlot = grown(this.rowidOfSlot, slot + 1, -1);
      this.alive = grown(this.alive, slot + 1, 0);
    }
    this.delete(slot);
    this.slots = Math.max(this.slots, slot + 1);
    this.alive[slot] = 1;
    const v = this.values;
    v.status[slot] = this.id(r.status);
    v.province[slot] = this.id(r.resProvince);
    v.comune[slot] = this.id(r.resComuneSort);
    v.category[slot] = this.id(r.targetCategory);
    v.operator[slot] = this.id(r.operatorId);
    v.site[slot] = this.id(r.siteId);
    const birth = day(r.birthDate);
    const from = day(r.availableFrom);
    if (birth === undefined || from === undefined) this.odd.add(slot);
    v.birth[slot] = birth ?? NONE;
    v.availableFrom[slot] = from ?? NONE;
    v.education[slot] = r.educationRank ?? -1;
    v.ownVehicle[slot] = r.ownVehicle ? 1 : 0;
    let codes = 0;
    for (const s of r.shifts) codes |= CODE_BITS.get(`t:${s}`) ?? 0;
    for (const l of r.licences) codes |= CODE_BITS.get(`l:${l}`) ?? 0;
    v.codes[slot] = codes;
    this.rowidOfSlot[slot] = r.searchRowid ?? -1;
    if (r.searchRowid !== null) {
      if (r.searchRowid >= this.slotOfRowid.length) this.slotOfRowid = grown(this.slotOfRowid, r.searchRowid + 1, -1);
      this.slotOfRowid[r.searchRowid] = slot;
    }
  }

  /** The slot's person is gone (deleted, or moved to a new slot): their rowid no longer leads here. */
  delete(slot: number): void {
    if (slot >= this.rowidOfSlot.length) return;
    const rowid = this.rowidOfSlot[slot]!;
    if (rowid >= 0 && this.slotOfRowid[rowid] === slot) this.slotOfRowid[rowid] = -1;
    this.rowidOfSlot[slot] = -1;
    this.alive[slot] = 0;
    this.odd.delete(slot);
  }

  /**
   * A test of a slot against the list's filters: true when it holds a live profile that passes
   * them all. A value nobody has matches nobody. Null when a date filter meets a stored date that
   * is not one (the caller asks SQL).
   */
  slotTest(input: CandidateListParams, ages: AgeBounds): ((slot: number) => boolean) | null {
    const equal: [Int32Array, number][] = [];
    const want = (column: Text, text: string | null | undefined) => {
      if (text) equal.push([this.values[column], this.texts.get(text) ?? -1]);
    };
    want('status', input.status);
    want('province', input.province);
    want('comune', input.comune ? sortKey(input.comune) : null);
    want('category', input.targetCategory);
    want('operator', input.operatorId);
    want('site', input.site);
    const datesAsked = ages.bornOnOrBefore !== null || ages.bornAfter !== null || Boolean(input.availableBy);
    if (datesAsked && this.odd.size > 0) return null;
    const { birth, education, availableFrom, ownVehicle, codes } = this.values;
    const notAfter = ages.bornOnOrBefore === null ? null : day(ages.bornOnOrBefore)!;
    const after = ages.bornAfter === null ? null : day(ages.bornAfter)!;
    const availableBy = input.availableBy ? day(input.availableBy)! : null;
    const minRank = input.educationMin ? EDUCATION_LEVELS.indexOf(input.educationMin) : null;
    const vehicle = input.ownVehicle === null ? null : input.ownVehicle ? 1 : 0;
    const bits = (input.shift ? CODE_BITS.get(`t:${input.shift}`)! : 0) | (input.licence ? CODE_BITS.get(`l:${input.licence}`)! : 0);
    const alive = this.alive;
    return (slot) => {
      if (alive[slot] !== 1) return false;
      for (const [column, value] of equal) if (column[slot] !== value) return false;
      // A missing birth date is no age: SQL's comparison with NULL is false either way.
      if (notAfter !== null && (birth[slot] === NONE || birth[slot]! > notAfter)) return false;
      if (after !== null && (birth[slot] === NONE || birth[slot]! <= after)) return false;
      if (availableBy !== null && availableFrom[slot] !== NONE && availableFrom[slot]! > availableBy) return false;
      if (minRank !== null && education[slot]! < minRank) return false;
      if (vehicle !== null && ownVehicle[slot] !== vehicle) return false;
      if (bits !== 0 && (codes[slot]! & bits) !== bits) return false;
      return true;
    };
  }

  /** The same test by search rowid, for the FTS matches of a search. */
  rowidTest(input: CandidateListParams, ages: AgeBounds): ((searchRowid: number) => boolean) | null {
    const passes = this.slotTest(input, ages);
    if (!passes) return null;
    return (searchRowid) => {
      const slot = searchRowid < this.slotOfRowid.length ? this.slotOfRowid[searchRowid]! : -1;
      return slot >= 0 && passes(slot);
    };
  }

  /** The live slots `live` (CandidateColumns.liveSlots), renumbered in their order as the columns' image is. */
  image(out: ImageWriter, live: Int32Array): void {
    out.json('texts', [...this.texts.keys()]);
    for (const c of [...TEXTS, ...NUMBERS]) out.array(c, gathered(this.values[c], live));
    out.array('rowid', gathered(this.rowidOfSlot, live));
    const newSlot = new Map(Array.from(live, (slot, i) => [slot, i]));
    out.json('odd', [...this.odd].map((slot) => newSlot.get(slot)).filter((slot) => slot !== undefined));
  }

  static of(from: ImageReader, count: number): ListFilterColumns {
    const f = new ListFilterColumns();
    const texts = from.strings('texts');
    f.texts = new Map(texts.map((text, i) => [text, i + 1]));
    if (f.texts.size !== texts.length) throw new ImageError('testi ripetuti');
    f.values = Object.fromEntries([...TEXTS, ...NUMBERS].map((c) => [c, from.i32(c)])) as Record<Text | Numeric, Int32Array>;
    f.rowidOfSlot = from.i32('rowid');
    sameLength(count, f.rowidOfSlot, ...Object.values(f.values));
    f.alive = new Uint8Array(count).fill(1);
    f.slots = count;
    let top = 0;
    for (const rowid of f.rowidOfSlot) top = Math.max(top, rowid + 1);
    f.slotOfRowid = new Int32Array(Math.max(1024, top)).fill(-1);
    f.rowidOfSlot.forEach((rowid, slot) => {
      if (rowid >= 0) f.slotOfRowid[rowid] = slot;
    });
    f.odd = new Set(from.numbers('odd'));
    for (const slot of f.odd) if (!Number.isInteger(slot) || slot < 0 || slot >= count) throw new ImageError('odd');
    return f;
  }

  /** Every slot that passes, in slot order. */
  passing(test: (slot: number) => boolean): number[] {
    const out: number[] = [];
    for (let slot = 0; slot < this.slots; slot++) if (test(slot)) out.push(slot);
    return out;
  }
}

function grown<T extends Int32Array | Uint8Array>(array: T, capacity: number, fill: number): T {
  const next = new (array.constructor as new (n: number) => T)(Math.max(capacity, array.length * 2));
  next.fill(fill);
  next.set(array);
  return next;
}
