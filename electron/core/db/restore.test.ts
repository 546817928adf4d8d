/**
 * Restore (issue 15, decision 0022): the current state is backed up first (or set aside when it
 * cannot be read), a stale -wal is removed, the database and the files come back and are verified;
 * the command line does the same when the app cannot start.
 */
import BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreCommand } from '../../../scripts/restore/command';
import { addAttachment, addSetting, newDataDir, openData } from '../../../tests/support/backup-data';
import { createCore, SOURCE_MIGRATIONS_FOLDER } from '../core';
import { memoryLogger } from '../log';
import { takeBackupSync } from './backup';
import { listBackupInfos } from './backup-folder';
import { DATABASE_FILE } from './names';
import { restore, RestoreError } from './restore';

const dirs: string[] = [];
function dataDir(): string {
  const dir = newDataDir('exar-restore-');
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function setting(dir: string, key: string): unknown {
  const db = new BetterSqlite3(join(dir, DATABASE_FILE), { readonly: true });
  try {
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? JSON.parse(row.value) : undefined;
  } finally {
    db.close();
  }
}

/** An office with a backup on 2 March, then more work done after it. */
function officeWorkedPastBackup(): { dir: string; backup: string; before: { path: string; sha256: string }; after: { path: string } } {
  const dir = dataDir();
  const db = openData(dir);
  addSetting(db, 'stato', 'al 2 marzo');
  const before = addAttachment(db, dir, 'cv del 2 marzo');
  const backup = takeBackupSync({ sqlite: db.sqlite, dataDir: dir, now: new Date('2026-03-02T09:00:00Z'), reason: 'daily' }).name;
  addSetting(db, 'stato', 'al 5 marzo');
  const after = addAttachment(db, dir, 'cv del 5 marzo');
  db.close();
  return { dir, backup, before, after };
}

describe('restore', () => {
  it('backs up the current state, removes a stale -wal, brings back the database and the files, and verifies', async () => {
    const { dir, backup, before, after } = officeWorkedPastBackup();
    // A file lost since the backup, and a -wal from nobody knows when.
    rmSync(join(dir, before.path));
    writeFileSync(join(dir, `${DATABASE_FILE}-wal`), Buffer.alloc(4096, 1));
    const result = await restore(dir, backup, { now: () => new Date('2026-03-05T18:00:00Z') });

    expect(result.restored).toBe(backup);
    expect(result.fileProblems).toEqual([]);
    expect(setting(dir, 'stato')).toBe('al 2 marzo');
    expect(readFileSync(join(dir, before.path), 'utf8')).toContain('cv del 2 marzo');
    expect(existsSync(join(dir, `${DATABASE_FILE}-wal`))).toBe(false);
    // The state replaced is a verified backup of its own, with the work done after 2 March and its file.
    const safety = listBackupInfos(join(dir, 'backups')).find((b) => b.name === result.safetyBackup);
    expect(safety?.manifest.reason).toBe('before-restore');
    const copy = new BetterSqlite3(join(safety!.folder, DATABASE_FILE), { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'stato'").get()).toEqual({ value: '"al 5 marzo"' });
    copy.close();
    expect(existsSync(join(safety!.folder, 'files', ...after.path.split('/')))).toBe(true);
    // The file attached after the backup has no row now: the next start moves it to orfani/, not away.
    createCore({ dataDir: dir, migrationsFolder: SOURCE_MIGRATIONS_FOLDER, log: memoryLogger(), backupSchedule: false }).close();
    expect(existsSync(join(dir, after.path))).toBe(false);
    expect(existsSync(join(dir, 'orfani', ...after.path.split('/')))).toBe(true);
  });

  it('a damaged current database is set aside under another name, not backed up over', async () => {
    const { dir, backup } = officeWorkedPastBackup();
    const file = join(dir, DATABASE_FILE);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, 0);
    closeSync(fd);
    const bytes = readFileSync(file);
    const result = await restore(dir, backup, { now: () => new Date('2026-03-05T18:00:00Z') });
    expect(result.safetyBackup).toBeNull();
    expect(result.setAside).toBe(`${file}.prima-del-ripristino-20260305-180000`);
    expect(readFileSync(result.setAside!).equals(bytes)).toBe(true);
    expect(setting(dir, 'stato')).toBe('al 2 marzo');
  });

  it('refuses an unknown name (listing the ones there) and a backup that does not verify, touching nothing', async () => {
    const { dir, backup } = officeWorkedPastBackup();
    await expect(restore(dir, 'exar-nessuna')).rejects.toThrow(new RestoreError(`La copia di sicurezza «exar-nessuna» non esiste in ${join(dir, 'backups')}. Copie disponibili: ${backup}.`));
    const info = listBackupInfos(join(dir, 'backups'))[0]!;
    const copyFile = join(info.folder, 'files', 'attachments');
    expect(existsSync(copyFile)).toBe(true);
    const db = join(info.folder, DATABASE_FILE);
    writeFileSync(db, Buffer.concat([readFileSync(db).subarray(0, 4096), Buffer.alloc(statSync(db).size - 4096, 0x5a)]));
    await expect(restore(dir, backup)).rejects.toThrow(/non è integra e non è stata usata/);
    expect(setting(dir, 'stato')).toBe('al 5 marzo');
  });
});

describe('npm run restore', () => {
  it('--list lists in Italian; without --backup it restores the newest; the app starts afterwards', async () => {
    const { dir, backup } = officeWorkedPastBackup();
    rmSync(join(dir, DATABASE_FILE));
    const lines: string[] = [];
    expect(await restoreCommand(['--data-dir', dir, '--list'], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toBe(`Copie di sicurezza in ${dir} (la più recente per prima):`);
    expect(lines[1]).toMatch(new RegExp(`^  ${backup}  02/03/2026 10:00  \\(giornaliera; .* MB, 0 candidati, 0 pratiche, 1 file\\)$`));

    lines.length = 0;
    expect(await restoreCommand(['--data-dir', dir], (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toBe("Ripristino completato e verificato. Ora puoi avviare l'applicazione.");
    expect(setting(dir, 'stato')).toBe('al 2 marzo');
    openData(dir).close();
  });

  it('explains what is missing, in Italian', async () => {
    const lines: string[] = [];
    expect(await restoreCommand([], (l) => lines.push(l))).toBe(2);
    expect(lines).toEqual(['Indica la cartella dei dati: npm run restore -- --data-dir CARTELLA [--backup NOME | --from FILE.exarbak] [--list]']);
    const empty = dataDir();
    lines.length = 0;
    expect(await restoreCommand(['--data-dir', empty, '--backup', 'exar-x'], (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toMatch(/non esiste .*: non ci sono copie di sicurezza\.$/);
  });
});
