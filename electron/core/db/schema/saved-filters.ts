import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** An operator's named list filters. Personal and local: they do not travel to the regional office. */
export const savedFilters = sqliteTable(
  'saved_filters',
  {
    id: text('id').primaryKey(),
    operatorId: text('operator_id').notNull(),
    area: text('area').notNull(),
    name: text('name').notNull(),
    /** JSON object of the list's URL parameters. */
    params: text('params', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('saved_filters_operator_idx').on(t.operatorId, t.area, t.name)],
);
