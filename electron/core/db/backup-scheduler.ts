/**
 * The daily backup, in the background (decision 0022): a timer looks every so often whether today
 * (Italian calendar) already has a verified backup and, if not, takes one with the online backup
 * API, which copies a few pages per turn of the event loop instead of blocking the calls. The
 * timers are `unref`ed (a test or a closing host never waits for them) and `stop()` ends them.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { italianDate } from '@shared/validation/italian-time';
import type { Logger } from '../log';
import { hasBackupOn, takeBackup, type BackupInfo } from './backup';

export interface BackupSchedule {
  /** First look after the start: late enough for the first screens to load without competition. */
  firstCheckMs: number;
  /** Then every so often: a desk left open past midnight gets the new day's copy. */
  everyMs: number;
}

export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = { firstCheckMs: 2 * 60_000, everyMs: 30 * 60_000 };

export interface BackupScheduler {
  /** Takes today's backup now if there is none yet; resolves with it, or null when there was one. */
  checkNow(): Promise<BackupInfo | null>;
  /** Ends the timers; resolves when a backup under way has ended (finished or given up). */
  stop(): Promise<void>;
}

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
  let stopped = false;
  let running: Promise<BackupInfo | null> | null = null;

  const check = (): Promise<BackupInfo | null> => {
    // One at a time: a slow copy still running when the next tick comes is not started twice.
    if (running) return running;
    if (stopped || !options.sqlite.open) return Promise.resolve(null);
    const now = options.now();
    if (hasBackupOn(options.backupsDir, italianDate(now))) return Promise.resolve(null);
    running = takeBackup({
      sqlite: options.sqlite,
      dataDir: options.dataDir,
      backupsDir: options.backupsDir,
      now,
      reason: 'daily',
      nativeBinding: options.nativeBinding,
    })
      .then((info) => {
        const m = info.manifest;
        log.info(`daily backup ${info.name}: ${m.databaseSize} bytes, ${m.files} files, ${m.timings.database}+${m.timings.files}+${m.timings.verify} ms`);
        for (const problem of m.problems) log.error(`daily backup ${info.name}: ${problem}`);
        return info;
      })
      .catch((error: unknown) => {
        // A copy cut short by closing is not a failure worth alarming anyone; the next start takes it.
        if (stopped || !options.sqlite.open) return null;
        log.error('daily backup failed (the previous backups are untouched)', error);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const first = setTimeout(() => void check(), schedule.firstCheckMs);
  const every = setInterval(() => void check(), schedule.everyMs);
  first.unref();
  every.unref();

  return {
    checkNow: check,
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      if (running) await running;
    },
  };
}
