/**
 * A restore from an encrypted copy of the second folder (decision 0028): the file is decrypted into
 * the local backups folder as the backup folder it was, and then `restore()` (restore.ts) puts it
 * back exactly as it puts back a local copy: verified, the current state copied first, checked after.
 * A wrong passphrase is refused before anything is written; a file whose tag does not hold leaves
 * nothing behind (its half-decrypted folder is removed), so neither changes the data folder.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PART_SUFFIX } from './backup-contents';
import { backupsDirOf, NAME_PATTERN, nextName, readManifest } from './backup-folder';
import { SealedCopyError } from './backup-offsite-format';
import { unsealToFolder } from './backup-offsite-unseal';
import { restore, RestoreError, type RestoreOptions, type RestoreResult } from './restore';

export interface SealedRestoreResult extends RestoreResult {
  /** The local backup the encrypted copy became (listed in the app from now on). */
  extracted: string;
}

const NOT_A_BACKUP = 'La copia cifrata si apre ma non contiene una copia di sicurezza dell’applicazione: usane un’altra. Non è stato cambiato nulla.';

/** Removes folders this restore created and left empty, so a refused file leaves the disk as it was. */
async function removeIfCreated(folders: { path: string; existed: boolean }[]): Promise<void> {
  for (const folder of folders) {
    if (!folder.existed) await rmdir(folder.path).catch(() => undefined);
  }
}

/**
 * Decrypts `file` with `passphrase` into `dataDir`'s backups and restores it. `dataDir` may not exist
 * yet (a new computer after the old one was lost): it is created once the passphrase opens the file.
 */
export async function restoreFromSealedCopy(dataDir: string, file: string, passphrase: string, options: RestoreOptions = {}): Promise<SealedRestoreResult> {
  if (!existsSync(file)) throw new RestoreError(`Il file ${file} non esiste: controlla il percorso (il disco USB è collegato?).`);
  const dir = backupsDirOf(dataDir);
  const created = [
    { path: dir, existed: existsSync(dir) },
    { path: dataDir, existed: existsSync(dataDir) },
  ];
  const part = join(dir, `copia-cifrata-${randomBytes(4).toString('hex')}${PART_SUFFIX}`);
  try {
    await unsealToFolder(file, passphrase, part);
  } catch (error) {
    await rm(part, { recursive: true, force: true });
    await removeIfCreated(created);
    if (error instanceof SealedCopyError) throw new RestoreError(error.message);
    throw new RestoreError(`La copia cifrata non si è potuta leggere (${(error as Error).message}). Non è stato cambiato nulla.`);
  }
  const manifest = readManifest(part);
  if (!manifest) {
    await rm(part, { recursive: true, force: true });
    await removeIfCreated(created);
    throw new RestoreError(NOT_A_BACKUP);
  }
  // The copy's own name, unless this folder still holds a backup of that name (then the next counter of its stamp).
  const name = NAME_PATTERN.test(manifest.name) && !existsSync(join(dir, manifest.name)) ? manifest.name : nextName(dir, new Date(manifest.takenAt));
  await rename(part, join(dir, name));
  return { ...(await restore(dataDir, name, options)), extracted: name };
}
