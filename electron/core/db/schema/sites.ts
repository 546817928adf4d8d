import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { OFFICE_KINDS } from '@shared/api/settings';
import { recordColumns } from './record';

/**
 * Offices (sportelli and the regional office). The row with `is_local = 1` is this
 * installation; a regional office will also hold the rows of the offices it consolidates.
 * The promoter organisation's data is kept with the office, since it is printed on its documents.
 */
export const sites = sqliteTable('sites', {
  ...recordColumns(),
  isLocal: integer('is_local', { mode: 'boolean' }).notNull().default(false),
  name: text('name').notNull(),
  code: text('code').notNull().unique(),
  kind: text('kind', { enum: OFFICE_KINDS }).notNull(),
  promoterName: text('promoter_name').notNull(),
  promoterTaxCode: text('promoter_tax_code').notNull(),
  promoterVatNumber: text('promoter_vat_number'),
  promoterAddress: text('promoter_address'),
  promoterCap: text('promoter_cap'),
  promoterComune: text('promoter_comune'),
  promoterProvince: text('promoter_province'),
  promoterLegalRepName: text('promoter_legal_rep_name'),
  promoterLegalRepRole: text('promoter_legal_rep_role'),
  promoterAccreditationRef: text('promoter_accreditation_ref'),
  promoterEmail: text('promoter_email'),
  promoterPec: text('promoter_pec'),
  promoterPhone: text('promoter_phone'),
});

/** Local settings of this installation (never exchanged): key → JSON value. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
