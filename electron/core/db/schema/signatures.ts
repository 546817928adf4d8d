import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The CA certificates of the trust list an administrator imported (the AgID TSL file): a signer's
 * certificate leading to one of them has its chain verified offline (decision 0033). Local to this
 * installation, never exchanged: each office imports the list it trusts; a new import replaces it.
 */
export const trustedCertificates = sqliteTable('trusted_certificates', {
  /** sha256 of the DER bytes: the same CA listed twice is kept once. */
  sha256: text('sha256').primaryKey(),
  subject: text('subject').notNull(),
  derBase64: text('der_base64').notNull(),
  validTo: text('valid_to').notNull(),
  sourceFile: text('source_file').notNull(),
  importedAt: text('imported_at').notNull(),
  importedBy: text('imported_by').notNull(),
  /** Order in the list, so the view shows it as the file had it. */
  position: integer('position').notNull(),
});
