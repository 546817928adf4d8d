/**
 * The second folder (decision 0028): a USB drive or a network share where each verified daily or
 * manual backup also goes, as one encrypted file `<backup name>.exarbak` (backup-offsite-format.ts).
 * Written as `<name>.exarbak.part`, read back and checked (tag and plaintext hash), then renamed;
 * the same 7/4/12 rule as the local copies decides what stays. Everything here is asynchronous: a
 * share that hangs or a slow drive must never hold the core's calls.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { italianDate } from '@shared/validation/italian-time';
import { NAME_PATTERN, type BackupInfo } from './backup-folder';
import { checkSealedFile, keyCheckOf, sealFolder, type KdfParams } from './backup-offsite-format';
import { backupsToKeep, type DatedBackup } from './retention';

export const OFFSITE_SUFFIX = '.exarbak';
const OFFSITE_PART_SUFFIX = `${OFFSITE_SUFFIX}.part`;
/** The local setting holding the second folder and the key (never the passphrase). */
export const OFFSITE_SETTING = 'backups.secondaCopia';
/** Beside the local copies, not in the database: a restore must not roll back what the drive last received. */
const STATUS_FILE = 'seconda-copia.json';
/** How long a listing of the second folder may take before the page says it is not reachable. */
const LIST_TIMEOUT_MS = 3000;

export const offsiteConfigSchema = z.object({
  folder: z.string().min(1),
  kdf: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string() }),
  /** The derived key, base64: the scheduled copy encrypts without asking anyone (decision 0028). */
  key: z.string(),
  keyCheck: z.string(),
  setAt: z.string(),
});
export type OffsiteConfig = z.output<typeof offsiteConfigSchema>;

export interface OffsiteTarget {
  folder: string;
  key: Buffer;
  kdf: KdfParams;
}

