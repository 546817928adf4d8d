/** What the candidates' forms and filters offer: skills already in use, operators in charge. */
import type { ReadCtx } from '../../context';
import { candidateMemory } from './memory';
import type { SkillSuggestion } from './skill-vocabulary';

/** Skills in use that start with the typed text, most used first (skill-vocabulary.ts). */
export function skillSuggestions(ctx: ReadCtx, query: string, limit = 15): SkillSuggestion[] {
  return candidateMemory(ctx).vocabulary.suggestions(query, limit);
}

export function candidateOperators(ctx: ReadCtx): { id: string; name: string }[] {
  return ctx.sqlite
    .prepare('SELECT id, full_name AS name FROM operators WHERE deleted_at IS NULL ORDER BY full_name COLLATE NOCASE')
    .all() as { id: string; name: string }[];
}
