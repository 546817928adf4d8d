/**
 * `npm run web`: starts the app in the browser. Data stays in `--data-dir` (default ./data).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, SOURCE_MIGRATIONS_FOLDER } from '../core/core';
import { DataFolderRefusedError } from '../core/db/errors';
import { startWebHost } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: 'data' },
      port: { type: 'string', default: '5178' },
      'static-dir': { type: 'string', default: 'out/renderer' },
    },
  });
  const dataDir = resolve(values['data-dir']);
  const staticDir = resolve(values['static-dir']);
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    console.error(`Interfaccia non compilata in ${staticDir}: esegui prima "npm run build".`);
    process.exit(1);
  }
  let core;
  try {
    core = createCore({ dataDir, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  } catch (error) {
    // A refusal (newer, missing, damaged database; no backup before migrating) is already the whole
    // Italian message: what happened, that nothing was overwritten, and the command to restore.
    console.error(error instanceof DataFolderRefusedError ? error.message : `Impossibile aprire i dati in ${dataDir}: ${String(error)}`);
    process.exit(1);
  }
  let host;
  try {
    host = await startWebHost({ core, staticDir, port: Number(values.port) });
  } catch (error) {
    core.close();
    const busy = (error as { code?: string }).code === 'EADDRINUSE';
    console.error(busy ? `La porta ${values.port} è già in uso: avvia con "npm run web -- --port 5179".` : String(error));
    process.exit(1);
  }
  console.log(`Exar – Sportello tirocini: apri ${host.url} nel browser (dati in ${dataDir}). Ctrl+C per chiudere.`);
  core.warmUp();
  const stop = async () => {
    await host.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
