import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { ATTACHMENT_KINDS, BENEFITS, DRIVING_LICENCES, EMPLOYMENT_STATUSES, experienceFields, languageFields, SHIFTS } from '@shared/api/candidate-fields';
import { CANDIDATE_STATUSES } from '@shared/domain/person';
import { jsonColumn } from '../json-column';
import { recordColumns } from './record';

/**
 * Candidates' profiles. Lists (experiences, skills, languages, licences, shifts, benefits) are
 * JSON columns: they travel with the record as one unit in regional merges. The skills in use,
 * for suggestions, are counted in memory (services/candidates/skill-vocabulary.ts).
 */
export const candidates = sqliteTable(
  'candidates',
  {
    ...recordColumns(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Folded "surname name", so an ordinary index sorts in Italian order. */
    nameSort: text('name_sort').notNull(),
    taxCode: text('tax_code').notNull(),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: ['M', 'F'] }),
    birthPlaceCode: text('birth_place_code'),
    birthPlace: text('birth_place'),
    citizenship: text('citizenship'),
    permitType: text('permit_type'),
    permitExpiry: text('permit_expiry'),
    resAddress: text('res_address'),
    resCap: text('res_cap'),
    resComune: text('res_comune'),
    resComuneSort: text('res_comune_sort'),
    resProvince: text('res_province'),
    domicileSame: integer('domicile_same', { mode: 'boolean' }).notNull(),
    domAddress: text('dom_address'),
    domCap: text('dom_cap'),
    domComune: text('dom_comune'),
    domProvince: text('dom_province'),
    phone: text('phone'),
    email: text('email'),
    employmentStatus: text('employment_status', { enum: EMPLOYMENT_STATUSES }),
    didDate: text('did_date'),
    cpi: text('cpi'),
    benefits: jsonColumn<string[]>('candidates', 'benefits', z.array(z.enum(BENEFITS))).notNull(),
    targetCategory: text('target_category'),
    educationLevel: text('education_level'),
    /** Position of the level in EDUCATION_LEVELS, for "at least" filters. */
    educationRank: integer('education_rank'),
    educationTitle: text('education_title'),
    educationYear: integer('education_year'),
    experiences: jsonColumn<unknown[]>('candidates', 'experiences', z.array(experienceFields)).notNull(),
    skills: jsonColumn<string[]>('candidates', 'skills', z.array(z.string())).notNull(),
    languages: jsonColumn<unknown[]>('candidates', 'languages', z.array(languageFields)).notNull(),
    drivingLicences: jsonColumn<string[]>('candidates', 'driving_licences', z.array(z.enum(DRIVING_LICENCES))).notNull(),
    ownVehicle: integer('own_vehicle', { mode: 'boolean' }).notNull(),
    hoursPerWeek: integer('hours_per_week'),
    shifts: jsonColumn<string[]>('candidates', 'shifts', z.array(z.enum(SHIFTS))).notNull(),
    availabilityArea: text('availability_area'),
    availableFrom: text('available_from'),
    privacyNoticeDate: text('privacy_notice_date'),
    privacyNoticeVersion: text('privacy_notice_version'),
    specialLegalBasis: text('special_legal_basis'),
    consentContact: integer('consent_contact', { mode: 'boolean' }).notNull(),
    consentDate: text('consent_date'),
    status: text('status', { enum: CANDIDATE_STATUSES }).notNull(),
    operatorId: text('operator_id'),
    notes: text('notes'),
    /** Folded surname + name: with the birth date, finds the same person under another CF. */
    duplicateKey: text('duplicate_key').notNull(),
    mergedInto: text('merged_into'),
    /** Key of this record's row in `candidates_fts` (plain rowids may change on VACUUM). */
    searchRowid: integer('search_rowid'),
    /** When the person's data were erased (GDPR art. 17, services/privacy/erasure.ts): the row keeps only statistics. */
    anonymisedAt: text('anonymised_at'),
  },
  (t) => [
    index('candidates_hlc_idx').on(t.hlc),
    index('candidates_site_idx').on(t.siteId, t.deletedAt, t.nameSort),
    // Each list filter that narrows by equality has its index ending in the default order, so a
    // filtered first page is read in order and stops at the page size instead of sorting.
    index('candidates_name_idx').on(t.deletedAt, t.nameSort),
    index('candidates_updated_idx').on(t.deletedAt, t.updatedAt),
    index('candidates_birth_idx').on(t.deletedAt, t.birthDate),
    index('candidates_comune_idx').on(t.deletedAt, t.resComuneSort),
    index('candidates_status_idx').on(t.status, t.deletedAt, t.nameSort),
    index('candidates_province_idx').on(t.resProvince, t.deletedAt, t.nameSort),
    index('candidates_operator_idx').on(t.operatorId, t.deletedAt, t.nameSort),
    index('candidates_category_idx').on(t.targetCategory, t.deletedAt, t.nameSort),
    // Counts under two or more of those filters read this small index instead of the table rows.
    index('candidates_filters_idx').on(t.deletedAt, t.status, t.resProvince, t.targetCategory, t.operatorId),
    uniqueIndex('candidates_search_rowid_idx').on(t.searchRowid),
    index('candidates_tax_code_idx').on(t.taxCode),
    index('candidates_duplicate_idx').on(t.duplicateKey, t.birthDate),
    index('candidates_merged_into_idx').on(t.mergedInto),
    // «Oggi» (issue 16): permits expiring, people without the privacy notice; small, only those rows.
    index('candidates_permit_idx').on(t.permitExpiry, t.nameSort).where(sql`deleted_at IS NULL AND permit_expiry IS NOT NULL`),
    index('candidates_no_notice_idx')
      .on(t.nameSort, t.status, t.operatorId)
      .where(sql`deleted_at IS NULL AND anonymised_at IS NULL AND privacy_notice_date IS NULL`),
  ],
);

