/**
 * Italian agreement with a person's sex, one helper for every screen, message and document field
 * that names a person. A text is written once with each gendered word in the double form Italian
 * forms use when the person is not known — «Il/La candidato/a è stato/a proposto/a» — and comes
 * back agreed: «La candidata è stata proposta», «Il candidato è stato proposto», or unchanged when
 * the sex is not recorded (the double form is then the right Italian).
 *
 * Pass only gendered wording: every «x/y» in the text is read as a masculine/feminine pair, so
 * names, titles and other slashes («ospitante / progetto», «sociali/sanitari») are composed around
 * the agreed text, not inside it. Pairs are of two kinds:
 * - an ending after a word of four letters or more, «nato/a», «Studente/ssa», «Signor/a»: a vowel
 *   ending replaces the word's final vowel, anything else is appended;
 * - two whole words from the short list of articles and prepositions, «il/la», «dal/dalla».
 */

/** A person's sex as the records keep it (from the codice fiscale), or not known. */
export type PersonSex = 'M' | 'F' | null | undefined;

/** Articles, prepositions and pronouns whose feminine is a whole other word. */
const WORD_PAIRS = new Set([
  'il/la',
  'lo/la',
  'un/una',
  'del/della',
  'dello/della',
  'al/alla',
  'allo/alla',
  'dal/dalla',
  'dallo/dalla',
  'nel/nella',
  'nello/nella',
  'sul/sulla',
  'col/colla',
  'i/le',
  'gli/le',
  'dei/delle',
  'degli/delle',
  'ai/alle',
  'agli/alle',
  'dai/dalle',
  'dagli/dalle',
  'nei/nelle',
  'negli/nelle',
  'lui/lei',
  'egli/ella',
]);

const VOWEL = /^[aeiouàèéìòù]/i;
const SLASHED = /([\p{L}’']+)\/(\p{L}+)/gu;

/** The word before the slash, without an elided article («L’interessato» → «interessato»). */
const stem = (word: string) => word.slice(Math.max(word.lastIndexOf('’'), word.lastIndexOf('\'')) + 1);

function feminineOf(masculine: string, ending: string): string {
  return VOWEL.test(ending) && VOWEL.test(masculine.slice(-1)) ? masculine.slice(0, -1) + ending : masculine + ending;
}

/** The text with each «masculine/feminine» pair agreed with `sex`; unchanged when the sex is not known. */
export function agree(sex: PersonSex, text: string): string {
  if (sex !== 'M' && sex !== 'F') return text;
  return text.replace(SLASHED, (whole, before: string, after: string) => {
    if (WORD_PAIRS.has(`${stem(before)}/${after}`.toLowerCase())) return sex === 'M' ? before : before.slice(0, before.length - stem(before).length) + after;
    // An ending: short, lower case, after a real word. Anything else is not a gender pair.
    if (stem(before).length < 4 || after.length > 3 || after !== after.toLowerCase()) return whole;
    return sex === 'M' ? before : feminineOf(before, after);
  });
}

/**
 * The sex a plural about several people agrees with: feminine only when every one of them is a
 * woman, masculine as soon as one is a man (Italian's rule for a mixed group), not known otherwise.
 */
export function groupSex(sexes: readonly PersonSex[]): PersonSex {
  if (sexes.length > 0 && sexes.every((s) => s === 'F')) return 'F';
  return sexes.some((s) => s === 'M') ? 'M' : null;
}
