import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIT_ACTIONS } from '@shared/api/audit';

/** Who did what to which record, written in the same transaction as the change itself. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    siteId: text('site_id').notNull(),
    operatorId: text('operator_id'),
    operatorName: text('operator_name').notNull(),
    /** An audited entity, or the table a resolved exchange conflict was on (not only AUDITED_ENTITIES). */
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    /** JSON array of `{ field, before, after }`, written and read by services/audit/audit-log.ts. */
    changes: text('changes').notNull(),
    hlc: text('hlc').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId, t.at), index('audit_hlc_idx').on(t.hlc)],
);
