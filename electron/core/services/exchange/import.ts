/**
 * «Importa»: verify, preview, apply. The preview runs the same merge as the import without writing;
 * the import verifies again, writes the files, then applies every record in one transaction with
 * synchronous=FULL, so a failure or a crash at any point leaves the database as it was.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { AppError } from '@shared/api/errors';
import { EXCHANGE_AREA_LABELS, EXCHANGE_AREAS, exchangeTableInfo, type ExchangeArea } from '@shared/api/exchange-tables';
import type { AreaCounts, BundleSummary, ImportPreview, ImportResult } from '@shared/api/exchange';
import type { ReadCtx, WriteCtx } from '../../context';
import { AUDITED_ENTITIES } from '@shared/api/audit';
import { WrittenRecords } from '../../exchange/after-merge';
import { DeferredIndexes } from '../../exchange/deferred-indexes';
import { SearchRowids } from '../../exchange/reindex';
import { forEachFile, forEachRecord } from '../../exchange/bundle-rows';
import { MAX_DRIFT_MS, parseHlc } from '../../sync/hlc';
import type { Manifest } from '../../exchange/manifest';
import { Merger, type Outcome, type Written } from '../../exchange/merge';
import { verifyBundle, type VerifiedBundle } from '../../exchange/verify';
import { resolveStored, sha256Of, writeStoredFile } from '../../files/stored-files';
import { repointDrafts } from '../rule-sets/drafts';
import { requireLocalSite } from '../settings/site';
import { requireOfficeKey } from './settings';
import { discardUpload, uploadFileName, uploadPath, workZipPath } from './uploads';
import { plural } from '@shared/text/plural';

export interface ImportHooks {
  /** Called after each record is merged: tests inject a failure or a crash here. */
  afterRecord?(count: number): void;
  /** SQLite's cache_size during the import; tests make it tiny so the transaction's pages reach the WAL early. */
  cacheSize?: number;
  /** From how many arriving rows a table's indexes are built at the end (tests take the bulk path with a few records). */
  bulkMinRows?: number;
}

const AUDITED = new Set<string>(AUDITED_ENTITIES);

function emptyCounts(): AreaCounts {
  return { new: 0, updated: 0, unchanged: 0, conflicts: 0, duplicates: 0, pending: 0 };
}

class Tally {
  readonly byArea = new Map<ExchangeArea, AreaCounts>();
  add(table: string, what: Outcome | 'duplicates', n = 1): void {
    const area = exchangeTableInfo(table)?.area ?? 'sportelli';
    if (!this.byArea.has(area)) this.byArea.set(area, emptyCounts());
    this.byArea.get(area)![what] += n;
  }
  areas() {
    return EXCHANGE_AREAS.filter((a) => this.byArea.has(a)).map((area) => ({ area, label: EXCHANGE_AREA_LABELS[area], counts: this.byArea.get(area)! }));
  }
  totals(): AreaCounts {
    const t = emptyCounts();
    for (const c of this.byArea.values()) for (const k of Object.keys(t) as (keyof AreaCounts)[]) t[k] += c[k];
    return t;
  }
}

function schemaVersion(ctx: ReadCtx): number {
  return Number(ctx.sqlite.pragma('user_version', { simple: true }));
}

function verify(ctx: ReadCtx, uploadId: string): VerifiedBundle {
  return verifyBundle({ ctx, officeKey: requireOfficeKey(ctx), schemaVersion: schemaVersion(ctx) }, uploadPath(ctx, uploadId), workZipPath(ctx, uploadId));
}

/** Who sent it, checked against this office: never itself, the right kind, a code that is its own. */
function checkSender(ctx: ReadCtx, manifest: Manifest): { unknownOffice: boolean } {
  const local = requireLocalSite(ctx);
  const sender = manifest.site;
  if (sender.id === local.id) {
    throw new AppError('VALIDATION', 'Questo file è stato esportato da questo stesso ufficio: si importa nell’ufficio regionale (o, se è una pubblicazione, negli sportelli).');
  }
  if (manifest.kind === 'dati' && local.kind !== 'ufficio_regionale') {
    throw new AppError('VALIDATION', `Questo file contiene i dati dello sportello ${sender.code} per l’ufficio regionale: si importa nell’applicazione dell’ufficio regionale, non in uno sportello.`);
  }
  if (manifest.kind === 'pubblicazione' && (local.kind !== 'sportello' || sender.kind !== 'ufficio_regionale')) {
    throw new AppError('VALIDATION', 'Questo file è una pubblicazione dell’ufficio regionale (regole, modelli, anagrafica): si importa negli sportelli.');
  }
  const byId = ctx.sqlite.prepare('SELECT code FROM sites WHERE id = ?').get(sender.id) as { code: string } | undefined;
  const byCode = ctx.sqlite.prepare('SELECT id, name FROM sites WHERE code = ?').get(sender.code) as { id: string; name: string } | undefined;
  if (byCode && byCode.id !== sender.id) {
    throw new AppError(
      'CONFLICT',
      `Il codice ${sender.code} qui appartiene già a un altro ufficio («${byCode.name}»): due sedi non possono avere lo stesso codice. Chiedete all’amministratore dello sportello di verificarlo prima di esportare di nuovo.`,
    );
  }
  return { unknownOffice: !byId };
}

