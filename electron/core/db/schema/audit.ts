import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Who did what to which record, written in the same transaction as the change itself. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    siteId: text('site_id').notNull(),
    operatorId: text('operator_id'),
    operatorName: text('operator_name').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    /** JSON array of `{ field, before, after }`. */
    changes: text('changes').notNull(),
    hlc: text('hlc').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId, t.at), index('audit_hlc_idx').on(t.hlc)],
);
