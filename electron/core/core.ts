/**
 * Builds the running core from a data folder: opens (and migrates) the database, restores
 * this office's clock and returns `invoke`, the function both transports call.
 */
import { join } from 'node:path';
import type { ApiResult } from '../../shared/api/errors';
import type { InvokeEnvelope } from '../../shared/api/transport';
import { configureItalianZodMessages } from '../../shared/api/zod-italian';
import { dispatch } from './api/dispatch';
import { SessionStore } from './api/sessions';
import type { CoreState } from './api/types';
import { openDatabase } from './db/connection';
import { fileLogger, type Logger } from './log';
import { lastIssuedHlc } from './services/audit/audit-log';
import { findLocalSite } from './services/settings/site';
import { HybridLogicalClock } from './sync/hlc';

export interface CoreOptions {
  dataDir: string;
  migrationsFolder: string;
  nativeBinding?: string;
  log?: Logger;
  now?: () => Date;
}

export interface Core {
  invoke(envelope: InvokeEnvelope): Promise<ApiResult<unknown>>;
  state: CoreState;
  close(): void;
}

export const DATABASE_FILE = 'exar.sqlite';

export function createCore(options: CoreOptions): Core {
  configureItalianZodMessages();
  const now = options.now ?? (() => new Date());
  const log = options.log ?? fileLogger(join(options.dataDir, 'logs', 'app.log'));
  const database = openDatabase({
    file: join(options.dataDir, DATABASE_FILE),
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
    now,
  });
  const local = findLocalSite(database.db);
  const state: CoreState = {
    database,
    dataDir: options.dataDir,
    sessions: new SessionStore(() => now().getTime()),
    log,
    now,
    site: local
      ? { id: local.id, clock: new HybridLogicalClock(local.code, () => now().getTime(), lastIssuedHlc(database)) }
      : null,
  };
  log.info(`core started on ${database.file}`);
  return {
    state,
    invoke: (envelope) => dispatch(state, envelope),
    close: () => database.close(),
  };
}

/** Where the migrations live when running from the source tree (tests, web host). */
export const SOURCE_MIGRATIONS_FOLDER = join(__dirname, 'db', 'migrations');
