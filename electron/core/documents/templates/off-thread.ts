/**
 * readTemplate in a worker thread. Unzipping, checking and trial-filling a template is synchronous
 * work (XML parsed and written whole) that takes seconds on a large file; on the core's thread it
 * would stop every other operator's call for that long. A worker per upload: uploads are rare, and a
 * file that exhausts the worker's memory takes only the worker down, answered with an Italian refusal.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { DocumentKind } from '@shared/documents/context';
import { fileProblem } from './problems';
import type { TemplateReading } from './templates';

/** Built next to core-host.js (electron.vite.config.mts); absent when the core runs from source. */
const BUNDLED_WORKER = 'template-worker.js';
/** Room for the 64 MB the zip may unpack to and the XML trees docx builds from it, and no more. */
const LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 768 };

const UNREADABLE = 'Il modello non si riesce a leggere (è troppo grande o danneggiato): aprilo in Word, salvalo di nuovo come .docx e riprova.';

function startWorker(workerData: { bytes: Uint8Array; kind: DocumentKind }): Worker {
  const bundled = join(__dirname, BUNDLED_WORKER);
  if (existsSync(bundled)) return new Worker(bundled, { workerData, resourceLimits: LIMITS });
  // From source (web host under tsx, tests under vitest): the worker's TypeScript through tsx's loader,
  // with the project's tsconfig for the @shared/ paths.
  const source = join(__dirname, 'worker.ts');
  const tsx = createRequire(source).resolve('tsx/cjs/api');
  const tsconfig = join(__dirname, '..', '..', '..', '..', 'tsconfig.json');
  const boot = `require(${JSON.stringify(tsx)}).register({ tsconfig: ${JSON.stringify(tsconfig)} }); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, workerData, resourceLimits: LIMITS });
}

function refused(message: string): TemplateReading {
  const problems = [fileProblem(message)];
  return { ok: false, message, problems };
}

/** The same answer as readTemplate, computed off the core's thread. */
export function readTemplateOffThread(bytes: Uint8Array, kind: DocumentKind): Promise<TemplateReading> {
  return new Promise((resolve) => {
    let answered = false;
    const worker = startWorker({ bytes, kind });
    worker.once('message', (reading: TemplateReading) => {
      answered = true;
      resolve(reading);
      void worker.terminate();
    });
    // Out of memory or a crash inside the worker: the file is refused, the core goes on.
    worker.once('error', () => {
      if (!answered) resolve(refused(UNREADABLE));
      answered = true;
    });
    worker.once('exit', () => {
      if (!answered) resolve(refused(UNREADABLE));
      answered = true;
    });
  });
}
