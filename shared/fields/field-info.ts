/**
 * What every screen, the history and the documents say about one field of a record: written once
 * per record in this folder (decision: one field catalogue per record), so «Data di nascita» reads
 * the same on the form, the profile, the history, the merge table, the exchange conflicts and the
 * office's template list.
 */

/** How a stored value reads, where the value alone does not say it (a date is text in the database). */
export type FieldFormat = 'date' | 'dateTime' | 'yesNo' | 'percent' | 'list';

export interface FieldInfo {
  /** The field's name on its own: the history, the profile, the merge table and the documents use it. */
  readonly label: string;
  /**
   * The shorter name where the screen already says which: a form row under its section («CAP» under
   * «Residenza»), a list's narrow column. The history and the documents always use `label`.
   */
  readonly short?: string;
  /** One line under the form's input: what to write, or when to leave it empty. */
  readonly help?: string;
  readonly format?: FieldFormat;
}

/** A record's catalogue: the label of every field, the catalogue's own keys narrowed to strings. */
export type FieldLabels<K extends string> = Readonly<Record<K, string>>;

/** The labels alone, for the screens that only name fields (history, conflicts, list columns). */
export function labelsOf<K extends string>(fields: Readonly<Record<K, FieldInfo>>): FieldLabels<K> {
  return Object.fromEntries(Object.entries<FieldInfo>(fields).map(([key, info]) => [key, info.label])) as FieldLabels<K>;
}

/** The fields of a catalogue stored in one format, for a formatter's lookups. */
export function fieldsIn(fields: Readonly<Record<string, FieldInfo>>, format: FieldFormat): ReadonlySet<string> {
  return new Set(Object.entries(fields).filter(([, info]) => info.format === format).map(([key]) => key));
}

