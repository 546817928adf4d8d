import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { FILTER_AREAS, savedFilterSchema } from '@shared/api/saved-filters';
import { jsonColumn } from '../json-column';

/** An operator's named list filters. Personal and local: they do not travel to the regional office. */
export const savedFilters = sqliteTable(
  'saved_filters',
  {
    id: text('id').primaryKey(),
    operatorId: text('operator_id').notNull(),
    area: text('area', { enum: FILTER_AREAS }).notNull(),
    name: text('name').notNull(),
    /** JSON object of the list's URL parameters. */
    params: jsonColumn('saved_filters', 'params', savedFilterSchema.shape.params).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('saved_filters_operator_idx').on(t.operatorId, t.area, t.name)],
);
