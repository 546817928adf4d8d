/**
 * A regional office that dies in the middle of an import: opens the core on `dataDir`, receives the
 * bundle, and starts importing it; after `records` records (inside the import's transaction) it
 * writes `{ uploadId, walBefore, walNow }` to `marker` and waits there to be killed. It never
 * finishes the import. Its page cache is kept tiny, so the transaction's pages already sit in the
 * WAL, uncommitted, when it dies (walNow > walBefore shows it).
 * With `bulkMinRows`, tables receiving that many rows take the bulk path (indexes built at the end);
 * the marker then also says how many indexes the database had at that moment, inside the transaction.
 * Usage: node --import tsx tests/support/import-child.ts <dataDir> <bundle.exar> <marker> <records> [bulkMinRows]
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/core/core';
import { importBundle } from '../../electron/core/services/exchange/import';
import { createHarness } from './core-harness';
import { adminWriteCtx, receiveWhole } from './exchange-import';

/** A stray child (its test gone) ends by itself after this long. */
const GIVE_UP_MS = 120_000;

const [dataDir, bundlePath, marker, records, bulkMinRows] = process.argv.slice(2);
if (!dataDir || !bundlePath || !marker || !records) throw new Error('usage: import-child.ts <dataDir> <bundle.exar> <marker> <records>');

const wal = join(dataDir, `${DATABASE_FILE}-wal`);
const walSize = () => (existsSync(wal) ? statSync(wal).size : 0);

const h = createHarness({ dataDir });
const ctx = adminWriteCtx(h.core.state);
const uploadId = receiveWhole(ctx, readFileSync(bundlePath));
const walBefore = walSize();
const sqlite = h.core.state.database.sqlite;
importBundle(ctx, uploadId, true, {
  cacheSize: 1,
  ...(bulkMinRows ? { bulkMinRows: Number(bulkMinRows) } : {}),
  afterRecord(count) {
    if (count !== Number(records)) return;
    // Written whole or not at all: the parent reads it as soon as it appears.
    const indexesWhileImporting = (sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index'").get() as { n: number }).n;
    writeFileSync(`${marker}.tmp`, JSON.stringify({ uploadId, walBefore, walNow: walSize(), indexesWhileImporting }));
    renameSync(`${marker}.tmp`, marker);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, GIVE_UP_MS);
    process.exit(3);
  },
});
// Reaching here means the import ended before the chosen record: the parent reports it.
process.exit(2);
