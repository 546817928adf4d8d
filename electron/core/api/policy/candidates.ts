/**
 * What a role without the clearance may see of a profile: "disabile" and "in carico ai servizi"
 * are health and social-care data (art. 9 GDPR) in themselves, so the category is hidden in
 * profiles, lists, filters and history, and kept as it was when such a role saves the profile.
 */
import type { AuditEntry } from '@shared/api/audit';
import {
  isRestrictedCategory,
  RESTRICTED_CATEGORY_VALUE,
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

/** Any record's history: a category that was restricted before or after a change reads as "riservata". */
export function maskHistory(entries: AuditEntry[]): AuditEntry[] {
  const mask = (v: string | number | boolean | null) => (typeof v === 'string' && isRestrictedCategory(v) ? RESTRICTED_CATEGORY_VALUE : v);
  return entries.map((e) => ({
    ...e,
    changes: e.changes.map((ch) => (ch.field === 'targetCategory' ? { ...ch, before: mask(ch.before), after: mask(ch.after) } : ch)),
  }));
}

/** Filtering by a hidden category would list exactly the people it hides. */
export function assertCategoryFilterAllowed(category: string | null): void {
  if (isRestrictedCategory(category)) {
    throw new AppError('FORBIDDEN', 'Il tuo ruolo non permette di cercare per questa categoria: è un dato riservato.');
  }
}

/**
 * Setting a restricted category is writing special-category data, which this role may not do.
 * Refused for every person alike, whatever is stored, so the refusal tells nothing about anyone.
 */
export function assertCategoryAssignable(data: CandidateData): CandidateData {
  if (isRestrictedCategory(data.targetCategory)) {
    throw new AppError('FORBIDDEN', 'Il tuo ruolo non permette di assegnare questa categoria: è un dato riservato, la sceglie un coordinatore.', [
      { path: 'targetCategory', message: 'Categoria riservata: la sceglie un coordinatore' },
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
