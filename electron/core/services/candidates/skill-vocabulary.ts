/**
 * The skills in use, counted over the live profiles, kept in the candidates' memory (issue 17).
 * They were a derived table, one row per skill of every profile with two indexes: 61 MiB of a
 * 572 MiB piemonte10 file, and four writes per profile saved, for a list of suggestions that a
 * count in memory answers in well under a millisecond.
 */
import { foldText } from '@shared/validation/text';

export interface SkillSuggestion {
  skill: string;
  count: number;
}

export class SkillVocabulary {
  /** Each person's skills, as spelling numbers: what to take back when the profile changes. */
  private readonly byPerson = new Map<string, readonly number[]>();
  private readonly numbers = new Map<string, number>();
  private readonly spellings: string[] = [];
  private readonly keys: string[] = [];
  private readonly counts: number[] = [];

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
  set(id: string, skills: readonly string[]): void {
    this.delete(id);
    const seen = new Set<string>();
    const numbers: number[] = [];
    for (const skill of skills) {
      const n = this.number(skill);
      const key = this.keys[n]!;
      if (seen.has(key)) continue;
      seen.add(key);
      this.counts[n]!++;
      numbers.push(n);
    }
    if (numbers.length > 0) this.byPerson.set(id, numbers);
  }

  delete(id: string): void {
    const numbers = this.byPerson.get(id);
    if (numbers === undefined) return;
    for (const n of numbers) this.counts[n]!--;
    this.byPerson.delete(id);
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
