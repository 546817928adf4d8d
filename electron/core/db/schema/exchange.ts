import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { bundleSummarySchema, importResultSchema } from '@shared/api/exchange';
import { jsonColumn } from '../json-column';

/**
 * The regional exchange's own bookkeeping. None of these tables travel: each office keeps what it
 * sent, what it received and what is waiting for a person (decision 0012).
 */

/** Every export made here: who, when, the hlc range, the counts, the file's sha256. */
export const exchangeExports = sqliteTable('exchange_exports', {
  id: text('id').primaryKey(),
  at: text('at').notNull(),
  operatorName: text('operator_name').notNull(),
  /** 'dati' (a desk's records for the regional office) or 'pubblicazione' (rules, templates, register back to the desks). */
  kind: text('kind').notNull(),
  full: integer('full', { mode: 'boolean' }).notNull(),
  hlcFrom: text('hlc_from'),
  hlcTo: text('hlc_to'),
  /** JSON object: table → records written. */
  counts: jsonColumn('exchange_exports', 'counts', bundleSummarySchema.shape.counts).notNull(),
  files: integer('files').notNull(),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  size: integer('size').notNull(),
});

/** Every bundle imported here; the export id makes a second import of the same file a no-op. */
export const exchangeImports = sqliteTable('exchange_imports', {
  exportId: text('export_id').primaryKey(),
  at: text('at').notNull(),
  operatorName: text('operator_name').notNull(),
  sourceSiteId: text('source_site_id').notNull(),
  sourceCode: text('source_code').notNull(),
  sourceName: text('source_name').notNull(),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  exportedAt: text('exported_at').notNull(),
  /** JSON: per area, new / updated / unchanged / conflicts / duplicates / pending. */
  counts: jsonColumn<Record<string, Record<string, number>>>('exchange_imports', 'counts', z.record(z.string(), importResultSchema.shape.totals)).notNull(),
});

/**
 * What this office knows about a record that arrived from elsewhere: the hlc of the version
 * received as the winner, and what that version's sender had seen of the record. When the stored
 * row is still that version, it "knows" `seen`; once rewritten here, it knows the version too.
 */
export const exchangeKnown = sqliteTable(
  'exchange_known',
  {
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    hlc: text('hlc').notNull(),
    seen: text('seen'),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.recordId] })],
);

/**
 * The newest version of a record from each writer (office) that is not the stored row: losing
 * versions kept whole. One that the stored row does not know is a conflict for a person to review;
 * `resolvedAt` records the decision.
 */
export const exchangeVersions = sqliteTable(
  'exchange_versions',
  {
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    /** The office that wrote the version: the node of its hlc. */
    writer: text('writer').notNull(),
    hlc: text('hlc').notNull(),
    seen: text('seen'),
    /** The whole row as it travelled (JSON, column names as in the database). */
    row: text('row').notNull(),
    receivedAt: text('received_at').notNull(),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
    /** 'corrente' | 'arrivata' | 'combinata' */
    resolution: text('resolution'),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.recordId, t.writer] }), index('exchange_versions_open_idx').on(t.resolvedAt, t.tableName)],
);

/** A version whose parent record has not arrived yet: applied as soon as the parent comes. */
export const exchangePending = sqliteTable(
  'exchange_pending',
  {
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    writer: text('writer').notNull(),
    hlc: text('hlc').notNull(),
    seen: text('seen'),
    row: text('row').notNull(),
    /** "associations:0190…": the first parent found missing, for the screen and the log. */
    missing: text('missing').notNull(),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.recordId, t.writer] })],
);

/** Two live profiles with the same codice fiscale from different offices: a merge proposed to a coordinator. */
export const exchangeDuplicates = sqliteTable(
  'exchange_duplicates',
  {
    /** The smaller of the two candidate ids, so a pair is proposed once whatever the order of imports. */
    firstId: text('first_id').notNull(),
    secondId: text('second_id').notNull(),
    taxCode: text('tax_code').notNull(),
    proposedAt: text('proposed_at').notNull(),
    /** 'proposta' | 'unita' | 'respinta' */
    status: text('status').notNull(),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.firstId, t.secondId] }), index('exchange_duplicates_status_idx').on(t.status)],
);
