/**
 * The list's indexed filters (status, province, comune, category, operator, office) of every live
 * profile, in memory by search rowid (issue 17). A search typed with filters set walks the FTS
 * matches newest first and must keep only those that pass: checked against the table, each match
 * cost a row read (~5 µs; 65 ms p95 for two letters with a status and a province on piemonte10);
 * checked here it is an array lookup. The values are the columns the SQL filters compare
 * (`list.ts` `filterClauses`), raw, so both say the same.
 */
import type { CandidateListParams } from '@shared/api/candidates';
import { sortKey } from '@shared/validation/text';

export interface FilterRecord {
  searchRowid: number | null;
  status: string;
  resProvince: string | null;
  resComuneSort: string | null;
  targetCategory: string | null;
  operatorId: string | null;
  siteId: string;
}

type Column = 'status' | 'province' | 'comune' | 'category' | 'operator' | 'site';
const COLUMNS: readonly Column[] = ['status', 'province', 'comune', 'category', 'operator', 'site'];

/** The filters this memory answers; anything else (age, shifts, deleted profiles…) stays with SQL. */
export function filtersInMemory(input: CandidateListParams): boolean {
  const unindexed =
    input.deleted || input.availableBy || input.shift || input.licence || input.ownVehicle !== null || input.ageMin !== null || input.ageMax !== null || input.educationMin;
  return !unindexed;
}

/** By slot, the slot being the person's in the ranking's columns (CandidateMemory keeps one map for all). */
export class ListFilterColumns {
  private readonly texts = new Map<string, number>();
  /** Slot of each search rowid; -1 for none. */
  private slotOfRowid: Int32Array = new Int32Array(1024).fill(-1);
  private rowidOfSlot: Int32Array = new Int32Array(1024).fill(-1);
  private readonly values: Record<Column, Int32Array> = Object.fromEntries(COLUMNS.map((c) => [c, new Int32Array(1024)])) as Record<Column, Int32Array>;

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
      for (const c of COLUMNS) this.values[c] = grown(this.values[c], slot + 1, 0);
      this.rowidOfSlot = grown(this.rowidOfSlot, slot + 1, -1);
    }
    this.delete(slot);
    this.values.status[slot] = this.id(r.status);
    this.values.province[slot] = this.id(r.resProvince);
    this.values.comune[slot] = this.id(r.resComuneSort);
    this.values.category[slot] = this.id(r.targetCategory);
    this.values.operator[slot] = this.id(r.operatorId);
    this.values.site[slot] = this.id(r.siteId);
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
  }

  /**
   * A test of a search rowid against the list's indexed filters: true when it is a live profile
   * that passes them all. A value nobody has matches nobody.
   */
  predicate(input: CandidateListParams): (searchRowid: number) => boolean {
    const wanted: [Int32Array, number][] = [];
    const want = (column: Column, text: string | null | undefined) => {
      if (text) wanted.push([this.values[column], this.texts.get(text) ?? -1]);
    };
    want('status', input.status);
    want('province', input.province);
    want('comune', input.comune ? sortKey(input.comune) : null);
    want('category', input.targetCategory);
    want('operator', input.operatorId);
    want('site', input.site);
    return (searchRowid) => {
      const slot = searchRowid < this.slotOfRowid.length ? this.slotOfRowid[searchRowid]! : -1;
      if (slot < 0) return false;
      for (const [column, value] of wanted) if (column[slot] !== value) return false;
      return true;
    };
  }
}

function grown(array: Int32Array, capacity: number, fill: number): Int32Array {
  const next = new Int32Array(Math.max(capacity, array.length * 2)).fill(fill);
  next.set(array);
  return next;
}
