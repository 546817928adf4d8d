import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIT_ACTIONS } from '@shared/api/audit';

/** Who did what to which record, written in the same transaction as the change itself. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    /** The rowid: the log is this office's own and never travels, so a UUID's 36 bytes and index bought nothing (issue 17). */
    id: integer('id').primaryKey(),
    at: text('at').notNull(),
    siteId: text('site_id').notNull(),
    operatorId: text('operator_id'),
    operatorName: text('operator_name').notNull(),
    /** An audited entity, or the table a resolved exchange conflict was on (not only AUDITED_ENTITIES). */
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    /** The changed fields, in the compact forms of services/audit/changes-codec.ts. */
    changes: text('changes').notNull(),
    hlc: text('hlc').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId, t.at), index('audit_hlc_idx').on(t.hlc)],
);
