import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DOCUMENT_KINDS } from '@shared/documents/context';
import { jsonColumn } from '../json-column';
import { templateSchema } from '@shared/api/documents';
import { signatureCheckSchema } from '@shared/documents/signatures';
import { candidates } from './candidates';
import { internships } from './internships';
import { recordColumns } from './record';

/**
 * A generated Word document of an internship file: its bytes live in the data folder (never an
 * outside path), with the sha256 taken when it was written. Generating again adds a version and
 * keeps the old ones. The signed scan, once attached, is stored the same way with its own hash:
 * until then the document is "da firmare".
 */
export const documents = sqliteTable(
  'documents',
  {
    ...recordColumns(),
    internshipId: text('internship_id')
      .notNull()
      .references(() => internships.id),
    /** The person it is about: an access request or an erasure finds their documents by it. */
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    /** 'YYYY-MM' for a monthly attendance register, otherwise null. */
    month: text('month'),
    /** 1, 2, … per file, kind and month. */
    version: integer('version').notNull(),
    /** The office's template it was filled from; null for the built-in document. */
    templateId: text('template_id'),
    templateVersion: integer('template_version'),
    fileName: text('file_name').notNull(),
    storedPath: text('stored_path').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    /** True when it prints a restricted target category (art. 9 data): only roles that may see it open it. */
    restricted: integer('restricted', { mode: 'boolean' }).notNull().default(false),
    /**
     * sha256 of the file's terms it printed (not the day it was made): a signature counts only while
     * the file still says what was signed.
     */
    termsHash: text('terms_hash').notNull(),
    generatedById: text('generated_by_id'),
    generatedBy: text('generated_by').notNull(),
    signedFileName: text('signed_file_name'),
    signedStoredPath: text('signed_stored_path'),
    signedMimeType: text('signed_mime_type'),
    signedSha256: text('signed_sha256'),
    signedSize: integer('signed_size'),
    signedAt: text('signed_at'),
    signedBy: text('signed_by'),
    /**
     * What the verification of a digitally signed copy (.p7m or signed PDF) found: signers, content
     * compared, chain (decision 0033); null for a scan, which carries no signature a program can read.
     */
    signatureCheck: jsonColumn('documents', 'signature_check', signatureCheckSchema),
  },
  (t) => [
    // One version number per file, kind and month, whatever two desks do at the same moment.
    uniqueIndex('documents_version_idx').on(t.internshipId, t.kind, sql`coalesce(${t.month}, '')`, t.version),
    index('documents_candidate_idx').on(t.candidateId),
    index('documents_hlc_idx').on(t.hlc),
  ],
);

/**
 * A .docx the office uploaded to replace a built-in document, with the {{placeholders}} read from
 * it on upload. Each upload is a new version; the newest one not withdrawn is the one in use.
 */
export const documentTemplates = sqliteTable(
  'document_templates',
  {
    ...recordColumns(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    storedPath: text('stored_path').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    placeholders: jsonColumn('document_templates', 'placeholders', templateSchema.shape.placeholders).notNull(),
    note: text('note'),
    uploadedById: text('uploaded_by_id'),
    uploadedBy: text('uploaded_by').notNull(),
  },
  (t) => [index('document_templates_kind_idx').on(t.kind, t.version)],
);
