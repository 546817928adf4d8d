/**
 * Patron days: a comune's patron saint's day is a public holiday there (L. 260/1949 art. 2 c. 2;
 * D.P.R. 792/1985), so it is not planned in the hours of an intern who works there and the register
 * marks it. The list shipped here is what could be sourced with a licence on this machine (decision
 * 0017): the eight provincial capitals of Piedmont, as the MIT-licensed `holidays` library
 * (github.com/vacanza/holidays, countries/italy.py, from Wikipedia's list of the patron saints of
 * Italian provincial capitals) gives them. Any other comune, or a correction, is a row an office's
 * coordinator adds (`patron_days`), and that row takes the place of the one shipped.
 */
import { isLocalHolidayRule, ITALIAN_MONTHS, type LocalHoliday } from './calendar';
import { foldText } from '../validation/text';

export interface PatronDay {
  /** Belfiore (catasto) code of the comune. */
  comuneCode: string;
  comune: string;
  province: string | null;
  /** 'MM-DD' or 'MM-Wn-d' (calendar.ts); null: the comune keeps no patron holiday. */
  rule: string | null;
  saint: string | null;
  source: string | null;
}

const SHIPPED_SOURCE = 'Elenco fornito con l’applicazione (capoluoghi di provincia; libreria «holidays», licenza MIT)';

export const SHIPPED_PATRON_DAYS: readonly PatronDay[] = [
  { comuneCode: 'A182', comune: 'Alessandria', province: 'AL', rule: '11-10', saint: 'San Baudolino', source: SHIPPED_SOURCE },
  { comuneCode: 'A479', comune: 'Asti', province: 'AT', rule: '05-W1-2', saint: 'San Secondo', source: SHIPPED_SOURCE },
  { comuneCode: 'A859', comune: 'Biella', province: 'BI', rule: '12-26', saint: 'Santo Stefano', source: SHIPPED_SOURCE },
  { comuneCode: 'D205', comune: 'Cuneo', province: 'CN', rule: '09-29', saint: 'San Michele Arcangelo', source: SHIPPED_SOURCE },
  { comuneCode: 'F952', comune: 'Novara', province: 'NO', rule: '01-22', saint: 'San Gaudenzio', source: SHIPPED_SOURCE },
  { comuneCode: 'L219', comune: 'Torino', province: 'TO', rule: '06-24', saint: 'San Giovanni Battista', source: SHIPPED_SOURCE },
  { comuneCode: 'L746', comune: 'Verbania', province: 'VB', rule: '05-08', saint: 'San Vittore', source: SHIPPED_SOURCE },
  { comuneCode: 'L750', comune: 'Vercelli', province: 'VC', rule: '08-01', saint: 'Sant’Eusebio', source: SHIPPED_SOURCE },
];

const ORDINALS = ['primo', 'secondo', 'terzo', 'quarto', 'quinto'];
const WEEKDAY_NAMES = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];

/** «24 giugno», «primo martedì di maggio»; «nessuna festa patronale» for null. */
export function describePatronRule(rule: string | null): string {
  if (rule === null) return 'nessuna festa patronale';
  if (!isLocalHolidayRule(rule)) return rule;
  const month = ITALIAN_MONTHS[Number(rule.slice(0, 2)) - 1]!;
  const nth = /^\d{2}-W(\d)-(\d)$/.exec(rule);
  if (nth) return `${ORDINALS[Number(nth[1]) - 1]} ${WEEKDAY_NAMES[Number(nth[2]) - 1]} di ${month}`;
  return `${Number(rule.slice(3))} ${month}`;
}

/**
 * The patron day that applies in a comune: an office's row for it (the newest, when two offices
 * each wrote one) over the shipped one. Matched by name and province as an association's address
 * is written; without a province on either side, by name alone.
 */
export function patronDayFor(comune: string, province: string | null, entries: readonly PatronDay[]): PatronDay | null {
  const name = foldText(comune);
  const prov = province?.trim().toUpperCase() || null;
  const matches = entries.filter((e) => foldText(e.comune) === name && (prov === null || e.province === null || e.province === prov));
  return matches[0] ?? null;
}

/** What the calendar takes: nothing when the comune keeps no patron holiday. */
export function localHolidaysOf(day: PatronDay | null): LocalHoliday[] {
  return day?.rule ? [{ rule: day.rule, name: day.saint ?? '' }] : [];
}
