/**
 * What a role without the clearance may see of a need (decision 0026). A need asking a protected
 * category is not a person's data, but everyone proposed to it would be suspected of having it:
 * so its protected categories fold into one flag, as a person's do, kept as stored when such a
 * role saves the need, and refused alike, whichever one it is, when such a role tries to set one.
 */
import { AppError } from '@shared/api/errors';
import { isRestrictedCategory, TARGET_CATEGORIES, visibleCategories } from '@shared/api/candidate-fields';
import type { Need, NeedData } from '@shared/api/needs';
import { requireNeed } from '../../services/needs/needs';
import type { RuleOf } from './rule';

export function maskNeed(need: Need): Need {
  const { categories, hidden } = visibleCategories(need.categories);
  return hidden ? { ...need, categories, categoriesHidden: true } : need;
}

function assertNoProtectedCategory(data: NeedData): NeedData {
  if (data.categories.some(isRestrictedCategory)) {
    throw new AppError('FORBIDDEN', 'Il tuo ruolo non permette di indicare le categorie tutelate: le sceglie un coordinatore.', [
      { path: 'categories', message: 'Categorie tutelate: le sceglie un coordinatore' },
    ]);
  }
  return data;
}

/** The protected categories stored stay, whatever a form that could not show them sends. */
function keepProtected(data: NeedData, stored: readonly string[]): NeedData {
  const kept = stored.filter(isRestrictedCategory);
  if (kept.length === 0) return data;
  // In the catalogue's order, as the form's own field keeps it, so an unchanged need diffs as unchanged.
  return { ...data, categories: TARGET_CATEGORIES.filter((c) => data.categories.includes(c) || kept.includes(c)) };
}

export const needRule: RuleOf<'need'> = { answer: maskNeed };

export const needNewRule: RuleOf<'needNew'> = { guard: assertNoProtectedCategory, answer: maskNeed };

export const needEditRule: RuleOf<'needEdit'> = {
  guard: (input, ctx) => ({ ...input, data: keepProtected(assertNoProtectedCategory(input.data), requireNeed(ctx, input.id).categories) }),
  answer: maskNeed,
};
