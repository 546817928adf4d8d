/**
 * «Copie di sicurezza» in the app (decision 0022): the list of verified backups, a copy taken now
 * through the scheduler's online path (calls keep being answered while it runs), and the restore,
 * which closes the core, runs `restore()` on the closed data folder and opens it again.
 */
import { DATA_CHANGED_EVENT } from '@shared/api/bridge';
import type { BackupJobView, BackupsList, BackupView } from '@shared/api/backups';
import { AppError } from '@shared/api/errors';
import type { ReadCtx } from '../../context';
import type { EventBus } from '../../events';
import type { Logger } from '../../log';
import type { RestartCore } from '../../api/types';
import { verifyBackup } from '../../db/backup';
import { backupsDirOf, listBackupInfos, type BackupInfo } from '../../db/backup-folder';
import type { BackupScheduler } from '../../db/backup-scheduler';
import { restore, RestoreError } from '../../db/restore';
import { RETENTION } from '../../db/retention';
import { offsiteView } from './offsite';

/** What the backup calls need besides the read context: the running core's scheduler and its restart. */
export interface BackupsHost {
  scheduler: BackupScheduler | null;
  events: EventBus;
  log: Logger;
  restartCore: RestartCore;
  nativeBinding: string | undefined;
}

function count(counts: Record<string, number>, table: string): number {
  return counts[table] ?? 0;
}

function toView(info: BackupInfo): BackupView {
  const m = info.manifest;
  return {
    name: info.name,
    takenAt: m.takenAt,
    reason: m.reason,
    beforeMigration: m.reason === 'before-migration',
    size: m.databaseSize + m.filesSize,
    files: m.files,
    counts: {
      candidates: count(m.counts, 'candidates'),
      associations: count(m.counts, 'associations'),
      needs: count(m.counts, 'needs'),
      internships: count(m.counts, 'internships'),
      documents: count(m.counts, 'documents'),
    },
    problems: m.problems.length,
  };
}

function jobOf(scheduler: BackupScheduler | null): BackupJobView {
  const status = scheduler?.status();
  return {
    running: status?.running ? { since: status.running.since.toISOString(), reason: status.running.reason } : null,
    lastFailure: status?.lastFailure ? { at: status.lastFailure.at.toISOString(), message: status.lastFailure.message } : null,
  };
}

/** The verified backups, newest first, with where they are, when the next daily one comes, and the second folder's copies. */
export async function listBackups(ctx: ReadCtx, host: Pick<BackupsHost, 'scheduler'>): Promise<BackupsList> {
  const folder = backupsDirOf(ctx.dataDir);
  const next = host.scheduler?.status().nextBackupAt ?? null;
  return {
    ...jobOf(host.scheduler),
    folder,
    scheduled: host.scheduler !== null,
    nextBackupAt: next ? next.toISOString() : null,
    retention: { ...RETENTION },
    items: listBackupInfos(folder).reverse().map(toView),
    offsite: await offsiteView(ctx, host.scheduler),
  };
}

/**
 * Starts a copy now and answers at once: at a large office the copy takes a while, and the page
 * follows it (`running` in the list) until the «data changed» push says it has ended.
 */
export function startBackup(_ctx: ReadCtx, host: Pick<BackupsHost, 'scheduler' | 'events'>): BackupJobView {
  const { scheduler } = host;
  if (!scheduler) throw new AppError('CONFLICT', 'Le copie di sicurezza automatiche non sono attive in questa sessione: riavvia l’applicazione.');
  void scheduler.takeNow('manual').finally(() => host.events.emit({ type: DATA_CHANGED_EVENT, payload: null }));
  return jobOf(scheduler);
}

export interface RestoreOutcome {
  restored: string;
  safetyBackup: string | null;
  movedToOrphans: number;
  fileProblems: number;
}

/**
 * Puts `name` back. The backup is checked while the core still runs, so an unknown or damaged copy
 * is refused without ending anyone's session; then the core closes, `restore()` copies the current
 * state first and replaces the data, and the core opens again on the restored data with no session.
 */
export async function restoreBackup(ctx: ReadCtx, host: BackupsHost, name: string): Promise<RestoreOutcome> {
  const dir = backupsDirOf(ctx.dataDir);
  const info = listBackupInfos(dir).find((b) => b.name === name);
  if (!info) throw new AppError('NOT_FOUND', 'Questa copia di sicurezza non esiste più: aggiorna l’elenco e scegline un’altra.');
  if (host.scheduler?.status().running) throw new AppError('CONFLICT', 'È in corso una copia di sicurezza: attendi che finisca, poi ripristina.');
  const problems = await verifyBackup(info, host.nativeBinding);
  if (problems.length > 0) {
    host.log.error(`restore of ${name} refused: ${problems.join('; ')}`);
    throw new AppError('CONFLICT', 'Questa copia di sicurezza non è integra e non è stata usata: scegline un’altra. I dati attuali non sono stati toccati.');
  }
  host.log.info(`restore of ${name} asked by ${ctx.actor.name}`);
  try {
    const result = await host.restartCore(() => restore(ctx.dataDir, name, { now: ctx.now, nativeBinding: host.nativeBinding }));
    host.log.info(
      `restored ${result.restored}; current state saved as ${result.safetyBackup ?? `(set aside: ${result.setAside ?? 'nothing'})`}; ` +
        `${result.movedToOrphans.length} file(s) to orfani/, ${result.fileProblems.length} file problem(s)`,
    );
    for (const problem of result.fileProblems) host.log.error(`restored ${result.restored}: ${problem}`);
    return { restored: result.restored, safetyBackup: result.safetyBackup, movedToOrphans: result.movedToOrphans.length, fileProblems: result.fileProblems.length };
  } catch (error) {
    if (error instanceof AppError) throw error;
    host.log.error(`restore of ${name} failed`, error);
    // RestoreError's text is already the Italian for the administrator; anything else is worded here.
    throw new AppError(
      'IO',
      error instanceof RestoreError
        ? error.message
        : 'Il ripristino non è riuscito. La copia dello stato precedente è nella cartella delle copie di sicurezza: avvisa l’assistenza indicando l’ora.',
    );
  }
}
