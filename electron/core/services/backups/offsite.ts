/**
 * The second folder of «Copie di sicurezza» (decision 0028): the administrator sets a folder on a
 * USB drive or a network share and a passphrase; each daily or manual copy then also goes there,
 * encrypted. Kept in this office's local settings: the folder, scrypt's salt and cost, the derived
 * key and its check, never the passphrase (the scheduled copy needs the key, nobody types at 3 a.m.).
 */
import { randomBytes } from 'node:crypto';
import { rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { OffsiteView } from '@shared/api/backups';
import { AppError } from '@shared/api/errors';
import type { ReadCtx, WriteCtx } from '../../context';
import { backupsDirOf } from '../../db/backup-folder';
import { listOffsiteCopies, makeOffsiteConfig, OFFSITE_SETTING, readOffsiteConfig, readOffsiteStatus } from '../../db/backup-offsite';
import { deriveCopyKey, newKdf, type KdfParams } from '../../db/backup-offsite-format';
import type { BackupScheduler } from '../../db/backup-scheduler';
import { settings as settingsTable } from '../../db/schema';
import { eq } from 'drizzle-orm';
import { writeAudit } from '../audit/audit-log';
import { requireLocalSite } from '../settings/site';
import { writeLocalValue } from '../settings/local-values';

/** What the page shows of the second folder, read now: a drive unplugged shows as not reachable, never as an error. */
export async function offsiteView(ctx: ReadCtx, scheduler: BackupScheduler | null): Promise<OffsiteView> {
  const config = readOffsiteConfig(ctx.sqlite);
  const status = readOffsiteStatus(backupsDirOf(ctx.dataDir));
  const running = scheduler?.status().offsiteRunning ?? null;
  const base = {
    running: running ? { since: running.since.toISOString() } : null,
    lastSuccess: status.lastSuccess,
    lastFailure: status.lastFailure,
  };
  if (!config) return { configured: false, folder: null, setAt: null, reachable: false, items: [], ...base };
  let items: OffsiteView['items'] = [];
  let reachable = true;
  try {
    items = (await listOffsiteCopies(config.folder)).reverse().map((c) => ({ name: c.name, takenAt: c.takenAt.toISOString(), size: c.size }));
  } catch {
    reachable = false;
  }
  return { configured: true, folder: config.folder, setAt: config.setAt, reachable, items, ...base };
}

function folderIssue(message: string): AppError {
  return new AppError('VALIDATION', message, [{ path: 'folder', message }]);
}

/**
 * The folder must be somewhere else than this computer's data (the point is a copy that survives
 * the computer), already there (an unplugged drive's mount point is never created on the local
 * disk) and writable: a test file is written and removed now, not discovered tonight.
 */
async function checkFolder(ctx: ReadCtx, folder: string): Promise<string> {
  if (!isAbsolute(folder)) throw folderIssue('Scrivi il percorso completo della cartella (per esempio E:\\CopieExar, \\\\server\\copie\\exar oppure /media/usb/copie-exar).');
  const absolute = resolve(folder);
  const inside = relative(resolve(ctx.dataDir), absolute);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw folderIssue('La seconda cartella deve stare fuori dalla cartella dei dati dell’applicazione: su un disco USB o in una cartella di rete.');
  }
  let isFolder = false;
  try {
    isFolder = (await stat(absolute)).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw folderIssue(`La cartella ${absolute} non esiste o non è raggiungibile: collega il disco USB (o controlla la rete), crea la cartella e riprova.`);
  const probe = join(absolute, `.exar-prova-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(probe, 'prova di scrittura');
    await rm(probe, { force: true });
  } catch {
    throw folderIssue(`Nella cartella ${absolute} non si può scrivere: controlla i permessi (o che il disco non sia protetto da scrittura).`);
  }
  return absolute;
}

export interface SetOffsiteInput {
  folder: string;
  passphrase: string;
  /** scrypt's cost; the default unless a test asks for a cheaper one. */
  kdf?: Omit<KdfParams, 'salt'>;
}

/**
 * Sets the second folder and the key. The key is derived off the core's thread (scrypt, a fraction
 * of a second), then stored with its audit line in one transaction; the passphrase goes no further.
 */
export async function setOffsite(ctx: WriteCtx, scheduler: BackupScheduler | null, input: SetOffsiteInput): Promise<OffsiteView> {
  const folder = await checkFolder(ctx, input.folder);
  const kdf = newKdf(input.kdf);
  const key = await deriveCopyKey(input.passphrase, kdf);
  const config = makeOffsiteConfig(folder, kdf, key, ctx.now());
  ctx.db.transaction(() => {
    const before = readOffsiteConfig(ctx.sqlite);
    writeLocalValue(ctx, OFFSITE_SETTING, config);
    writeAudit(ctx, {
      entity: 'settings',
      entityId: requireLocalSite(ctx).id,
      action: 'update',
      // The folder, and that the passphrase changed: never anything of the key.
      changes: [
        { field: 'secondaCartellaCopie', before: before?.folder ?? null, after: folder },
        { field: 'fraseSegretaSecondaCopia', before: before ? 'impostata' : null, after: 'impostata (nuova)' },
      ],
    });
  });
  return offsiteView(ctx, scheduler);
}

/** Stops the copies to the second folder; what is already there stays (the administrator removes it by hand). */
export async function removeOffsite(ctx: WriteCtx, scheduler: BackupScheduler | null): Promise<OffsiteView> {
  ctx.db.transaction(() => {
    const before = readOffsiteConfig(ctx.sqlite);
    if (!before) return;
    ctx.db.delete(settingsTable).where(eq(settingsTable.key, OFFSITE_SETTING)).run();
    writeAudit(ctx, {
      entity: 'settings',
      entityId: requireLocalSite(ctx).id,
      action: 'update',
      changes: [{ field: 'secondaCartellaCopie', before: before.folder, after: null }],
    });
  });
  return offsiteView(ctx, scheduler);
}