/** The configured second folder, or null (none, or a value this version cannot read). */
export function readOffsiteConfig(sqlite: BetterSqlite3.Database): OffsiteConfig | null {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(OFFSITE_SETTING) as { value: string } | undefined;
  if (!row) return null;
  try {
    const parsed = offsiteConfigSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What is stored for a folder and a key just derived from the passphrase (which goes no further). */
export function makeOffsiteConfig(folder: string, kdf: KdfParams, key: Buffer, setAt: Date): OffsiteConfig {
  return {
    folder,
    kdf: { N: kdf.N, r: kdf.r, p: kdf.p, salt: kdf.salt.toString('base64') },
    key: key.toString('base64'),
    keyCheck: keyCheckOf(key).toString('base64'),
    setAt: setAt.toISOString(),
  };
}

/** The key and parameters to encrypt with; null when the stored key does not match its own check (never used then). */
export function offsiteTargetOf(config: OffsiteConfig): OffsiteTarget | null {
  const key = Buffer.from(config.key, 'base64');
  if (key.length !== 32 || !keyCheckOf(key).equals(Buffer.from(config.keyCheck, 'base64'))) return null;
  return { folder: config.folder, key, kdf: { N: config.kdf.N, r: config.kdf.r, p: config.kdf.p, salt: Buffer.from(config.kdf.salt, 'base64') } };
}

export interface OffsiteStatus {
  lastSuccess: { at: string; name: string } | null;
  lastFailure: { at: string; message: string } | null;
}

export function readOffsiteStatus(backupsDir: string): OffsiteStatus {
  try {
    const value = JSON.parse(readFileSync(join(backupsDir, STATUS_FILE), 'utf8')) as Partial<OffsiteStatus>;
    return { lastSuccess: value.lastSuccess ?? null, lastFailure: value.lastFailure ?? null };
  } catch {
    return { lastSuccess: null, lastFailure: null };
  }
}

/** Records an outcome; the last success survives a failure, so the page can say since when the drive has had nothing. */
export async function recordOffsiteOutcome(backupsDir: string, outcome: { success: { at: Date; name: string } } | { failure: { at: Date; message: string } }): Promise<void> {
  const before = readOffsiteStatus(backupsDir);
  const next: OffsiteStatus =
    'success' in outcome
      ? { lastSuccess: { at: outcome.success.at.toISOString(), name: outcome.success.name }, lastFailure: null }
      : { lastSuccess: before.lastSuccess, lastFailure: { at: outcome.failure.at.toISOString(), message: outcome.failure.message } };
  const path = join(backupsDir, STATUS_FILE);
  await writeFile(`${path}.part`, JSON.stringify(next, null, 1));
  await rename(`${path}.part`, path);
}

/** Said on the page when the drive is unplugged or the share is down: the local copy is fine. */
export function unreachableMessage(folder: string): string {
  return `La seconda cartella ${folder} non è raggiungibile (disco USB scollegato o cartella di rete non disponibile): la copia in questo computer è stata fatta e verificata. Collega il disco o controlla la rete; la prossima copia verrà scritta anche lì.`;
}

export class OffsiteUnreachableError extends Error {
  constructor(folder: string) {
    super(unreachableMessage(folder));
    this.name = 'OffsiteUnreachableError';
  }
}

export interface OffsiteCopy {
  /** The backup's name (`exar-…`), the file being `<name>.exarbak`. */
  name: string;
  file: string;
  takenAt: Date;
  size: number;
}

function timeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** `exar-20261124-163005-123-000` → the moment in its stamp (UTC, backup-folder.ts `stamp`). */
export function dateOfName(name: string): Date {
  const s = name.slice(5);
  return new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(16, 19)}Z`);
}

/** The finished copies in the second folder, oldest first; throws when the folder cannot be read. */
export async function listOffsiteCopies(folder: string, timeoutMs = LIST_TIMEOUT_MS): Promise<OffsiteCopy[]> {
  const names = await timeout(readdir(folder), timeoutMs);
  const copies: OffsiteCopy[] = [];
  for (const entry of names.sort()) {
    if (!entry.endsWith(OFFSITE_SUFFIX)) continue;
    const name = entry.slice(0, -OFFSITE_SUFFIX.length);
    if (!NAME_PATTERN.test(name)) continue;
    try {
      const size = (await stat(join(folder, entry))).size;
      copies.push({ name, file: join(folder, entry), takenAt: dateOfName(name), size });
    } catch {
      // Removed meanwhile (a rotation): not a copy any more.
    }
  }
  return copies;
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await timeout(stat(folder), LIST_TIMEOUT_MS)).isDirectory();
  } catch {
    return false;
  }
}

/** Removes what an interrupted copy left (`.exarbak.part`): never a finished copy. */
async function removeOffsiteLeftovers(folder: string, except: string): Promise<void> {
  for (const entry of await readdir(folder)) {
    if (entry.endsWith(OFFSITE_PART_SUFFIX) && entry !== except) await rm(join(folder, entry), { force: true });
  }
}

/** The 7/4/12 rule of the local copies (retention.ts), applied to the encrypted ones; returns the names removed. */
export async function rotateOffsite(folder: string, now: Date): Promise<string[]> {
  const copies = await listOffsiteCopies(folder);
  // Only daily and manual backups go to the second folder: the rule sees them all as daily ones.
  const dated: DatedBackup[] = copies.map((c) => ({ name: c.name, day: italianDate(c.takenAt), reason: 'daily' }));
  const keep = backupsToKeep(dated, italianDate(now));
  const removed: string[] = [];
  for (const copy of copies) {
    if (keep.has(copy.name)) continue;
    await rm(copy.file, { force: true });
    removed.push(copy.name);
  }
  return removed;
}

async function fsyncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some shares cannot fsync a folder; the rename is what they journal.
  }
}

export interface OffsiteWriteOptions {
  backup: BackupInfo;
  target: OffsiteTarget;
  now: Date;
  shouldStop?: () => boolean;
}

/**
 * Writes the encrypted copy of `backup` into the second folder: temporary name, read back and
 * checked, renamed, then the retention rule. A folder that is not there is refused before anything
 * is written (never created: an unplugged drive's mount point would fill the local disk instead).
 */
export async function writeOffsiteCopy(options: OffsiteWriteOptions): Promise<OffsiteCopy> {
  const { folder } = options.target;
  if (!(await isFolder(folder))) throw new OffsiteUnreachableError(folder);
  const fileName = `${options.backup.name}${OFFSITE_SUFFIX}`;
  const part = join(folder, `${fileName}.part`);
  await removeOffsiteLeftovers(folder, '');
  try {
    const sealed = await sealFolder(options.backup.folder, part, options.target.key, options.target.kdf, options.shouldStop);
    await checkSealedFile(part, options.target.key, sealed.plainSha256, options.shouldStop);
    const file = join(folder, fileName);
    await rename(part, file);
    await fsyncDir(folder);
    try {
      await rotateOffsite(folder, options.now);
    } catch {
      // Rotation only frees space: what it could not remove goes the next time.
    }
    return { name: options.backup.name, file, takenAt: new Date(options.backup.manifest.takenAt), size: sealed.bytes };
  } catch (error) {
    await rm(part, { force: true }).catch(() => undefined);
    throw error;
  }
}
