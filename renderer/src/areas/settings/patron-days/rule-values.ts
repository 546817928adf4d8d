/**
 * The patron-day rule as the dialog edits it: a fixed date, the n-th weekday of a month, or none;
 * turned into the contract's 'MM-DD' / 'MM-Wn-d' / null and back. Pure, so it is tested alone.
 */
export type RuleMode = 'data' | 'settimana' | 'nessuna';

export interface RuleValues {
  mode: RuleMode;
  /** '1'–'12', '' when not chosen. */
  month: string;
  /** '1'–'31'. */
  day: string;
  /** '1'–'5'. */
  nth: string;
  /** ISO weekday '1'–'7'. */
  weekday: string;
}

const pad = (v: string) => v.padStart(2, '0');

/** The rule to send; '' when a part is missing (the contract says what is wrong). */
export function ruleOf(v: RuleValues): string | null {
  if (v.mode === 'nessuna') return null;
  if (!v.month) return '';
  if (v.mode === 'data') return v.day ? `${pad(v.month)}-${pad(v.day)}` : '';
  return v.nth && v.weekday ? `${pad(v.month)}-W${v.nth}-${v.weekday}` : '';
}

export function valuesOf(rule: string | null): RuleValues {
  const empty: RuleValues = { mode: 'data', month: '', day: '', nth: '1', weekday: '1' };
  if (rule === null) return { ...empty, mode: 'nessuna' };
  const nth = /^(\d{2})-W(\d)-(\d)$/.exec(rule);
  if (nth) return { ...empty, mode: 'settimana', month: String(Number(nth[1])), nth: nth[2]!, weekday: nth[3]! };
  const date = /^(\d{2})-(\d{2})$/.exec(rule);
  return date ? { ...empty, month: String(Number(date[1])), day: String(Number(date[2])) } : empty;
}
