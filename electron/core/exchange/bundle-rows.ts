/**
 * Reading a verified bundle back, one record at a time, in the order it was written (parents
 * before children), and its files one by one. Nothing is held beyond the record being read.
 */
import { AppError } from '@shared/api/errors';
import { ZipLimitError } from '../files/bounded-unzip';
import { filePartName, type BundleLine, type BundleRow } from './manifest';
import { travellingTable, type TravellingTable } from './tables';
import type { VerifiedBundle } from './verify';
import { entryContent, storedBytes } from './zip';

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

const NEWLINE = 0x0a;

/** A part never inflates past this (a few thousand records are a few MB): a crafted file cannot exhaust memory. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

export function forEachRecord(bundle: VerifiedBundle, onRecord: (table: TravellingTable, line: BundleLine) => void): void {
  for (const part of bundle.manifest.tables) {
    const table = travellingTable(part.table)!;
    const fill = bundle.fill.get(part.table) ?? {};
    let bytes: Buffer;
    try {
      bytes = entryContent(bundle.zipPath, bundle.entries.get(part.part)!, MAX_PART_BYTES);
    } catch (error) {
      // Counted on the bytes zlib produced: a part that claims to be small and inflates past the cap stops here.
      if (error instanceof ZipLimitError) {
        throw new AppError('VALIDATION', `Il file contiene una parte (${part.table}) che, una volta aperta, supera ${MAX_PART_BYTES / 1024 / 1024} MB: non è stato importato nulla. Fattelo esportare di nuovo.`);
      }
      throw error;
    }
    let count = 0;
    // Line by line from the bytes: a whole part as one string (megabytes each) would go straight to the
    // old generation, and a region's import would grow the heap by hundreds of MB before a collection.
    for (let start = 0; start < bytes.length; ) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end === -1) end = bytes.length;
      if (end > start) {
        onRecord(table, parseLine(part.table, bytes.toString('utf8', start, end), part.columns, fill));
        count += 1;
      }
      start = end + 1;
    }
    if (count !== part.count) badLine(part.table);
  }
}

export function forEachFile(bundle: VerifiedBundle, onFile: (path: string, sha256: string, bytes: Buffer) => void): void {
  for (const file of bundle.manifest.files) {
    onFile(file.path, file.sha256, storedBytes(bundle.zipPath, bundle.entries.get(filePartName(file.sha256))!));
  }
}
