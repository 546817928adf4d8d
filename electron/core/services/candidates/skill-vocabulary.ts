/**
 * The skills in use, counted over the live profiles, kept in the candidates' memory (issue 17).
 * They were a derived table, one row per skill of every profile with two indexes: 61 MiB of a
 * 572 MiB piemonte10 file, and four writes per profile saved, for a list of suggestions that a
 * count in memory answers in well under a millisecond.
 */
import { gatheredLists, ImageError, sameLength, type ImageReader, type ImageWriter } from '@shared/rules/columnar-image';
import { foldText } from '@shared/validation/text';

export interface SkillSuggestion {
  skill: string;
  count: number;
}

/** By slot, the slot being the person's in the ranking's columns (CandidateMemory keeps one map for all). */
export class SkillVocabulary {
  /** Each slot's skills as spelling numbers, flattened (what to take back when the person changes): no array per person. */
  private start: Int32Array = new Int32Array(1024);
  private length: Int32Array = new Int32Array(1024);
  private values: Int32Array = new Int32Array(4096);
  private used = 0;
  private numbers = new Map<string, number>();
  private spellings: string[] = [];
  private keys: string[] = [];
  private counts: number[] = [];

  private number(spelling: string): number {
    let n = this.numbers.get(spelling);
    if (n === undefined) {
      n = this.spellings.length;
      this.numbers.set(spelling, n);
      this.spellings.push(spelling);
      this.keys.push(foldText(spelling));
      this.counts.push(0);
    }
    return n;
  }

  /** A person's skills now; the same skill written twice in two spellings counts once, in the first. */
  set(slot: number, skills: readonly string[]): void {
    if (slot >= this.start.length) {
      this.start = grown(this.start, slot + 1);
      this.length = grown(this.length, slot + 1);
    }
    this.delete(slot);
    if (this.used + skills.length > this.values.length) this.values = grown(this.values, this.used + skills.length);
    const seen = new Set<string>();
    this.start[slot] = this.used;
    for (const skill of skills) {
      const n = this.number(skill);
      const key = this.keys[n]!;
      if (seen.has(key)) continue;
      seen.add(key);
      this.counts[n]!++;
      this.values[this.used++] = n;
    }
    this.length[slot] = this.used - this.start[slot]!;
  }

  delete(slot: number): void {
    if (slot >= this.start.length) return;
    const from = this.start[slot]!;
    for (let i = from; i < from + this.length[slot]!; i++) this.counts[this.values[i]!]!--;
    this.length[slot] = 0;
  }

  /** The live slots `live`, renumbered in their order as the columns' image is. */
  image(out: ImageWriter, live: Int32Array): void {
    const packed = gatheredLists(this.start, this.length, this.values, live);
    out.array('start', packed.start);
    out.array('length', packed.length);
    out.array('values', packed.values);
    out.json('spellings', this.spellings);
    out.json('counts', this.counts);
  }

  static of(from: ImageReader, count: number): SkillVocabulary {
    const v = new SkillVocabulary();
    v.start = from.i32('start');
    v.length = from.i32('length');
    v.values = from.i32('values');
    v.used = v.values.length;
    sameLength(count, v.start, v.length);
    v.spellings = from.strings('spellings');
    v.counts = from.numbers('counts');
    if (v.counts.length !== v.spellings.length) throw new ImageError('counts');
    v.numbers = new Map(v.spellings.map((s, n) => [s, n]));
    v.keys = v.spellings.map((s) => foldText(s));
    for (const n of v.values) if (n < 0 || n >= v.spellings.length) throw new ImageError('values');
    return v;
  }

  /**
   * Skills in use that start with the typed text (accent- and case-insensitive), most used first,
   * each in the spelling most profiles use, so the vocabulary converges instead of forking.
   */
  suggestions(query: string, limit: number): SkillSuggestion[] {
    const typed = foldText(query.trim());
    if (typed === '') return [];
    const byKey = new Map<string, { skill: string; count: number; best: number }>();
    for (let n = 0; n < this.spellings.length; n++) {
      const count = this.counts[n]!;
      const key = this.keys[n]!;
      if (count === 0 || !key.startsWith(typed)) continue;
      const entry = byKey.get(key);
      if (!entry) byKey.set(key, { skill: this.spellings[n]!, count, best: count });
      else {
        entry.count += count;
        if (count > entry.best) Object.assign(entry, { skill: this.spellings[n]!, best: count });
      }
    }
    return [...byKey.values()]
      .sort((a, b) => b.count - a.count || a.skill.localeCompare(b.skill, 'it'))
      .slice(0, limit)
      .map(({ skill, count }) => ({ skill, count }));
  }
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const next = new Int32Array(Math.max(capacity, array.length * 2));
  next.set(array);
  return next;
}
