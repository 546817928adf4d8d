/**
 * Reading a verified bundle back, one record at a time, in the order it was written (parents
 * before children), and its files one by one. Nothing is held beyond the record being read.
 */
import { AppError } from '../../../shared/api/errors';
import { filePartName, tablePartName, type BundleLine, type BundleRow } from './manifest';
import { travellingTable, type TravellingTable } from './tables';
import type { VerifiedBundle } from './verify';
import { fileChunks } from './verify';
import { lineSplitter, readZip, type EntryReader } from './zip';

const HLC = /^\d{15}:\d{6}:[A-Za-z0-9_-]{1,64}$/;

function badLine(table: string): never {
  throw new AppError('VALIDATION', `Il file contiene un record non leggibile (${table}): non è stato importato nulla. Fattelo esportare di nuovo.`);
}

/**
 * The line as the sender wrote it: `[seen, value, …]` in the order of the manifest's columns, checked
 * for shape (plain values, an id, an hlc); columns this version has and the sender had not are filled.
 */
export function parseLine(table: string, text: string, columns: readonly string[], fill: Record<string, string | number | null>): BundleLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    badLine(table);
  }
  if (!Array.isArray(value) || value.length !== columns.length + 1) badLine(table);
  const [seen, ...values] = value as unknown[];
  if (seen !== null && (typeof seen !== 'string' || !HLC.test(seen))) badLine(table);
  const out: BundleRow = { ...fill };
  for (let i = 0; i < columns.length; i++) {
    const v = values[i];
    if (v !== null && typeof v !== 'string' && typeof v !== 'number') badLine(table);
    out[columns[i]!] = v as string | number | null;
  }
  if (typeof out.id !== 'string' || out.id.length === 0 || typeof out.hlc !== 'string' || !HLC.test(out.hlc) || typeof out.site_id !== 'string') badLine(table);
  return { row: out, seen: (seen as string | null) ?? null };
}

export function forEachRecord(bundle: VerifiedBundle, onRecord: (table: TravellingTable, line: BundleLine) => void): void {
  const parts = new Map(bundle.manifest.tables.map((t) => [t.part, t]));
  readZip(fileChunks(bundle.zipPath), (name): EntryReader | null => {
    const part = parts.get(name);
    if (!part || name !== tablePartName(part.table)) return null;
    const table = travellingTable(part.table)!;
    const fill = bundle.fill.get(part.table) ?? {};
    return lineSplitter((text) => onRecord(table, parseLine(part.table, text, part.columns, fill)));
  });
}

export function forEachFile(bundle: VerifiedBundle, onFile: (path: string, sha256: string, bytes: Buffer) => void): void {
  const byPart = new Map(bundle.manifest.files.map((f) => [filePartName(f.sha256), f]));
  readZip(fileChunks(bundle.zipPath), (name): EntryReader | null => {
    const file = byPart.get(name);
    if (!file) return null;
    const chunks: Buffer[] = [];
    return {
      data: (chunk) => chunks.push(Buffer.from(chunk)),
      end: () => {
        const bytes = Buffer.concat(chunks);
        // The same content may be listed under several paths (a scan attached twice).
        for (const f of bundle.manifest.files.filter((x) => x.sha256 === file.sha256)) onFile(f.path, f.sha256, bytes);
      },
    };
  });
}
