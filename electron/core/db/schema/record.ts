import { text } from 'drizzle-orm/sqlite-core';

/**
 * Columns every record that travels between offices carries (see ARCHITECTURE.md, Data):
 * a UUIDv7 id, the office that created it, timestamps, who last wrote it, the hybrid logical
 * clock of that write (for last-writer-wins merges) and a tombstone instead of a hard delete.
 */
export const recordColumns = () => ({
  id: text('id').primaryKey(),
  siteId: text('site_id').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
  hlc: text('hlc').notNull(),
  deletedAt: text('deleted_at'),
});
