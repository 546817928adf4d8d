/**
 * Writes a bundle: every chosen record, page by page, as NDJSON parts of a zip that is sealed with
 * AES-256-GCM while it is written to a temporary file. Only a finished export is renamed to its
 * real name and logged; a cancelled or failed one leaves no file and does not move the "since" mark.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { italianDateTime } from '@shared/validation/italian-time';
import type { ReadCtx } from '../context';
import { createSealer } from './crypto';
import { knownFrom } from './known';
import type { RunningExchangeJob } from './jobs';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, filePartName, MANIFEST_PART, tablePartName, type Manifest } from './manifest';
import { travellingColumns, type TravellingTable } from './tables';
import { digester, ZipWriter } from './zip';
import { ATTACHMENTS_FOLDER, resolveStored, sha256Of, storedPath } from '../files/stored-files';

export const EXCHANGE_OUT_FOLDER = join('scambio', 'uscita');
const PAGE = 1000;
/** A part holds at most this many records: compressed and read one at a time, a few MB each. */
export const RECORDS_PER_PART = 5000;

export interface ExportPart {
  table: TravellingTable;
  /** SQL condition on the table's rows, which it names `t` (no WHERE), with its parameters. */
  where: string;
  params: (string | number)[];
}

/** The export job runs after the request that started it: it keeps that request's context. */
export interface ExportEnv {
  ctx: ReadCtx;
  site: { id: string; code: string; name: string; kind: 'sportello' | 'ufficio_regionale' };
  officeKey: Buffer;
  schemaVersion: number;
  appVersion: string;
}

export interface ExportScope {
  kind: 'dati' | 'pubblicazione';
  full: boolean;
  includeFiles: boolean;
  parts: ExportPart[];
  leftOut: string[];
  hlcFrom: string | null;
  hlcTo: string;
}

export interface ExportOutcome {
  exportId: string;
  fileName: string;
  storedPath: string;
  sha256: string;
  size: number;
  counts: Record<string, number>;
  files: number;
}

/** `exar-TO01-2026-12-06-1530.exar`: the office and the Italian date and time. */
export function bundleFileName(code: string, at: Date): string {
  return `exar-${code}-${italianDateTime(at).replace('T', '-').replace(':', '')}.exar`;
}

/** Tables whose rows point at stored files that travel with «Includi allegati». */
const FILE_TABLES = new Set(['candidate_attachments', 'documents', 'document_templates']);

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Files a row points to, relative to the data folder, with the hash stored beside the path. */
function fileRefs(table: string, row: Record<string, unknown>): { path: string; sha256: string }[] {
  const refs: { path: string; sha256: string }[] = [];
  const add = (path: unknown, sha256: unknown) => {
    if (typeof path === 'string' && typeof sha256 === 'string') refs.push({ path, sha256 });
  };
  if (table === 'candidate_attachments' && typeof row.stored_name === 'string') add(storedPath(ATTACHMENTS_FOLDER, row.stored_name), row.sha256);
  if (table === 'documents') {
    add(row.stored_path, row.sha256);
    add(row.signed_stored_path, row.signed_sha256);
  }
  if (table === 'document_templates') add(row.stored_path, row.sha256);
  return refs;
}

