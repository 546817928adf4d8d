/**
 * The encrypted second copy (decision 0028) on real files: a backup sealed into the second folder and
 * restored into another data folder gives the same rows and files; a wrong passphrase and one byte
 * changed are refused in Italian and change nothing; an unplugged drive leaves the local copy verified
 * and its failure recorded; the second folder keeps 7/4/12; the command line restores from the file.
 */
import BetterSqlite3 from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreCommand } from '../../../scripts/restore/command';
import { addAttachment, addDocument, addSetting, newDataDir, openData } from '../../../tests/support/backup-data';
import { dumpDatabase } from '../../../tests/support/db-fingerprint';
import { writeStoredFile } from '../files/stored-files';
import { memoryLogger } from '../log';
import { takeBackupSync, verifyBackup } from './backup';
import { backupsDirOf, listBackupInfos, type BackupInfo } from './backup-folder';
import { deriveCopyKey, newKdf } from './backup-offsite-format';
import { listOffsiteCopies, makeOffsiteConfig, OFFSITE_SETTING, readOffsiteStatus, rotateOffsite, writeOffsiteCopy, type OffsiteTarget } from './backup-offsite';
import { restoreFromSealedCopy } from './backup-offsite-restore';
import { startBackupScheduler } from './backup-scheduler';
import { DATABASE_FILE } from './names';
import { RestoreError } from './restore';

const PASSPHRASE = 'la chiavetta blu del martedì';
/** A cheap scrypt cost: the tests derive many keys; the format carries whatever cost was used. */
const CHEAP = { N: 2 ** 12, r: 8, p: 1 };

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = newDataDir(prefix);
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function target(folder: string): Promise<OffsiteTarget> {
  const kdf = newKdf(CHEAP);
  return { folder, kdf, key: await deriveCopyKey(PASSPHRASE, kdf) };
}

/** An office with people's files and a verified backup of it; `big` adds a file spanning several pieces of the stream. */
function office(big = false): { dir: string; backup: BackupInfo; files: string[] } {
  const dir = tempDir('exar-offsite-');
  const db = openData(dir);
  addSetting(db, 'stato', 'prima della copia');
  const files = [addAttachment(db, dir, 'cv di Anna').path, addAttachment(db, dir, 'cv di Bruno').path, addDocument(db, dir).path];
  if (big) {
    writeStoredFile(dir, 'attachments/scansione-grande.pdf', randomBytes(3 * 1024 * 1024 + 12_345));
    files.push('attachments/scansione-grande.pdf');
  }
  const backup = takeBackupSync({ sqlite: db.sqlite, dataDir: dir, now: new Date(), reason: 'daily' });
  db.close();
  return { dir, backup, files };
}

function rowsOf(dir: string): ReturnType<typeof dumpDatabase> {
  const db = new BetterSqlite3(join(dir, DATABASE_FILE), { readonly: true });
  try {
    return dumpDatabase(db);
  } finally {
    db.close();
  }
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Everything under a folder, path → sha256: what "nothing changed" means for a data folder. */
function treeOf(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) tree[join(entry.parentPath, entry.name).slice(dir.length)] = sha256(join(entry.parentPath, entry.name));
  }
  return tree;
}

async function sealedCopy(big = false): Promise<{ source: ReturnType<typeof office>; file: string }> {
  const source = office(big);
  const second = tempDir('exar-seconda-');
  const copy = await writeOffsiteCopy({ backup: source.backup, target: await target(second), now: new Date() });
  return { source, file: copy.file };
}

