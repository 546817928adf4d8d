/** The logs of exports and imports: who, when, the range, the counts, the file's hash. */
import { z } from 'zod';
import { bundleSummarySchema, importResultSchema, type AreaCounts } from '@shared/api/exchange';
import { parseJsonColumn } from '../../db/json-column';
import type { ReadCtx } from '../../context';

interface ExportRow {
  id: string;
  at: string;
  operator_name: string;
  kind: 'dati' | 'pubblicazione';
  full: number;
  hlc_from: string | null;
  hlc_to: string | null;
  counts: string;
  files: number;
  file_name: string;
  sha256: string;
  size: number;
}

export function exportLog(ctx: ReadCtx) {
  const rows = ctx.sqlite.prepare('SELECT * FROM exchange_exports ORDER BY at DESC LIMIT 200').all() as ExportRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    operatorName: r.operator_name,
    kind: r.kind,
    full: r.full === 1,
    hlcFrom: r.hlc_from,
    hlcTo: r.hlc_to,
    records: Object.values(parseJsonColumn('exchange_exports.counts', bundleSummarySchema.shape.counts, r.counts)).reduce((a, b) => a + b, 0),
    files: r.files,
    fileName: r.file_name,
    sha256: r.sha256,
    size: r.size,
  }));
}

interface ImportRow {
  export_id: string;
  at: string;
  operator_name: string;
  source_code: string;
  source_name: string;
  kind: 'dati' | 'pubblicazione';
  file_name: string;
  sha256: string;
  exported_at: string;
  counts: string;
}

/** What `exchange_imports.counts` holds: per area, the counts of the import. */
const importCounts = z.record(z.string(), importResultSchema.shape.totals);

const ZERO: AreaCounts = { new: 0, updated: 0, unchanged: 0, conflicts: 0, duplicates: 0, pending: 0 };

export function importLog(ctx: ReadCtx) {
  const rows = ctx.sqlite.prepare('SELECT * FROM exchange_imports ORDER BY at DESC LIMIT 200').all() as ImportRow[];
  return rows.map((r) => {
    const totals = { ...ZERO };
    for (const counts of Object.values(parseJsonColumn('exchange_imports.counts', importCounts, r.counts))) {
      for (const k of Object.keys(totals) as (keyof AreaCounts)[]) totals[k] += counts[k] ?? 0;
    }
    return {
      exportId: r.export_id,
      at: r.at,
      operatorName: r.operator_name,
      officeCode: r.source_code,
      officeName: r.source_name,
      kind: r.kind,
      fileName: r.file_name,
      sha256: r.sha256,
      exportedAt: r.exported_at,
      totals,
    };
  });
}
