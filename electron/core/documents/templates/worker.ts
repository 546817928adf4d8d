/**
 * The worker thread that reads an uploaded template (unzip with limits, the checks, the placeholders,
 * the trial fill), so the seconds a large one can take never hold up the other operators' calls on
 * the core's thread. Built to out/main/template-worker.js; from source it runs through tsx (off-thread.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentKind } from '@shared/documents/context';
import { readTemplate } from './templates';

const input = workerData as { bytes: Uint8Array; kind: DocumentKind };

void readTemplate(input.bytes, input.kind).then((reading) => parentPort?.postMessage(reading));
