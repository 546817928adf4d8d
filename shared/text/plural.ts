/**
 * Italian counts, one helper for every screen, message and document: «1 giorno», «3 giorni»,
 * «un tirocinante», «12 pratiche». Intl.PluralRules picks the form, so the choice is CLDR's and not
 * a hand-written `n === 1`; the forms themselves stay whole Italian phrases, because Italian changes
 * more than the noun («è stato firmato» / «sono stati firmati», «manca un mese» / «mancano 3 mesi»).
 *
 * An ICU MessageFormat library (intl-messageformat) was weighed and left out: its parser would only
 * replace this choice between two phrases, and the person's sex is already agreed by `agree` on the
 * double forms («proposto/a») the texts are written in, which ICU's `select` would make us rewrite.
 */
import { agree, type PersonSex } from './agreement';

const RULES = new Intl.PluralRules('it-IT');
const INTEGER = new Intl.NumberFormat('it-IT');

/** The number as Italians write it: 12.345 (a four-digit number keeps no separator: 1234). */
export function formatCount(n: number): string {
  return INTEGER.format(n);
}

/**
 * The phrase for `n`: `one` for one, `other` for zero and the rest (Italian's «many» of round
 * millions reads as `other` too). `#` in a phrase stands for the number; `sex`, when given, agrees
 * the double forms of the chosen phrase with the person or group («proposto/a»).
 */
export function plural(n: number, one: string, other: string, sex?: PersonSex): string {
  const form = (RULES.select(n) === 'one' ? one : other).replaceAll('#', formatCount(n));
  return sex === undefined ? form : agree(sex, form);
}

/** A number and its noun: «1 giorno», «3 giorni», «1.200 candidati». */
export function count(n: number, singular: string, pluralNoun: string): string {
  return plural(n, `# ${singular}`, `# ${pluralNoun}`);
}
