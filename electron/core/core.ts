/**
 * Builds the running core from a data folder: opens (and migrates) the database, restores
 * this office's clock and returns `invoke`, the function both transports call.
 */
import { warmMatchingCaches } from './services/matches/facts';
import { logShortSuspensions } from './services/internships/short-suspensions';
import { join } from 'node:path';
import type { BridgeEvent } from '@shared/api/bridge';
import type { ApiResult } from '@shared/api/errors';
import type { InvokeEnvelope } from '@shared/api/transport';
import { configureItalianZodMessages } from '@shared/api/zod-italian';
import { dispatch } from './api/dispatch';
import { readCtxOf, SYSTEM_ACTOR } from './api/service-ctx';
import { readCtx } from './context';
import { EventBus } from './events';
import { SessionStore } from './api/sessions';
import type { CoreState } from './api/types';
import { openDatabase, type OpenReport } from './db/connection';
import { backupsDirOf } from './db/backup';
import { DATABASE_FILE } from './db/names';
import { startBackupScheduler, type BackupSchedule, type BackupScheduler } from './db/backup-scheduler';
import { sweepStoredFiles } from './files/orphans';
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
  /** When the daily backup looks for today's copy; `false` for none (a one-off script). */
  backupSchedule?: BackupSchedule | false;
}

export interface Core {
  invoke(envelope: InvokeEnvelope): Promise<ApiResult<unknown>>;
  state: CoreState;
  /** Subscribes to the core's pushes (job progress); returns the function that unsubscribes. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
  /**
   * Loads, a moment after start, what the first ranking would otherwise load (about a second at
   * 100,000 candidates): it happens while the operator is still typing the password. The hosts
   * call it; tests do not need it.
   */
  warmUp(): void;
  /** The daily backup's scheduler (decision 0022); null when the options turned it off. */
  backups: BackupScheduler | null;
  close(): void;
}

/** Long enough for the window to show its first screen before the core gets busy. */
const WARM_UP_DELAY_MS = 1500;

export { DATABASE_FILE };

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
  logOpenReport(database.report, log);
  try {
    // Before any call: a file a killed process wrote without its row goes to orfani/, never lost.
    sweepStoredFiles(options.dataDir, database.sqlite, log);
  } catch (error) {
    log.error('stored files not swept at start', error);
  }
  const backups =
    options.backupSchedule === false
      ? null
      : startBackupScheduler({
          sqlite: database.sqlite,
          dataDir: options.dataDir,
          backupsDir: backupsDirOf(options.dataDir),
          now,
          log,
          nativeBinding: options.nativeBinding,
          schedule: options.backupSchedule,
        });
  // Before the state exists: the same read context the dispatcher would build, from its parts.
  const startCtx = readCtx({ db: database.db, sqlite: database.sqlite, now, dataDir: options.dataDir, actor: SYSTEM_ACTOR });
  const local = findLocalSite(startCtx);
  const state: CoreState = {
    database,
    dataDir: options.dataDir,
    sessions: new SessionStore(() => now().getTime()),
    log,
    now,
    events: new EventBus(),
    site: local
      ? { id: local.id, clock: new HybridLogicalClock(local.code, () => now().getTime(), lastIssuedHlc(startCtx)) }
      : null,
  };
  log.info(`core started on ${database.file}`);
  reportShortSuspensions(state);
  let warmUpTimer: NodeJS.Timeout | null = null;
  return {
    state,
    invoke: (envelope) => dispatch(state, envelope),
    onEvent: (listener) => state.events.subscribe(listener),
    warmUp: () => {
      warmUpTimer = setTimeout(() => {
        if (!database.sqlite.open) return;
        try {
          const started = Date.now();
          warmMatchingCaches(readCtxOf(state));
          log.info(`matching caches loaded in ${Date.now() - started} ms`);
        } catch (error) {
          // Only a head start: the first ranking loads them anyway.
          log.error('matching caches not loaded at start', error);
        }
      }, WARM_UP_DELAY_MS);
      warmUpTimer.unref();
    },
    backups,
    close: () => {
      if (warmUpTimer) clearTimeout(warmUpTimer);
      // A daily copy under way fails at its next page once the file is closed, and cleans its .part up.
      void backups?.stop();
      database.close();
    },
  };
}

function logOpenReport(report: OpenReport, log: Logger): void {
  if (report.uncleanShutdown) log.info(`unclean shutdown detected: quick_check passed in ${report.quickCheckMs ?? 0} ms`);
  if (report.backupBeforeMigration) log.info(`backup before ${report.migrationsApplied} migration(s): ${report.backupBeforeMigration}`);
  for (const warning of report.warnings) log.error(`database check: ${warning}`);
}

/**
 * The startup report of files still carrying suspensions that are absences (issue 13): only a
 * report, so a failure here never stops the core from starting.
 */
function reportShortSuspensions(state: CoreState): void {
  const { log } = state;
  try {
    logShortSuspensions(readCtxOf(state), log);
  } catch (error) {
    log.error('short suspensions report not computed at start', error);
  }
}

/** Where the migrations live when running from the source tree (tests, web host). */
export const SOURCE_MIGRATIONS_FOLDER = join(__dirname, 'db', 'migrations');
