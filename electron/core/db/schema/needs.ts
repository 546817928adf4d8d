import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { needSchema } from '@shared/api/need-fields';
import { NEED_STATUSES } from '@shared/rules/need-lifecycle';
import { jsonColumn } from '../json-column';
import { associations } from './associations';
import { recordColumns } from './record';

/** What an association asks for. Lists are JSON: they travel with the record in regional merges. */
export const needs = sqliteTable(
  'needs',
  {
    ...recordColumns(),
    associationId: text('association_id')
      .notNull()
      .references(() => associations.id),
    operatingSiteId: text('operating_site_id'),
    title: text('title').notNull(),
    titleSort: text('title_sort').notNull(),
    tasks: text('tasks'),
    skills: jsonColumn('needs', 'skills', needSchema.shape.skills).notNull(),
    educationLevel: text('education_level'),
    licence: text('licence'),
    vehicleNeeded: integer('vehicle_needed', { mode: 'boolean' }).notNull(),
    hoursPerWeek: integer('hours_per_week'),
    shifts: jsonColumn<string[]>('needs', 'shifts', needSchema.shape.shifts).notNull(),
    schedule: text('schedule'),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    positions: integer('positions').notNull(),
    offers: jsonColumn<string[]>('needs', 'offers', needSchema.shape.offers).notNull(),
    categories: jsonColumn<string[]>('needs', 'categories', needSchema.shape.categories).notNull(),
    hostTutorAvailable: integer('host_tutor_available', { mode: 'boolean' }).notNull(),
    receivedOn: text('received_on').notNull(),
    operatorId: text('operator_id'),
    notes: text('notes'),
    status: text('status', { enum: NEED_STATUSES }).notNull(),
    statusChangedOn: text('status_changed_on').notNull(),
    /** Key of this record's row in `needs_fts` (plain rowids may change on VACUUM). */
    searchRowid: integer('search_rowid'),
  },
  (t) => [
    index('needs_hlc_idx').on(t.hlc),
    index('needs_site_idx').on(t.siteId, t.deletedAt, t.receivedOn),
    index('needs_received_idx').on(t.deletedAt, t.receivedOn),
    // «Oggi»: needs still waiting for a proposal, oldest first.
    index('needs_waiting_idx').on(t.receivedOn, t.status, t.operatorId).where(sql`deleted_at IS NULL AND status IN ('nuovo', 'in_analisi')`),
    index('needs_status_idx').on(t.status, t.deletedAt, t.receivedOn),
    index('needs_association_idx').on(t.associationId, t.deletedAt),
    index('needs_operator_idx').on(t.operatorId, t.deletedAt, t.receivedOn),
    uniqueIndex('needs_search_rowid_idx').on(t.searchRowid),
  ],
);

/** Each status change of a need, dated: the need's timeline. */
export const needEvents = sqliteTable(
  'need_events',
  {
    ...recordColumns(),
    needId: text('need_id')
      .notNull()
      .references(() => needs.id),
    at: text('at').notNull(),
    fromStatus: text('from_status', { enum: NEED_STATUSES }),
    toStatus: text('to_status', { enum: NEED_STATUSES }).notNull(),
    note: text('note'),
    operatorName: text('operator_name').notNull(),
  },
  (t) => [index('need_events_need_idx').on(t.needId, t.at), index('need_events_hlc_idx').on(t.hlc)],
);

/**
 * Which needs changed (themselves, their association or their operating site), filled by
 * triggers (migration 0006): the reverse matching keeps open needs in memory and reloads only
 * these. Local to this installation, never exchanged.
 */
export const needChanges = sqliteTable('need_changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  needId: text('need_id').notNull(),
});