describe('the encrypted copy in the second folder', () => {
  it('round trip: sealed, then restored into a new data folder, gives the same rows and files', async () => {
    const { source, file } = await sealedCopy(true);
    expect(file.endsWith(`${source.backup.name}.exarbak`)).toBe(true);
    expect(readdirSync(join(file, '..'))).toEqual([`${source.backup.name}.exarbak`]);
    // Nothing readable in it: not the database's header, not a file's content.
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('cv di Anna'))).toBe(false);

    const target = join(tempDir('exar-nuovo-pc-'), 'dati');
    const result = await restoreFromSealedCopy(target, file, PASSPHRASE);
    expect(result.fileProblems).toEqual([]);
    expect(result.extracted).toBe(source.backup.name);
    expect(rowsOf(target)).toEqual(rowsOf(source.dir));
    for (const path of source.files) expect(sha256(join(target, ...path.split('/')))).toBe(sha256(join(source.dir, ...path.split('/'))));
    // The decrypted copy is a local backup from now on, verified like any other.
    const local = listBackupInfos(backupsDirOf(target)).find((b) => b.name === source.backup.name)!;
    expect(await verifyBackup(local)).toEqual([]);
    expect(readdirSync(join(local.folder)).sort()).toEqual(['exar.sqlite', 'files', 'files.json', 'manifest.json']);
  });

  it('a wrong passphrase is refused in Italian and nothing is written', async () => {
    const { file } = await sealedCopy();
    const { dir } = office();
    const before = treeOf(dir);
    const error = await restoreFromSealedCopy(dir, file, 'la chiavetta rossa del martedì').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as Error).message).toMatch(/^La frase segreta non apre questa copia cifrata.*Non è stato cambiato nulla\.$/);
    expect(treeOf(dir)).toEqual(before);
    // A folder that did not exist is not created for a file it cannot open.
    const absent = join(tempDir('exar-vuoto-'), 'dati');
    await expect(restoreFromSealedCopy(absent, file, 'sbagliata del tutto')).rejects.toThrow(/non apre/);
    expect(existsSync(absent)).toBe(false);
  });

  it('one byte changed anywhere (header, contents, tag) is refused in Italian and changes nothing', async () => {
    const { file } = await sealedCopy();
    const { dir } = office();
    const before = treeOf(dir);
    const original = readFileSync(file);
    // The version byte's neighbours, the salt, the middle of the ciphertext, the last byte of the tag.
    for (const position of [12, 30, Math.floor(original.length / 2), original.length - 1]) {
      const flipped = Buffer.from(original);
      flipped[position] = flipped[position]! ^ 0x01;
      const tampered = join(tempDir('exar-alterata-'), 'copia.exarbak');
      writeFileSync(tampered, flipped);
      const error = await restoreFromSealedCopy(dir, tampered, PASSPHRASE).catch((e: unknown) => e);
      expect((error as Error).message, `byte ${position}`).toMatch(/danneggiata o è stata modificata.*Non è stato cambiato nulla\.$/);
      expect(treeOf(dir), `byte ${position}`).toEqual(before);
    }
    const cut = join(tempDir('exar-tagliata-'), 'copia.exarbak');
    writeFileSync(cut, original.subarray(0, original.length - 1000));
    await expect(restoreFromSealedCopy(dir, cut, PASSPHRASE)).rejects.toThrow(/danneggiata o è stata modificata/);
    writeFileSync(cut, 'non è una copia');
    await expect(restoreFromSealedCopy(dir, cut, PASSPHRASE)).rejects.toThrow(/non è una copia cifrata/);
    expect(treeOf(dir)).toEqual(before);
  });

  it('an unplugged drive: the local copy is still taken and verified, the failure recorded with the last success', async () => {
    const dir = tempDir('exar-scollegato-');
    const second = join(tempDir('exar-usb-'), 'chiavetta');
    const db = openData(dir);
    addAttachment(db, dir, 'cv');
    const t = await target(second);
    db.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(OFFSITE_SETTING, JSON.stringify(makeOffsiteConfig(second, t.kdf, t.key, new Date())));
    const log = memoryLogger();
    const scheduler = startBackupScheduler({ sqlite: db.sqlite, dataDir: dir, backupsDir: backupsDirOf(dir), now: () => new Date(), log, schedule: { firstCheckMs: 3_600_000, everyMs: 3_600_000 } });
    try {
      const first = await scheduler.takeNow('manual');
      expect(first).not.toBeNull();
      expect(await verifyBackup(first!)).toEqual([]);
      expect(scheduler.status().lastFailure).toBeNull();
      const failed = readOffsiteStatus(backupsDirOf(dir));
      expect(failed.lastSuccess).toBeNull();
      expect(failed.lastFailure?.message).toMatch(/^La seconda cartella .*chiavetta non è raggiungibile .*la copia in questo computer è stata fatta e verificata/);
      expect(existsSync(second)).toBe(false);

      // Plugged in again: the next copy goes there too, and the failure is over.
      mkdirSync(second);
      const next = await scheduler.takeNow('manual');
      const ok = readOffsiteStatus(backupsDirOf(dir));
      expect(ok.lastFailure).toBeNull();
      expect(ok.lastSuccess?.name).toBe(next!.name);
      expect((await listOffsiteCopies(second)).map((c) => c.name)).toEqual([next!.name]);

      // Unplugged again: the last success is still there for the page to show.
      rmSync(second, { recursive: true });
      const third = await scheduler.takeNow('manual');
      const again = readOffsiteStatus(backupsDirOf(dir));
      expect(again.lastSuccess?.name).toBe(next!.name);
      expect(again.lastFailure).not.toBeNull();
      expect(await verifyBackup(third!)).toEqual([]);
    } finally {
      await scheduler.stop();
      db.close();
    }
  });

  it('the second folder keeps 7 daily, 4 weekly and 12 monthly copies, and loses its leftovers', async () => {
    const second = tempDir('exar-rotazione-');
    const today = new Date('2026-11-24T10:00:00Z');
    // A copy a day for 400 days, as files with the names the copies get (their content does not matter to the rule).
    const names: string[] = [];
    for (let day = 0; day < 400; day++) {
      const at = new Date(today.getTime() - day * 86_400_000);
      const name = `exar-${at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19)}-000`;
      names.push(name);
      writeFileSync(join(second, `${name}.exarbak`), 'copia');
    }
    writeFileSync(join(second, 'altro-file.txt'), 'non nostro');
    const removed = await rotateOffsite(second, today);
    const kept = (await listOffsiteCopies(second)).map((c) => c.name);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12 + 2);
    expect(kept.length).toBeGreaterThanOrEqual(7 + 12);
    expect(kept).toContain(names[0]);
    expect(removed.length + kept.length).toBe(400);
    expect(existsSync(join(second, 'altro-file.txt'))).toBe(true);

    // A real copy written there: an interrupted one's leftover goes, the rule runs again.
    const source = office();
    writeFileSync(join(second, 'exar-20260101-000000-000-000.exarbak.part'), 'interrotta');
    await writeOffsiteCopy({ backup: source.backup, target: await target(second), now: today });
    expect(readdirSync(second).filter((e) => e.endsWith('.part'))).toEqual([]);
    expect((await listOffsiteCopies(second)).map((c) => c.name)).toContain(source.backup.name);
  });
});

