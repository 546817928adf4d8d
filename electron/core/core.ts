/**
 * Builds the running core from a data folder: opens (and migrates) the database, restores
 * this office's clock and returns `invoke`, the function both transports call.
 */
import { warmMatchingCaches } from './services/matches/facts';
import { saveCandidateMemory } from './services/candidates/memory';
import { logShortSuspensions } from './services/internships/short-suspensions';
import { join } from 'node:path';
import { DATA_CHANGED_EVENT, type BridgeEvent } from '@shared/api/bridge';
import { AppError, type ApiResult } from '@shared/api/errors';
import type { InvokeEnvelope } from '@shared/api/transport';
import { configureItalianZodMessages } from '@shared/api/zod-italian';
import { dispatch } from './api/dispatch';
import { warmShortWords } from './search/match-list-cache';
import { readCtxOf, SYSTEM_ACTOR } from './api/service-ctx';
import { readCtx } from './context';
import { EventBus } from './events';
import { SessionStore } from './api/sessions';
import type { CoreState, RestartCore } from './api/types';
import { openDatabase, type OpenReport } from './db/connection';
import { backupsDirOf } from './db/backup-folder';
import { DATABASE_FILE } from './db/names';
import { DataFolderRefusedError } from './db/errors';
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
  /** The current opening's state: a restart replaces it (read it again rather than keep it). */
  readonly state: CoreState;
  /** Subscribes to the core's pushes (job progress); returns the function that unsubscribes. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
  /**
   * Loads, a moment after start, what the first ranking would otherwise load (about a second at
   * 100,000 candidates): it happens while the operator is still typing the password. The hosts
   * call it; tests do not need it.
   */
  warmUp(): void;
  /** The daily backup's scheduler (decision 0022); null when the options turned it off. Changes at a restart. */
  readonly backups: BackupScheduler | null;
  close(): void;
}

/** Long enough for the window to show its first screen before the core gets busy. */
const WARM_UP_DELAY_MS = 1500;

export { DATABASE_FILE };

/** One opening of the data folder: what a restart closes and opens again. */
interface CoreInstance {
  state: CoreState;
  backups: BackupScheduler | null;
  warmUp(): void;
  /** Lets a backup under way end, then closes the database: the data folder is free for a restore. */
  stop(): Promise<void>;
  close(): void;
}

/** What every opening shares: the clock, the log, the event channel the hosts listen to, and the way to restart. */
interface InstanceShared {
  now: () => Date;
  log: Logger;
  events: EventBus;
  restartCore: RestartCore;
}

/** Said to every call when the data folder could not be opened again after a restore. */
const NOT_REOPENED_MESSAGE =
  "L'archivio dati non si è riaperto dopo il ripristino: chiudi e riavvia l'applicazione; se non parte, segui il messaggio che mostra.";

/**
 * The core the hosts hold. Its opening of the data folder can be replaced (a restore from the app,
 * decision 0022): the handler asks through `state.restartCore`, the core closes the database, runs
 * the work on the closed folder and opens it again, with new sessions. The hosts keep the same
 * object, so the web host and the desktop's core process restart without knowing how; their event
 * listeners stay subscribed, and every screen is told to ask again (and so finds it must log in).
 */
export function createCore(options: CoreOptions): Core {
  configureItalianZodMessages();
  const now = options.now ?? (() => new Date());
  const log = options.log ?? fileLogger(join(options.dataDir, 'logs', 'app.log'));
  const events = new EventBus();
  let closed = false;
  let warm = false;
  let restarting: Promise<void> | null = null;
  /** Why the folder could not be opened again after a restart; every call is answered with it. */
  let broken: string | null = null;

  const restartCore: RestartCore = async (work) => {
    if (restarting || closed) throw new AppError('CONFLICT', 'Un ripristino è già in corso: attendi che finisca.');
    let done: () => void = () => undefined;
    restarting = new Promise<void>((resolve) => {
      done = resolve;
    });
    const old = instance;
    try {
      await old.stop();
      log.info('core closed for a restart');
      try {
        return await work();
      } finally {
        if (!closed) {
          try {
            instance = openInstance(options, { now, log, events, restartCore });
            broken = null;
            log.info('core reopened after a restart');
            if (warm) instance.warmUp();
          } catch (error) {
            log.error('core not reopened after a restart', error);
            broken = error instanceof DataFolderRefusedError ? error.message : NOT_REOPENED_MESSAGE;
          }
        }
      }
    } finally {
      restarting = null;
      done();
      // Sessions lived in the closed opening: every screen asks again and finds it must log in.
      events.emit({ type: DATA_CHANGED_EVENT, payload: null });
    }
  };

  let instance = openInstance(options, { now, log, events, restartCore });

  return {
    get state() {
      return instance.state;
    },
    get backups() {
      return instance.backups;
    },
    invoke: async (envelope) => {
      // Calls that arrive during a restart wait for the new opening rather than meet a closed database.
      if (restarting) await restarting;
      if (broken !== null) return { ok: false, error: { code: 'IO', message: broken } };
      return dispatch(instance.state, envelope);
    },
    onEvent: (listener) => events.subscribe(listener),
    warmUp: () => {
      warm = true;
      instance.warmUp();
    },
    close: () => {
      if (closed) return;
      closed = true;
      instance.close();
    },
  };
}

function openInstance(options: CoreOptions, shared: InstanceShared): CoreInstance {
  const { now, log } = shared;
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
    events: shared.events,
    site: local
      ? { id: local.id, clock: new HybridLogicalClock(local.code, () => now().getTime(), lastIssuedHlc(startCtx)) }
      : null,
    backups,
    restartCore: shared.restartCore,
    nativeBinding: options.nativeBinding,
  };
  log.info(`core started on ${database.file}`);
  reportShortSuspensions(state);
  let warmUpTimer: NodeJS.Timeout | null = null;
  let closed = false;
  const closeDatabase = () => {
    if (closed) return;
    closed = true;
    if (warmUpTimer) clearTimeout(warmUpTimer);
    try {
      // The next start reads the people back from this image instead of every row (decision 0036).
      const started = Date.now();
      const outcome = saveCandidateMemory(database.sqlite);
      if (outcome === 'written') log.info(`candidates' memory kept for the next start in ${Date.now() - started} ms`);
    } catch (error) {
      log.error("candidates' memory not kept for the next start", error);
    }
    database.close();
  };
  return {
    state,
    backups,
    warmUp: () => {
      warmUpTimer = setTimeout(() => {
        if (!database.sqlite.open) return;
        try {
          const started = Date.now();
          warmMatchingCaches(readCtxOf(state));
          warmShortWords(database.sqlite, 'candidates_fts');
          log.info(`matching caches and the single letters' matches loaded in ${Date.now() - started} ms`);
        } catch (error) {
          // Only a head start: the first ranking loads them anyway.
          log.error('matching caches not loaded at start', error);
        }
      }, WARM_UP_DELAY_MS);
      warmUpTimer.unref();
    },
    stop: async () => {
      await backups?.stop();
      closeDatabase();
    },
    close: () => {
      // A daily copy under way fails at its next page once the file is closed, and cleans its .part up.
      void backups?.stop();
      closeDatabase();
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
