/**
 * What a role without the clearance may see of a profile: "disabile" and "in carico ai servizi"
 * are health and social-care data (art. 9 GDPR) in themselves, so the category is hidden in
 * profiles, lists, filters and history, and kept as it was when such a role saves the profile.
 */
import type { AuditEntry } from '@shared/api/audit';
import { z } from 'zod';
import {
  isRestrictedCategory,
  RESTRICTED_CATEGORY_VALUE,
  visibleCategories,
  type Candidate,
  type CandidateData,
  type CandidateList,
} from '@shared/api/candidates';
import { AppError } from '@shared/api/errors';
import { findCandidate } from '../../services/candidates/candidates';
import type { RuleOf } from './rule';

export function maskCandidate(c: Candidate): Candidate {
  if (!isRestrictedCategory(c.targetCategory)) return c;
  return { ...c, targetCategory: null, targetCategoryHidden: true };
}

export function maskList(list: CandidateList): CandidateList {
  return {
    ...list,
    items: list.items.map((r) => (isRestrictedCategory(r.targetCategory) ? { ...r, targetCategory: null, targetCategoryHidden: true } : r)),
  };
}

/**
 * Any record's history: a person's category that was protected before or after a change reads as
 * the fold, and so do the protected categories a need asked (kept as JSON text, decision 0026).
 */
function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function maskHistory(entries: AuditEntry[]): AuditEntry[] {
  const one = (v: string | number | boolean | null) => (typeof v === 'string' && isRestrictedCategory(v) ? RESTRICTED_CATEGORY_VALUE : v);
  const list = (v: string | number | boolean | null) => {
    if (typeof v !== 'string' || !v.startsWith('[')) return v;
    const parsed = z.array(z.string()).safeParse(parseOrNull(v));
    if (!parsed.success) return v;
    const { categories, hidden } = visibleCategories(parsed.data);
    return hidden ? JSON.stringify([...categories, RESTRICTED_CATEGORY_VALUE]) : v;
  };
  const masks: Record<string, (v: string | number | boolean | null) => string | number | boolean | null> = { targetCategory: one, categories: list };
  return entries.map((e) => ({
    ...e,
    changes: e.changes.map((ch) => {
      const mask = masks[ch.field];
      return mask ? { ...ch, before: mask(ch.before), after: mask(ch.after) } : ch;
    }),
  }));
}

/** Filtering by a hidden category would list exactly the people it hides. */
export function assertCategoryFilterAllowed(category: string | null): void {
  if (isRestrictedCategory(category)) {
    throw new AppError('FORBIDDEN', 'Il tuo ruolo non permette di cercare per le categorie tutelate: il dettaglio lo vede un coordinatore.');
  }
}

/**
 * Setting a restricted category is writing special-category data, which this role may not do.
 * Refused for every person alike, whatever is stored, so the refusal tells nothing about anyone.
 */
export function assertCategoryAssignable(data: CandidateData): CandidateData {
  if (isRestrictedCategory(data.targetCategory)) {
    throw new AppError('FORBIDDEN', 'Il tuo ruolo non permette di assegnare le categorie tutelate: le sceglie un coordinatore.', [
      { path: 'targetCategory', message: 'Categoria tutelata: la sceglie un coordinatore' },
    ]);
  }
  return data;
}

/**
 * A hidden category stays as stored whatever the form sends: empty from a form that could not show
 * it, or another category from a caller that went round the form (which would erase the
 * coordinator's art. 9 decision). Kept rather than refused, so the answer is the same as for anyone.
 */
export function keepHiddenCategory(data: CandidateData, stored: string | null): CandidateData {
  if (!isRestrictedCategory(stored)) return data;
  return { ...data, targetCategory: stored as CandidateData['targetCategory'] };
}

export const candidateRule: RuleOf<'candidate'> = { answer: maskCandidate };

export const candidateNewRule: RuleOf<'candidateNew'> = { guard: assertCategoryAssignable, answer: maskCandidate };

export const candidateEditRule: RuleOf<'candidateEdit'> = {
  guard: (input, ctx) => ({
    ...input,
    data: keepHiddenCategory(assertCategoryAssignable(input.data), findCandidate(ctx, input.id)?.targetCategory ?? null),
  }),
  answer: maskCandidate,
};

export const candidateListRule: RuleOf<'candidateList'> = {
  guard: (input) => {
    assertCategoryFilterAllowed(input.targetCategory);
    return input;
  },
  answer: maskList,
};

export const historyRule: RuleOf<'history'> = { answer: maskHistory };
