/** What the candidates' forms and filters offer: skills already in use, operators in charge. */
import { foldText } from '@shared/validation/text';
import type { ReadCtx } from '../../context';

/**
 * Skills in use that start with the typed text (accent- and case-insensitive), most used first,
 * each in the spelling most profiles use, so the vocabulary converges instead of forking.
 */
export function skillSuggestions(ctx: ReadCtx, query: string, limit = 15): { skill: string; count: number }[] {
  const key = foldText(query.trim());
  // Every skill of every profile would be grouped: hundreds of milliseconds at 100,000 profiles
  // for a list nobody asked for. Suggestions start with the first letter typed.
  if (key === '') return [];
  const rows = ctx.sqlite
    .prepare(
      `SELECT skill_key AS key, skill, count(*) AS n FROM candidate_skills
       WHERE skill_key >= ? AND skill_key < ? GROUP BY skill_key, skill ORDER BY n DESC`,
    )
    .all(key, `${key}\uffff`) as { key: string; skill: string; n: number }[];
  const byKey = new Map<string, { skill: string; count: number; best: number }>();
  for (const r of rows) {
    const entry = byKey.get(r.key);
    if (!entry) byKey.set(r.key, { skill: r.skill, count: r.n, best: r.n });
    else entry.count += r.n;
  }
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || a.skill.localeCompare(b.skill, 'it'))
    .slice(0, limit)
    .map(({ skill, count }) => ({ skill, count }));
}

export function candidateOperators(ctx: ReadCtx): { id: string; name: string }[] {
  return ctx.sqlite
    .prepare('SELECT id, full_name AS name FROM operators WHERE deleted_at IS NULL ORDER BY full_name COLLATE NOCASE')
    .all() as { id: string; name: string }[];
}
