import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './record';

/**
 * Patron days of the comuni (a local public holiday for planned hours and registers), as the
 * offices add or correct them (decision 0017). The list the app ships lives in
 * shared/rules/patron-days.ts; a row here for the same comune takes its place. Travels like the
 * committees list, but any office's coordinator or administrator may write one: a desk working
 * offline must be able to fix its own comune.
 */
export const patronDays = sqliteTable(
  'patron_days',
  {
    ...recordColumns(),
    /** Belfiore (catasto) code of the comune, from the places list. */
    comuneCode: text('comune_code').notNull(),
    comune: text('comune').notNull(),
    province: text('province'),
    /** 'MM-DD', or 'MM-Wn-d' (n-th ISO weekday d of month MM); null: the comune has no patron holiday. */
    rule: text('rule'),
    saint: text('saint'),
    /** Where the date comes from (a municipal statute, a collective agreement…). */
    source: text('source'),
  },
  (t) => [index('patron_days_comune_idx').on(t.comuneCode), index('patron_days_hlc_idx').on(t.hlc)],
);

/**
 * The ISTAT CP2011 classification of professions, as an administrator imported it from ISTAT's
 * file (it cannot ship: decision 0017). Local reference data: each office imports it; never travels.
 */
export const professions = sqliteTable(
  'professions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    /** 1 (grande gruppo) … 5 (unità professionale): the number of parts of the code. */
    level: integer('level').notNull(),
    /** The name folded (no case, accents or punctuation) for the form's search. */
    nameFold: text('name_fold').notNull(),
  },
);