export async function writeBundle(job: RunningExchangeJob, env: ExportEnv, scope: ExportScope, exportId: string): Promise<ExportOutcome | null> {
  const folder = join(env.ctx.dataDir, EXCHANGE_OUT_FOLDER);
  mkdirSync(folder, { recursive: true });
  const storedName = `${exportId}.exar`;
  const temporary = join(folder, `${storedName}.part`);
  const exportedAt = env.ctx.now();
  const sealer = createSealer(env.officeKey, {
    kind: scope.kind,
    site: { id: env.site.id, code: env.site.code, name: env.site.name },
    exportId,
    createdAt: exportedAt.toISOString(),
  });
  const fd = openSync(temporary, 'w');
  const whole = digester();
  const write = (bytes: Buffer) => {
    whole.update(bytes);
    writeSync(fd, bytes);
  };
  let finished = false;
  try {
    write(sealer.head);
    const zip = new ZipWriter((chunk) => write(sealer.update(chunk)));
    const counted = scope.parts.map((p) => ({
      part: p,
      total: (env.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${p.table.table} t WHERE ${p.where}`).get(...p.params) as { n: number }).n,
    }));
    job.view.total = counted.reduce((sum, c) => sum + c.total, 0);
    job.report();

    const tables: Manifest['tables'] = [];
    const files = new Map<string, { path: string; sha256: string }>();
    const counts: Record<string, number> = {};
    for (const { part } of counted) {
      const columns = travellingColumns(env.ctx, part.table);
      const name = part.table.table;
      // A few changes are found through the hlc index; a whole table is read in storage order.
      const byHlc = scope.hlcFrom !== null;
      // What the row knows of its record (decision 0012) comes in the same read: the version received and what its sender had seen.
      // SQLite writes the values as JSON itself (json_array keeps every real to the last digit): no object per row in JavaScript.
      const withFiles = scope.includeFiles && FILE_TABLES.has(name);
      const select = env.ctx.sqlite
        .prepare(
          `SELECT t.rowid, t.hlc, k.hlc, k.seen, json_array(${columns.map((c) => `t."${c}"`).join(', ')})${withFiles ? `, ${columns.map((c) => `t."${c}"`).join(', ')}` : ''}
           FROM ${name} t LEFT JOIN exchange_known k ON k.table_name = '${name}' AND k.record_id = t.id
           WHERE (${part.where}) AND ${byHlc ? '(t.hlc > ? OR (t.hlc = ? AND t.rowid > ?)) ORDER BY t.hlc, t.rowid' : 't.rowid > ? ORDER BY t.rowid'} LIMIT ${PAGE}`,
        )
        .raw();
      let after = 0;
      let afterHlc = '';
      let count = 0;
      let text = '';
      let inPart = 0;
      const flush = () => {
        // An empty table still has its one (empty) part, so the manifest names every table sent.
        const index = tables.filter((t) => t.table === name).length;
        const digest = zip.part(tablePartName(name, index), Buffer.from(text, 'utf8'));
        tables.push({ table: name, part: tablePartName(name, index), count: inPart, columns, sha256: digest.sha256, bytes: digest.bytes });
        text = '';
        inPart = 0;
      };
      for (;;) {
        if (job.cancelled) return null;
        const rows = select.all(...part.params, ...(byHlc ? [afterHlc, afterHlc, after] : [after])) as (string | number | null)[][];
        if (rows.length === 0) break;
        for (const row of rows) {
          const [rowid, hlc, khlc, kseen, values] = row as [number, string, string | null, string | null, string];
          after = rowid;
          afterHlc = hlc;
          const seen = knownFrom(khlc === null ? null : { hlc: khlc, seen: kseen }, hlc);
          // One array per record, what the sender knew first, then the manifest's columns: no key repeated 300,000 times.
          text += `[${JSON.stringify(seen)},${values.slice(1)}\n`;
          if (withFiles) {
            const record = Object.fromEntries(columns.map((c, i) => [c, row[5 + i]]));
            for (const ref of fileRefs(name, record)) files.set(ref.sha256, ref);
          }
        }
        count += rows.length;
        inPart += rows.length;
        if (inPart >= RECORDS_PER_PART) flush();
        job.view.done += rows.length;
        job.report();
        await nextTurn();
      }
      if (inPart > 0 || !tables.some((t) => t.table === name)) flush();
      counts[name] = count;
    }

    const manifestFiles: Manifest['files'] = [];
    for (const ref of files.values()) {
      if (job.cancelled) return null;
      const path = resolveStored(env.ctx.dataDir, ref.path);
      // A file missing or altered at the desk is not sent: the record still travels, the regional office sees no file.
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path);
      if (sha256Of(bytes) !== ref.sha256) continue;
      zip.part(filePartName(ref.sha256), bytes, false);
      manifestFiles.push({ path: ref.path, sha256: ref.sha256, size: bytes.length });
      await nextTurn();
    }

    const manifest: Manifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      kind: scope.kind,
      exportId,
      exportedAt: exportedAt.toISOString(),
      exportedBy: env.ctx.actor.name,
      site: env.site,
      appVersion: env.appVersion,
      schemaVersion: env.schemaVersion,
      full: scope.full,
      hlcFrom: scope.hlcFrom,
      hlcTo: scope.hlcTo,
      tables,
      files: manifestFiles,
      leftOut: scope.leftOut,
    };
    zip.part(MANIFEST_PART, Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
    zip.end();
    write(sealer.final());
    closeSync(fd);
    finished = true;
    renameSync(temporary, join(folder, storedName));
    const digest = whole.digest();
    return {
      exportId,
      fileName: bundleFileName(env.site.code, exportedAt),
      storedPath: join(EXCHANGE_OUT_FOLDER, storedName),
      sha256: digest.sha256,
      size: digest.bytes,
      counts,
      files: manifestFiles.length,
    };
  } finally {
    if (!finished) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      rmSync(temporary, { force: true });
    }
  }
}
