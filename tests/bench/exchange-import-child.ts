/**
 * Imports one bundle into a regional office's data folder, in a process of its own, and prints its
 * figures as one JSON line. `import` mode: the import's time, the same file again, and the process's
 * peak memory before and after the import; `read` mode: the floor (verify and read every record,
 * without writing), in a process of its own so its garbage does not count against the import.
 * Usage: node --import tsx tests/bench/exchange-import-child.ts <import|read> <regionDataDir> <bundle.exar>
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readCtxOf } from '../../electron/core/api/service-ctx';
import { forEachRecord } from '../../electron/core/exchange/bundle-rows';
import { verifyBundle } from '../../electron/core/exchange/verify';
import { requireOfficeKey } from '../../electron/core/services/exchange/settings';
import { uploadPath, workZipPath } from '../../electron/core/services/exchange/uploads';
import { createHarness } from '../support/core-harness';
import { EXCHANGE_CHUNK_BYTES } from '@shared/api/exchange';
import type { Harness } from '../support/core-harness';

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** The file sent in pieces read one at a time, as the page does: the whole bundle is never in this process's memory. */
async function uploadFile(h: Harness, admin: string, path: string): Promise<string> {
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  let uploadId: string | null = null;
  try {
    for (let offset = 0; offset < size; offset += EXCHANGE_CHUNK_BYTES) {
      const chunk = Buffer.alloc(Math.min(EXCHANGE_CHUNK_BYTES, size - offset));
      readSync(fd, chunk, 0, chunk.length, offset);
      uploadId = (await h.ok('exchange.uploadChunk', { uploadId, fileName: 'bench.exar', offset, chunkBase64: chunk.toString('base64') }, admin)).uploadId;
    }
  } finally {
    closeSync(fd);
  }
  return uploadId!;
}

/** Garbage left by the set-up is collected before the baseline is read (node --expose-gc). */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

async function main() {
  const [mode, dataDir, bundlePath] = process.argv.slice(2) as ['import' | 'read', string, string];
  const h = createHarness({ dataDir });
  const admin = await h.sessionAs('amministratore');
  const uploadId = await uploadFile(h, admin, bundlePath);
  collect();

  const ctx = readCtxOf(h.core.state);
  const { sqlite } = ctx;
  if (mode === 'read') {
    console.log(JSON.stringify({ readSeconds: readFloor(), peakMb: peakMb() }));
    h.core.close();
    return;
  }
  function readFloor(): number {
  const t0 = performance.now();
  const verified = verifyBundle({ ctx, officeKey: requireOfficeKey(ctx), schemaVersion: Number(sqlite.pragma('user_version', { simple: true })) }, uploadPath(ctx, uploadId), workZipPath(ctx, uploadId));
  let read = 0;
  forEachRecord(verified, () => {
    read += 1;
  });
  if (read === 0) throw new Error('nothing read');
  return (performance.now() - t0) / 1000;
  }

  const baselineMb = peakMb();
  const t1 = performance.now();
  const result = await h.ok('exchange.import', { uploadId, registerOffice: true }, admin);
  const importSeconds = (performance.now() - t1) / 1000;
  const afterImportMb = peakMb();

  const again = await uploadFile(h, admin, bundlePath);
  const t2 = performance.now();
  const second = await h.ok('exchange.import', { uploadId: again, registerOffice: true }, admin);
  const reimportSeconds = (performance.now() - t2) / 1000;
  if (!second.alreadyImportedAt) throw new Error('second import was not a no-op');
  h.core.close();
  console.log(JSON.stringify({ importSeconds, reimportSeconds, baselineMb, peakMb: afterImportMb, totals: result.totals }));
}

void main();