/** A sender whose PC clock ran more than a day ahead would push every later change here into the future. */
function checkClock(ctx: ReadCtx, manifest: Manifest, maxHlc: string | null): void {
  const latest = [manifest.hlcTo, maxHlc].filter((h): h is string => Boolean(h)).sort().pop();
  if (latest) checkRowClock(ctx, manifest, latest);
}

function checkRowClock(ctx: ReadCtx, manifest: Manifest, hlc: string): void {
  const ahead = parseHlc(hlc).ms - ctx.now().getTime();
  if (ahead > MAX_DRIFT_MS) {
    const days = Math.ceil(ahead / (24 * 60 * 60 * 1000));
    throw new AppError(
      'VALIDATION',
      `Il file contiene modifiche datate ${plural(days, 'un giorno', '# giorni')} nel futuro: la data del computer dello sportello ${manifest.site.code} (o di questo) è sbagliata. Correggetela prima di importare; non è stato importato nulla.`,
    );
  }
}

function summary(manifest: Manifest): BundleSummary {
  return {
    exportId: manifest.exportId,
    kind: manifest.kind,
    site: manifest.site,
    exportedAt: manifest.exportedAt,
    exportedBy: manifest.exportedBy,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    full: manifest.full,
    hlcFrom: manifest.hlcFrom,
    hlcTo: manifest.hlcTo,
    fromAt: manifest.hlcFrom ? new Date(parseHlc(manifest.hlcFrom).ms).toISOString() : null,
    toAt: manifest.hlcTo ? new Date(parseHlc(manifest.hlcTo).ms).toISOString() : null,
    counts: Object.fromEntries(manifest.tables.map((t) => [t.table, t.count])),
    files: manifest.files.length,
    leftOut: manifest.leftOut,
  };
}

function importedAt(ctx: ReadCtx, exportId: string): string | null {
  return (ctx.sqlite.prepare('SELECT at FROM exchange_imports WHERE export_id = ?').get(exportId) as { at: string } | undefined)?.at ?? null;
}

function merger(ctx: ReadCtx, dryRun: boolean, extraSite?: { id: string; code: string }, onWritten?: (w: Written) => void): Merger {
  const local = requireLocalSite(ctx);
  const codeOf = ctx.sqlite.prepare('SELECT code FROM sites WHERE id = ?');
  return new Merger({
    ctx,
    localSiteId: local.id,
    localCode: local.code,
    dryRun,
    codeOfSite: (id) => (codeOf.get(id) as { code: string } | undefined)?.code ?? (extraSite?.id === id ? extraSite.code : null),
    ...(dryRun ? {} : { searchRowids: new SearchRowids(ctx.sqlite) }),
    onWritten,
  });
}

/** People whose codice fiscale another live profile here (or earlier in the file) already has. */
function duplicateCounter(ctx: ReadCtx) {
  const existing = ctx.sqlite.prepare('SELECT 1 FROM candidates WHERE tax_code = ? AND id <> ? AND deleted_at IS NULL AND merged_into IS NULL LIMIT 1');
  const inFile = new Map<string, string>();
  return (row: Record<string, unknown>): boolean => {
    if (row.deleted_at !== null || row.merged_into !== null) return false;
    const taxCode = String(row.tax_code);
    const id = String(row.id);
    const twin = inFile.get(taxCode);
    inFile.set(taxCode, id);
    return (twin !== undefined && twin !== id) || existing.get(taxCode, id) !== undefined;
  };
}

export function previewImport(ctx: ReadCtx, uploadId: string): ImportPreview {
  const bundle = verify(ctx, uploadId);
  try {
    const { unknownOffice } = checkSender(ctx, bundle.manifest);
    const tally = new Tally();
    const dry = merger(ctx, true);
    const isDuplicate = duplicateCounter(ctx);
    forEachRecord(bundle, (table, line) => {
      const outcome = dry.offer(table, line);
      tally.add(table.table, outcome);
      if (table.table === 'candidates' && (outcome === 'new' || outcome === 'updated') && isDuplicate(line.row)) tally.add('candidates', 'duplicates');
    });
    checkClock(ctx, bundle.manifest, dry.maxHlc || null);
    return {
      uploadId,
      fileName: uploadFileName(ctx, uploadId),
      bundle: summary(bundle.manifest),
      alreadyImportedAt: importedAt(ctx, bundle.manifest.exportId),
      unknownOffice,
      areas: tally.areas(),
      totals: tally.totals(),
    };
  } finally {
    discardWork(ctx, uploadId);
  }
}