describe('npm run restore -- --from', () => {
  it('restores an encrypted copy with the passphrase from the environment; a wrong one is refused', async () => {
    const { source, file } = await sealedCopy();
    const target = join(tempDir('exar-cli-'), 'dati');
    const lines: string[] = [];
    const wrong = await restoreCommand(['--data-dir', target, '--from', file], (l) => lines.push(l), { env: {}, askPassphrase: () => Promise.resolve('frase sbagliata ma lunga') });
    expect(wrong).toBe(1);
    expect(lines.at(-1)).toMatch(/^La frase segreta non apre questa copia cifrata/);
    expect(existsSync(target)).toBe(false);

    lines.length = 0;
    expect(await restoreCommand(['--data-dir', target, '--from', file], (l) => lines.push(l), { env: { EXAR_BACKUP_PASSPHRASE: PASSPHRASE } })).toBe(0);
    expect(lines.at(-1)).toBe("Ripristino completato e verificato. Ora puoi avviare l'applicazione.");
    expect(rowsOf(target)).toEqual(rowsOf(source.dir));
    openData(target).close();

    lines.length = 0;
    expect(await restoreCommand(['--data-dir', target, '--from', join(target, 'manca.exarbak')], (l) => lines.push(l), { env: {} })).toBe(2);
    expect(lines.at(-1)).toMatch(/non esiste: controlla il percorso/);
  });
});
