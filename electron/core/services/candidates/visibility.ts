/**
 * What a role without `candidates.special` may see of the target category: "disabile" and
 * "in carico ai servizi" are health and social-care data (art. 9 GDPR) in themselves, so for
 * those roles the value is hidden in profiles, lists, filters and history, and kept on save.
 */
import type { AuditEntry } from '../../../../shared/api/audit';
import {
  isRestrictedCategory,
  RESTRICTED_CATEGORY_VALUE,
  type Candidate,
  type CandidateData,
  type CandidateList,
} from '../../../../shared/api/candidates';
import { AppError } from '../../../../shared/api/errors';

export function maskCandidate(c: Candidate, canSee: boolean): Candidate {
  if (canSee || !isRestrictedCategory(c.targetCategory)) return c;
  return { ...c, targetCategory: null, targetCategoryHidden: true };
}

export function maskList(list: CandidateList, canSee: boolean): CandidateList {
  if (canSee) return list;
  return {
    ...list,
    items: list.items.map((r) => (isRestrictedCategory(r.targetCategory) ? { ...r, targetCategory: null, targetCategoryHidden: true } : r)),
  };
}

export function maskHistory(entries: AuditEntry[], canSee: boolean): AuditEntry[] {
  if (canSee) return entries;
  const mask = (v: string | number | boolean | null) => (typeof v === 'string' && isRestrictedCategory(v) ? RESTRICTED_CATEGORY_VALUE : v);
  return entries.map((e) => ({
    ...e,
    changes: e.changes.map((ch) => (ch.field === 'targetCategory' ? { ...ch, before: mask(ch.before), after: mask(ch.after) } : ch)),
  }));
}

/** Filtering by a hidden category would list exactly the people it hides. */
export function assertCategoryFilterAllowed(category: string | null, canSee: boolean): void {
  if (!canSee && isRestrictedCategory(category)) {
    throw new AppError('FORBIDDEN', 'Il tuo ruolo non permette di cercare per questa categoria: è un dato riservato.');
  }
}

/** A hidden category arrives empty from a form that could not show it: the stored one stays. */
export function keepHiddenCategory(data: CandidateData, stored: string | null, canSee: boolean): CandidateData {
  if (canSee || data.targetCategory !== null || !isRestrictedCategory(stored)) return data;
  return { ...data, targetCategory: stored as CandidateData['targetCategory'] };
}
