/**
 * The daily backup, in the background (decision 0022): a timer looks every so often whether today
 * (Italian calendar) already has a verified backup and, if not, takes one with the online backup
 * API, which copies a few pages per turn of the event loop instead of blocking the calls. The
 * timers are `unref`ed (a test or a closing host never waits for them) and `stop()` ends them.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { italianDate } from '@shared/validation/italian-time';
import type { Logger } from '../log';
import { takeBackup } from './backup';
import { BackupFailedError, hasBackupOn, type BackupInfo, type BackupReason } from './backup-folder';
import { offsiteTargetOf, OffsiteUnreachableError, readOffsiteConfig, recordOffsiteOutcome, writeOffsiteCopy } from './backup-offsite';

export interface BackupSchedule {
  /** First look after the start: late enough for the first screens to load without competition. */
  firstCheckMs: number;
  /** Then every so often: a desk left open past midnight gets the new day's copy. */
  everyMs: number;
}

export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = { firstCheckMs: 2 * 60_000, everyMs: 30 * 60_000 };

/** What the «Copie di sicurezza» page shows of the scheduler: a copy under way, the last failure, the next copy. */
export interface BackupSchedulerStatus {
  running: { since: Date; reason: BackupReason } | null;
  /** The last copy that did not succeed, in Italian, until one succeeds. */
  lastFailure: { at: Date; message: string } | null;
  /** When the next daily copy will be taken (the first look on the next Italian day when today has one). */
  nextBackupAt: Date | null;
  /** The encrypted copy into the second folder under way (decision 0028); its outcomes are in backup-offsite.ts's status file. */
  offsiteRunning: { since: Date } | null;
}

export interface BackupScheduler {
  /** Takes today's backup now if there is none yet; resolves with it, or null when there was one. */
  checkNow(): Promise<BackupInfo | null>;
  /**
   * Takes a backup now whatever today holds (an administrator's «Esegui ora»), by the same online
   * path; a copy already under way is not doubled: its promise is returned. Null when it failed
   * (the failure is in `status().lastFailure`) or the scheduler is stopped.
   */
  takeNow(reason?: BackupReason): Promise<BackupInfo | null>;
  status(): BackupSchedulerStatus;
  /** Ends the timers; resolves when a backup under way has ended (finished or given up). */
  stop(): Promise<void>;
}

/** Said to the administrator when a copy fails for a reason the engine did not word (a full disk, a folder refused). */
const FAILED_MESSAGE = 'La copia di sicurezza non è riuscita: controlla lo spazio libero sul disco e riprova. Le copie precedenti sono intatte.';
/** The second copy failed for a reason other than an unreachable folder (a full drive, a write refused). */
const OFFSITE_FAILED_MESSAGE =
  'La copia cifrata nella seconda cartella non è riuscita (spazio esaurito o scrittura non permessa?): la copia in questo computer è stata fatta e verificata. Controlla il disco o la cartella di rete.';
const OFFSITE_KEY_MESSAGE = 'La chiave della seconda copia non è leggibile: un amministratore imposti di nuovo la seconda cartella e la frase segreta.';
/** Only these go to the second folder: the copies before a migration or a restore are the local way back. */
const OFFSITE_REASONS: ReadonlySet<BackupReason> = new Set(['daily', 'manual']);
/** Bounds the search for the next day's first look: a day holds 48 looks at the default pace. */
const MAX_LOOKS_AHEAD = 10_000;

export interface BackupSchedulerOptions {
  sqlite: BetterSqlite3.Database;
  dataDir: string;
  backupsDir: string;
  now: () => Date;
  log: Logger;
  nativeBinding?: string;
  schedule?: BackupSchedule;
}

