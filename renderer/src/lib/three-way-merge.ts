/**
 * Taking in a version saved meanwhile by someone else without losing what this operator typed:
 * their change wins where this operator left the field as it was, the typed value wins elsewhere.
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface ThreeWayResult<T> {
  /** Fields to set in the form: theirs, where the operator had not touched them. */
  updates: Partial<T>;
  /** Every field the other operator changed, taken in or not (to tell the operator). */
  theirChanges: (keyof T)[];
}

export function threeWayMerge<T extends object>(original: T, theirs: T, typed: T): ThreeWayResult<T> {
  const theirChanges = (Object.keys(theirs) as (keyof T)[]).filter((k) => !same(theirs[k], original[k]));
  const updates: Partial<T> = {};
  for (const k of theirChanges) {
    if (same(typed[k], original[k])) updates[k] = theirs[k];
  }
  return { updates, theirChanges };
}

/** The form calls the merge needs (a Mantine form fits). */
export interface MergeableForm<T> {
  getValues(): T;
  setValues(values: Partial<T>): void;
}

/**
 * Takes their saved version into a form being typed: merges against the version the typing started
 * from, sets the fields the operator had not touched, and returns every field they changed.
 */
export function takeTheirVersion<T extends object>(form: MergeableForm<T>, original: T, theirs: T): (keyof T)[] {
  const { updates, theirChanges } = threeWayMerge(original, theirs, form.getValues());
  form.setValues(updates);
  return theirChanges;
}
