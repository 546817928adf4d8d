/**
 * `manifest.json`, the bundle's table of contents: who exported, when, with which version, the hlc
 * range, and for every part its record count and sha256. It is written last (the hashes are known
 * only then) and read before anything is trusted.
 */
import { z } from 'zod';

export const BUNDLE_FORMAT = 'exar-scambio';
export const BUNDLE_FORMAT_VERSION = 1;
export const MANIFEST_PART = 'manifest.json';

/** A table travels in one or more parts of a few thousand records: `tabelle/candidates/0003.ndjson`. */
export const tablePartName = (table: string, index: number) => `tabelle/${table}/${String(index).padStart(4, '0')}.ndjson`;
export const filePartName = (sha256: string) => `file/${sha256}`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().min(1),
  kind: z.enum(['dati', 'pubblicazione']),
  exportId: z.uuid(),
  exportedAt: z.string(),
  exportedBy: z.string(),
  site: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.enum(['sportello', 'ufficio_regionale']) }),
  appVersion: z.string(),
  /** How many database migrations the sender had: a newer bundle is refused, an older one mapped. */
  schemaVersion: z.number().int().min(1),
  full: z.boolean(),
  hlcFrom: z.string().nullable(),
  hlcTo: z.string().nullable(),
  /** The parts of every table, in the order they are written and applied (parents first). `sha256` and `bytes` of the part as stored. */
  tables: z.array(
    z.object({
      table: z.string(),
      part: z.string(),
      count: z.number().int().min(0),
      columns: z.array(z.string()),
      sha256,
      bytes: z.number().int().min(0),
    }),
  ),
  files: z.array(z.object({ path: z.string(), sha256, size: z.number().int().min(0) })),
  /** Tables the sender keeps at its desk (GDPR settings). */
  leftOut: z.array(z.string()),
});
export type Manifest = z.output<typeof manifestSchema>;

/** A record as the database has it, by column name (JSON columns as their text, booleans as 0/1). */
export type BundleRow = Record<string, string | number | null>;

/**
 * One line of a table part, once read: the row, and what the sender knew of the record. On the wire a
 * line is `[seen, value, …]` in the order of the part's `columns` (bundle-rows.ts).
 */
export interface BundleLine {
  row: BundleRow;
  seen: string | null;
}
