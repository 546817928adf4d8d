/**
 * What opening the data folder refuses (issue 15, decision 0022): a missing or empty database
 * while backups exist (it used to start an empty office over it), a file damaged after an unclean
 * shutdown (set aside, never overwritten), a user_version out of step with the migrations.
 */
import BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addSetting, newDataDir, openData } from '../../../tests/support/backup-data';
import { takeBackupSync } from './backup';
import { openMarkerOf } from './connection';
import { DatabaseDamagedError, DatabaseMissingError, DatabaseTooNewError } from './errors';
import { DATABASE_FILE } from './names';

const dirs: string[] = [];
function dataDir(): string {
  const dir = newDataDir('exar-start-');
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A data folder with one office's data and one verified backup of it. */
function officeWithBackup(): { dir: string; file: string; backup: string } {
  const dir = dataDir();
  const db = openData(dir);
  addSetting(db, 'ufficio', 'Torino');
  const backup = takeBackupSync({ sqlite: db.sqlite, dataDir: dir, now: new Date('2026-03-02T09:00:00Z'), reason: 'daily' }).name;
  db.close();
  return { dir, file: join(dir, DATABASE_FILE), backup };
}

function refusal(open: () => unknown): unknown {
  try {
    open();
  } catch (error) {
    return error;
  }
  throw new Error('the start was not refused');
}

describe('a missing or empty database while backups exist', () => {
  it('is refused with the Italian message naming the backup and the restore command; no office is created', () => {
    const { dir, file, backup } = officeWithBackup();
    rmSync(file);
    const error = refusal(() => openData(dir));
    expect(error).toBeInstanceOf(DatabaseMissingError);
    const message = (error as Error).message;
    expect(message).toContain(`esiste una copia di sicurezza (la più recente: ${backup})`);
    expect(message).toContain(`npm run restore -- --data-dir "${dir}" --backup ${backup}`);
    // What a host printing String(error) shows: the operator's words, not a class name.
    expect(String(error)).toBe(message);
    expect(existsSync(file)).toBe(false);
    // Each further start refuses the same way and never pushes the backup out.
    expect(() => openData(dir)).toThrow(DatabaseMissingError);
    expect(readdirSync(join(dir, 'backups'))).toEqual([backup]);
  });

  it('an empty (0-byte) file is refused too and left exactly as it is', () => {
    const { dir, file } = officeWithBackup();
    writeFileSync(file, '');
    expect(() => openData(dir)).toThrow(DatabaseMissingError);
    expect(statSync(file).size).toBe(0);
  });

  it('a file with no table at all (a start that died before migrating) is refused too', () => {
    const { dir, file } = officeWithBackup();
    rmSync(file);
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 0');
    raw.exec('CREATE TABLE t (x); DROP TABLE t;');
    raw.close();
    expect(statSync(file).size).toBeGreaterThan(0);
    expect(() => openData(dir)).toThrow(DatabaseMissingError);
  });

  it('copies of earlier versions (exar-<stamp>.sqlite) count as backups; empty ones do not', () => {
    const dir = dataDir();
    const backups = join(dir, 'backups');
    openData(dir).close();
    rmSync(join(dir, DATABASE_FILE));
    mkdirSync(backups);
    writeFileSync(join(backups, 'exar-20250101-090000-000-000.sqlite'), '');
    // Only an empty legacy file: nothing to restore, a fresh start is allowed.
    openData(dir).close();
    rmSync(join(dir, DATABASE_FILE));
    const old = new BetterSqlite3(join(backups, 'exar-20250102-090000-000-000.sqlite'));
    old.exec('CREATE TABLE t (x)');
    old.close();
    expect(() => openData(dir)).toThrow(/exar-20250102-090000-000-000\.sqlite/);
  });

  it('without any backup a fresh start stays possible (a new office)', () => {
    const dir = dataDir();
    const db = openData(dir);
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: expect.any(Number) });
    db.close();
  });
});

/** Overwrites pages in the middle of the file, keeping its header: what a torn write on a dying disk leaves. */
function damagePages(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  const garbage = Buffer.alloc(4096 * 8, 0xa5);
  for (let offset = 4096 * 2; offset + garbage.length < size; offset += 4096 * 16) writeSync(fd, garbage, 0, garbage.length, offset);
  closeSync(fd);
}

describe('integrity at start', () => {
  it('a clean close leaves no marker; after an unclean shutdown quick_check runs and a sound file opens', () => {
    const dir = dataDir();
    const file = join(dir, DATABASE_FILE);
    const db = openData(dir);
    expect(existsSync(openMarkerOf(file))).toBe(true);
    db.close();
    expect(existsSync(openMarkerOf(file))).toBe(false);
    expect(openData(dir).report.uncleanShutdown).toBe(false);
    // What a process killed while open leaves behind.
    writeFileSync(openMarkerOf(file), '1234');
    const again = openData(dir);
    expect(again.report.uncleanShutdown).toBe(true);
    expect(again.report.quickCheckMs).toEqual(expect.any(Number));
    again.close();
  });

  it('a damaged file after an unclean shutdown is set aside untouched, and the refusal names the newest good backup', () => {
    const { dir, file, backup } = officeWithBackup();
    damagePages(file);
    const bytes = readFileSync(file);
    writeFileSync(openMarkerOf(file), '1234');
    const error = refusal(() => openData(dir, () => new Date('2026-03-03T10:11:12Z')));
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    const aside = `${DATABASE_FILE}.danneggiato-20260303-101112`;
    expect((error as Error).message).toContain(`messo da parte, senza modificarlo, come ${aside}`);
    expect((error as Error).message).toContain(`La copia di sicurezza valida più recente è ${backup}`);
    expect(readFileSync(join(dir, aside)).equals(bytes)).toBe(true);
    expect(existsSync(file)).toBe(false);
    // The next start does not create an office over it either.
    expect(() => openData(dir)).toThrow(DatabaseMissingError);
  });

  it('a damaged file and no backup: set aside, refused, and no empty office at the next start', () => {
    const dir = dataDir();
    const file = join(dir, DATABASE_FILE);
    const db = openData(dir);
    for (let i = 0; i < 200; i++) addSetting(db, `k${i}`, 'x'.repeat(500));
    db.close();
    damagePages(file);
    writeFileSync(openMarkerOf(file), '1234');
    expect(() => openData(dir)).toThrow(/Non ci sono copie di sicurezza/);
    expect(() => openData(dir)).toThrow(/archivio danneggiato messo da parte/);
  });
});

describe('user_version', () => {
  it('kept in step with the migrations; a file where they disagree is reported', () => {
    const dir = dataDir();
    const file = join(dir, DATABASE_FILE);
    const db = openData(dir);
    const applied = (db.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
    expect(db.sqlite.pragma('user_version', { simple: true })).toBe(applied);
    expect(db.report.warnings).toEqual([]);
    db.close();
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${applied - 2}`);
    raw.close();
    const reopened = openData(dir);
    expect(reopened.report.warnings).toEqual([`user_version ${applied - 2} ma ${applied} migrazioni applicate in ${file}`]);
    // Put back in step: the next start has nothing to report.
    reopened.close();
    expect(openData(dir).report.warnings).toEqual([]);
  });

  it('a user_version above the migrations this app knows is a newer file: refused, untouched', () => {
    const dir = dataDir();
    const file = join(dir, DATABASE_FILE);
    openData(dir).close();
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 999');
    raw.close();
    const bytes = readFileSync(file);
    expect(() => openData(dir)).toThrow(DatabaseTooNewError);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