export function startBackupScheduler(options: BackupSchedulerOptions): BackupScheduler {
  const schedule = options.schedule ?? DEFAULT_BACKUP_SCHEDULE;
  const { log } = options;
  const startedAt = options.now().getTime();
  let stopped = false;
  let running: Promise<BackupInfo | null> | null = null;
  let runningSince: { since: Date; reason: BackupReason } | null = null;
  let lastFailure: { at: Date; message: string } | null = null;
  let offsiteRunning: { since: Date } | null = null;

  /**
   * The encrypted copy of a verified backup into the second folder, when one is set. It never
   * throws: an unplugged drive is recorded for the page (with the last success) and the local copy
   * stands. Closing the core stops it at its next piece; the `.part` it leaves is removed next time.
   */
  const copyOffsite = async (info: BackupInfo): Promise<void> => {
    const config = options.sqlite.open ? readOffsiteConfig(options.sqlite) : null;
    if (!config) return;
    const since = options.now();
    offsiteRunning = { since };
    try {
      const target = offsiteTargetOf(config);
      if (!target) throw new Error(OFFSITE_KEY_MESSAGE);
      const copy = await writeOffsiteCopy({ backup: info, target, now: since, shouldStop: () => stopped });
      log.info(`second copy ${copy.file}: ${copy.size} bytes, written and checked`);
      await recordOffsiteOutcome(options.backupsDir, { success: { at: options.now(), name: info.name } });
    } catch (error) {
      if (stopped) {
        log.info(`second copy of ${info.name} interrupted: the core is closing`);
        return;
      }
      log.error(`second copy of ${info.name} failed (the local copy is verified)`, error);
      const message =
        error instanceof OffsiteUnreachableError ? error.message : error instanceof Error && error.message === OFFSITE_KEY_MESSAGE ? OFFSITE_KEY_MESSAGE : OFFSITE_FAILED_MESSAGE;
      await recordOffsiteOutcome(options.backupsDir, { failure: { at: options.now(), message } }).catch((e: unknown) => log.error('second copy outcome not recorded', e));
    } finally {
      offsiteRunning = null;
    }
  };

  const take = (reason: BackupReason): Promise<BackupInfo | null> => {
    // One at a time: a slow copy still running when the next tick (or a click) comes is not started twice.
    if (running) return running;
    if (stopped || !options.sqlite.open) return Promise.resolve(null);
    const now = options.now();
    runningSince = { since: now, reason };
    running = takeBackup({
      sqlite: options.sqlite,
      dataDir: options.dataDir,
      backupsDir: options.backupsDir,
      now,
      reason,
      nativeBinding: options.nativeBinding,
    })
      .then(async (info) => {
        const m = info.manifest;
        log.info(`${reason} backup ${info.name}: ${m.databaseSize} bytes, ${m.files} files, ${m.timings.database}+${m.timings.files}+${m.timings.verify} ms`);
        for (const problem of m.problems) log.error(`${reason} backup ${info.name}: ${problem}`);
        lastFailure = null;
        // The local copy is done and verified: the page lists it while the second copy is written.
        runningSince = null;
        if (OFFSITE_REASONS.has(reason)) await copyOffsite(info);
        return info;
      })
      .catch((error: unknown) => {
        // A copy cut short by closing is not a failure worth alarming anyone; the next start takes it.
        if (stopped || !options.sqlite.open) return null;
        log.error(`${reason} backup failed (the previous backups are untouched)`, error);
        lastFailure = { at: options.now(), message: error instanceof BackupFailedError ? error.message : FAILED_MESSAGE };
        return null;
      })
      .finally(() => {
        running = null;
        runningSince = null;
      });
    return running;
  };

  const check = (): Promise<BackupInfo | null> => {
    if (running) return running;
    if (stopped || !options.sqlite.open) return Promise.resolve(null);
    if (hasBackupOn(options.backupsDir, italianDate(options.now()))) return Promise.resolve(null);
    return take('daily');
  };

  /** The next look at or after `from`: the first one, then every `everyMs` from the start. */
  const nextLook = (from: number): number => {
    const first = startedAt + schedule.firstCheckMs;
    if (from <= first) return first;
    const every = startedAt + Math.ceil((from - startedAt) / schedule.everyMs) * schedule.everyMs;
    return every;
  };

  const nextBackupAt = (): Date | null => {
    if (stopped) return null;
    const now = options.now();
    const today = italianDate(now);
    let at = nextLook(now.getTime());
    if (!hasBackupOn(options.backupsDir, today)) return new Date(at);
    // Today has its copy: the next one is taken at the first look of the next Italian day.
    for (let i = 0; i < MAX_LOOKS_AHEAD && italianDate(new Date(at)) === today; i++) at = nextLook(at + 1);
    return new Date(at);
  };

  const first = setTimeout(() => void check(), schedule.firstCheckMs);
  const every = setInterval(() => void check(), schedule.everyMs);
  first.unref();
  every.unref();

  return {
    checkNow: check,
    takeNow: (reason = 'manual') => take(reason),
    status: () => ({ running: runningSince, lastFailure, nextBackupAt: nextBackupAt(), offsiteRunning }),
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      if (running) await running;
    },
  };
}