/** The plain zip never outlives the call that read it. */
function discardWork(ctx: ReadCtx, uploadId: string): void {
  rmSync(workZipPath(ctx, uploadId), { force: true });
}

/** The bundle's files, each written only when it is not already here with the same content. */
function writeFiles(ctx: WriteCtx, bundle: VerifiedBundle): number {
  let written = 0;
  forEachFile(bundle, (path, sha256, bytes) => {
    const target = resolveStored(ctx.dataDir, path);
    if (existsSync(target) && sha256Of(readFileSync(target)) === sha256) return;
    if (writeStoredFile(ctx.dataDir, path, bytes) !== sha256) throw new AppError('IO', 'Un file del pacchetto non corrisponde alla sua impronta: non è stato importato nulla.');
    written += 1;
  });
  return written;
}

/** Rows each table may receive: the file's records, and a line of history for each audited one. */
function arrivingRows(manifest: Manifest): Map<string, number> {
  const rows = new Map<string, number>();
  for (const part of manifest.tables) {
    rows.set(part.table, (rows.get(part.table) ?? 0) + part.count);
    if (AUDITED.has(part.table)) rows.set('audit_log', (rows.get('audit_log') ?? 0) + part.count);
  }
  return rows;
}

export function importBundle(ctx: WriteCtx, uploadId: string, registerOffice: boolean, hooks: ImportHooks = {}): ImportResult {
  const bundle = verify(ctx, uploadId);
  try {
    const { manifest } = bundle;
    const previously = importedAt(ctx, manifest.exportId);
    if (previously) {
      discardUpload(ctx, uploadId);
      return { exportId: manifest.exportId, alreadyImportedAt: previously, areas: [], totals: emptyCounts(), appliedFromPending: 0, filesWritten: 0 };
    }
    const { unknownOffice } = checkSender(ctx, manifest);
    if (unknownOffice && !registerOffice) {
      throw new AppError('CONFLICT', `Lo sportello ${manifest.site.code} («${manifest.site.name}») non è ancora registrato qui: conferma di volerlo registrare per importare il suo file.`, undefined, { reason: 'unknown_office' });
    }
    checkClock(ctx, manifest, null);
    const filesWritten = writeFiles(ctx, bundle);
    const tally = new Tally();
    let appliedFromPending = 0;
    ctx.sqlite.pragma('synchronous = FULL');
    // A region's import touches every index of every table in one transaction: a larger page cache
    // keeps their pages in memory instead of spilling and reading them back (16 MiB, then the default).
    const cacheSize = ctx.sqlite.pragma('cache_size', { simple: true }) as number;
    ctx.sqlite.pragma(`cache_size = ${hooks.cacheSize ?? -16384}`);
    try {
      ctx.sqlite.transaction(() => {
        const written = new WrittenRecords(ctx, 'import', { field: 'importatoDa', before: null, after: manifest.site.code });
        const merge = merger(ctx, false, { id: manifest.site.id, code: manifest.site.code }, (w) => {
          // Every later write here must sort after what arrived, also after a restart (the clock resumes from the audit log).
          ctx.clock.receive(String(w.after.hlc));
          written.add(w);
        });
        const deferred = DeferredIndexes.forImport(ctx.sqlite, arrivingRows(manifest), hooks.bulkMinRows);
        let count = 0;
        forEachRecord(bundle, (table, line) => {
          checkRowClock(ctx, manifest, String(line.row.hlc));
          tally.add(table.table, merge.offer(table, line));
          count += 1;
          hooks.afterRecord?.(count);
        });
        appliedFromPending = merge.applyPending((table, outcome) => tally.add(table.table, outcome));
        deferred.restore();
        written.reindex();
        // New rule sets at a desk: drafts follow the set in force at their start, as after a local change.
        if (written.ruleSets && requireLocalSite(ctx).kind === 'sportello') repointDrafts(ctx);
        const proposed = written.proposeDuplicates();
        if (proposed > 0) tally.add('candidates', 'duplicates', proposed);
        ctx.sqlite
          .prepare(
            `INSERT INTO exchange_imports (export_id, at, operator_name, source_site_id, source_code, source_name, kind, file_name, sha256, exported_at, counts)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            manifest.exportId,
            ctx.now().toISOString(),
            ctx.actor.name,
            manifest.site.id,
            manifest.site.code,
            manifest.site.name,
            manifest.kind,
            uploadFileName(ctx, uploadId),
            bundle.sha256,
            manifest.exportedAt,
            JSON.stringify(Object.fromEntries(tally.byArea)),
          );
      })();
    } finally {
      ctx.sqlite.pragma(`cache_size = ${cacheSize}`);
      ctx.sqlite.pragma('synchronous = NORMAL');
    }
    discardUpload(ctx, uploadId);
    return { exportId: manifest.exportId, alreadyImportedAt: null, areas: tally.areas(), totals: tally.totals(), appliedFromPending, filesWritten };
  } finally {
    discardWork(ctx, uploadId);
  }
}
