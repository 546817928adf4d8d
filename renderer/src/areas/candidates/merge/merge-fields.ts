/**
 * The field-by-field choice of a merge: which fields differ, which value is proposed, and the
 * profile data that results. Pure, so the rules can be tested without a screen.
 */
import { candidateFields, type Candidate, type CandidateData, type CandidateInput } from '@shared/api/candidates';
import { foldText } from '@shared/validation/text';

export type MergeField = keyof CandidateData;
/** Keep the value of the profile that stays, of the other one, or (lists and notes) both. */
export type MergeChoice = 'survivor' | 'absorbed' | 'both';

/** Every field of the profile, in the order of the form. */
export const MERGE_FIELDS = Object.keys(candidateFields.shape) as MergeField[];

const LIST_FIELDS = new Set<MergeField>(['benefits', 'experiences', 'skills', 'languages', 'drivingLicences', 'shifts']);

export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Lists and free notes can be joined when that gives something neither profile has alone
 * (Mattina + Mattina, Sera is just the second); a name or a date can only be one or the other.
 */
export function canCombine(field: MergeField, survivor: Candidate, absorbed: Candidate): boolean {
  if (!LIST_FIELDS.has(field) && field !== 'notes') return false;
  const joined = combinedValue(field, survivor[field], absorbed[field]);
  return !same(joined, survivor[field]) && !same(joined, absorbed[field]);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function differs(field: MergeField, survivor: Candidate, absorbed: Candidate): boolean {
  return !same(survivor[field], absorbed[field]);
}

/** The survivor's value, unless it is empty and the other profile has one. */
export function defaultChoice(field: MergeField, survivor: Candidate, absorbed: Candidate): MergeChoice {
  return isEmptyValue(survivor[field]) && !isEmptyValue(absorbed[field]) ? 'absorbed' : 'survivor';
}

/** Both values of a list (repeats once) or of the notes (one after the other). */
export function combinedValue(field: MergeField, kept: unknown, other: unknown): unknown {
  if (field === 'notes') {
    return [kept, other].filter((v): v is string => typeof v === 'string' && v.trim() !== '').join('\n\n') || null;
  }
  const items = [...(Array.isArray(kept) ? kept : []), ...(Array.isArray(other) ? other : [])];
  // Skills differ only by case or accents are one skill; other items repeat only when identical.
  const key = (item: unknown) => (field === 'skills' && typeof item === 'string' ? foldText(item) : JSON.stringify(item));
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function chosenValue(field: MergeField, choice: MergeChoice, survivor: Candidate, absorbed: Candidate): unknown {
  if (choice === 'absorbed') return absorbed[field];
  if (choice === 'both' && canCombine(field, survivor, absorbed)) return combinedValue(field, survivor[field], absorbed[field]);
  return survivor[field];
}

/**
 * The profile data sent with the merge: every field, taken as chosen (fields equal on both sides
 * are the same either way). The contract parses it again, as it does any form.
 */
export function composeMergeData(
  survivor: Candidate,
  absorbed: Candidate,
  choices: Partial<Record<MergeField, MergeChoice>>,
): CandidateInput {
  const entries = MERGE_FIELDS.map((field) => {
    const choice = choices[field] ?? defaultChoice(field, survivor, absorbed);
    return [field, chosenValue(field, choice, survivor, absorbed)];
  });
  // Built from a saved profile's own fields, so each value already has the contract's shape.
  return Object.fromEntries(entries) as CandidateInput;
}
