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

/** A hidden category arrives empty from a form that could not show it: the stored one stays. */
export function keepHiddenCategory(data: CandidateData, stored: string | null): CandidateData {
  if (data.targetCategory !== null || !isRestrictedCategory(stored)) return data;
  return { ...data, targetCategory: stored as CandidateData['targetCategory'] };
}

export const candidateRule: RuleOf<'candidate'> = { answer: maskCandidate };

export const candidateEditRule: RuleOf<'candidateEdit'> = {
  guard: (input, ctx) => ({ ...input, data: keepHiddenCategory(input.data, findCandidate(ctx, input.id)?.targetCategory ?? null) }),
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
