import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './record';

/**
 * The AICS committees (Comitato Provinciale AICS Torino, …): reference data the regional office
 * keeps and publishes to the desks, which read it but never change it (decision 0013). An
 * association's own `committee` stays free text: this list only suggests what to write.
 */
export const committees = sqliteTable(
  'committees',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    /** Sigla (TO, CN…), when the committee is a provincial one. */
    province: text('province'),
    notes: text('notes'),
  },
  // No unique index on the name: a deleted committee's name may be used again, and a merge must never
  // fail on a rule of this database. The service refuses a live name twice.
  (t) => [index('committees_hlc_idx').on(t.hlc)],
);
