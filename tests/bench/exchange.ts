/**
 * The regional exchange on the piemonte10 desk: a full export, its import into an empty regional
 * office (in a process of its own, so its peak memory is the import's), the same file again, an
 * export of 1,000 changes. Each beside its floor measured in the same run: reading the same rows
 * without a bundle, and reading the bundle without writing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExchangeJob } from '@shared/api/exchange';
import { EXCHANGE_TABLES } from '@shared/api/exchange-tables';
import { readCtxOf } from '../../electron/core/api/service-ctx';
import { travellingColumns, travellingTable } from '../../electron/core/exchange/tables';
import { createHarness, SETUP_INPUT, type Harness } from '../support/core-harness';
import { PASSPHRASE, waitForJob } from '../support/exchange-offices';

export interface ImportFigures {
  importSeconds: number;
  readSeconds: number;
  reimportSeconds: number;
  baselineMb: number;
  peakMb: number;
  totals: Record<string, number>;
}

export interface ExchangeResults {
  records: number;
  floorExportSeconds: number;
  fullExport: { seconds: number; bytes: number };
  import: ImportFigures;
  incremental: { changes: number; seconds: number; records: number };
}

export const TARGETS = { fullExport: 5, import: 10, reimport: 2, incremental: 0.5, peakMb: 300 };

const ROOT = join(__dirname, '..', '..');

async function timedExport(h: Harness, session: string, full: boolean): Promise<{ seconds: number; job: ExchangeJob }> {
  const t0 = performance.now();
  const job = await waitForJob(h, await h.ok('exchange.startExport', { full, includeFiles: false }, session));
  const seconds = (performance.now() - t0) / 1000;
  if (job.state !== 'completato' || !job.result) throw new Error(`export ${job.state}: ${job.error}`);
  return { seconds, job };
}

/** Reading every travelling row as one JSON line, as the export reads it (SQLite writes the JSON), nothing else: what an export cannot go below. */
function exportFloor(h: Harness): { seconds: number; records: number } {
  const ctx = readCtxOf(h.core.state);
  const { sqlite } = ctx;
  const t0 = performance.now();
  let records = 0;
  let bytes = 0;
  for (const info of EXCHANGE_TABLES) {
    const table = travellingTable(info.table)!;
    const columns = travellingColumns(ctx, table).map((c) => `"${c}"`).join(', ');
    for (const line of sqlite.prepare(`SELECT json_array(${columns}) FROM ${info.table}`).pluck().iterate() as IterableIterator<string>) {
      bytes += line.length;
      records += 1;
    }
  }
  if (bytes === 0) throw new Error('nothing read');
  return { seconds: (performance.now() - t0) / 1000, records };
}

export async function benchExchange(deskDir: string, log: (line: string) => void): Promise<ExchangeResults> {
  const desk = createHarness({ dataDir: deskDir });
  const admin = await desk.sessionAs('amministratore');
  await desk.ok('exchange.setPassphrase', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, admin);
  const floor = exportFloor(desk);
  log(`export floor: ${floor.records} records read and serialised in ${floor.seconds.toFixed(2)} s`);
  const full = await timedExport(desk, admin, true);
  const bundle = join(deskDir, 'scambio', 'uscita', `${full.job.result!.exportId}.exar`);
  log(`full export: ${full.seconds.toFixed(2)} s, ${(full.job.result!.size / 2 ** 20).toFixed(1)} MiB`);

  const regionDir = mkdtempSync(join(tmpdir(), 'exar-bench-region-'));
  const region = createHarness({ dataDir: regionDir });
  await region.ok('setup.complete', { ...SETUP_INPUT, office: { name: 'Ufficio regionale', code: 'PIE', kind: 'ufficio_regionale' } });
  await region.ok('exchange.setPassphrase', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, await region.sessionAs('amministratore'));
  region.core.close();
  const child = (mode: 'import' | 'read') => {
    // Plain node with tsx's loader: one process, whose peak memory is the import's own.
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'exchange-import-child.ts'), mode, regionDir, bundle], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    if (run.status !== 0) throw new Error(`import child (${mode}) failed:\n${run.stdout}\n${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
  };
  const read = child('read');
  const imported = { ...child('import'), readSeconds: read.readSeconds } as ImportFigures;
  log(`import: ${imported.importSeconds.toFixed(2)} s (read floor ${imported.readSeconds.toFixed(2)} s), same file again ${imported.reimportSeconds.toFixed(2)} s, peak ${imported.peakMb} MB (baseline ${imported.baselineMb} MB)`);

  // 1,000 people edited through the handler table, as the desk would.
  const sqlite = desk.core.state.database.sqlite;
  const ids = (sqlite.prepare('SELECT id FROM candidates WHERE deleted_at IS NULL AND merged_into IS NULL LIMIT 1000').all() as { id: string }[]).map((r) => r.id);
  for (const [i, id] of ids.entries()) {
    const c = await desk.ok('candidates.get', { id }, admin);
    await desk.ok('candidates.update', { id, hlc: c.hlc, data: { ...c, phone: `011 ${String(100000 + i)}` } }, admin);
  }
  const incremental = await timedExport(desk, admin, false);
  const exported = (sqlite.prepare('SELECT counts FROM exchange_exports WHERE id = ?').get(incremental.job.result!.exportId) as { counts: string }).counts;
  const incrementalRecords = Object.values(JSON.parse(exported) as Record<string, number>).reduce((a, b) => a + b, 0);
  log(`incremental export of ${ids.length} changes: ${incremental.seconds.toFixed(2)} s (${incrementalRecords} records)`);
  desk.core.close();
  return {
    records: floor.records,
    floorExportSeconds: floor.seconds,
    fullExport: { seconds: full.seconds, bytes: full.job.result!.size },
    import: imported,
    incremental: { changes: ids.length, seconds: incremental.seconds, records: incrementalRecords },
  };
}