/** Special-category data (art. 9 GDPR), one row per candidate that has any. */
export const candidateSpecial = sqliteTable('candidate_special', {
  ...recordColumns(),
  candidateId: text('candidate_id')
    .notNull()
    .unique()
    .references(() => candidates.id),
  disabilityPercent: integer('disability_percent'),
  healthNotes: text('health_notes'),
  socialServicesCare: integer('social_services_care', { mode: 'boolean' }).notNull(),
  socialServicesNotes: text('social_services_notes'),
});

export const candidateNotes = sqliteTable(
  'candidate_notes',
  {
    ...recordColumns(),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    date: text('date').notNull(),
    text: text('text').notNull(),
    authorId: text('author_id'),
    authorName: text('author_name').notNull(),
  },
  (t) => [index('candidate_notes_candidate_idx').on(t.candidateId, t.date), index('candidate_notes_hlc_idx').on(t.hlc)],
);

export const candidateAttachments = sqliteTable(
  'candidate_attachments',
  {
    ...recordColumns(),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    kind: text('kind', { enum: ATTACHMENT_KINDS }).notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** File name inside the data folder's `attachments/`: never an outside path. */
    storedName: text('stored_name').notNull(),
  },
  (t) => [index('candidate_attachments_candidate_idx').on(t.candidateId), index('candidate_attachments_hlc_idx').on(t.hlc)],
);

/** Pairs an operator has checked: same name and birth date, but different people. */
export const candidateNotDuplicates = sqliteTable(
  'candidate_not_duplicates',
  {
    ...recordColumns(),
    /** The smaller of the two ids, so a pair is stored once. */
    firstId: text('first_id').notNull(),
    secondId: text('second_id').notNull(),
  },
  (t) => [uniqueIndex('candidate_not_duplicates_pair_idx').on(t.firstId, t.secondId)],
);

/**
 * Which candidates changed, in order, filled by triggers on `candidates` (migration 0006) so no
 * write path can forget it. The matching keeps every person's facts in memory and reloads only
 * these; it empties the log once read. Local to this installation, never exchanged.
 */
export const candidateChanges = sqliteTable('candidate_changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  candidateId: text('candidate_id').notNull(),
});
