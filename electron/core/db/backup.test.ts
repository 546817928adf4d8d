/**
 * Backups that cannot eat themselves (issue 15, decision 0022): written under `.part`, verified,
 * renamed; only verified ones are listed or rotated; leftovers removed at start; the stored files
 * are part of the set with their hashes; the daily copy runs beside the calls and stops cleanly.
 */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addAttachment, addDocument, addSetting, newDataDir, openData } from '../../../tests/support/backup-data';
import { memoryLogger } from '../log';
import { backupFilePath, readFileList, takeBackup, takeBackupSync, verifyBackup, verifyBackupFolder } from './backup';
import { listBackupInfos, listBackups, rotateBackups } from './backup-folder';
import { countRows } from './backup-contents';
import { startBackupScheduler } from './backup-scheduler';

const dirs: string[] = [];
function dataDir(): string {
  const dir = newDataDir();
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const at = (iso: string) => new Date(iso);

describe('a backup', () => {
  it('is the database plus the stored files, with a manifest whose counts and hashes verify, and no .part left', async () => {
    const dir = dataDir();
    const db = openData(dir);
    const a = addAttachment(db, dir);
    const d = addDocument(db, dir);
    addSetting(db, 'k', 'v');
    const info = await takeBackup({ sqlite: db.sqlite, dataDir: dir, now: at('2026-03-02T09:00:00Z'), reason: 'daily' });
    expect(readdirSync(join(dir, 'backups'))).toEqual([info.name]);
    expect(info.manifest.counts).toEqual(countRows(db.sqlite));
    expect(info.manifest.counts.candidate_attachments).toBe(1);
    const files = readFileList(info.folder);
    expect(files.map((f) => [f.path, f.sha256]).sort()).toEqual([[a.path, a.sha256], [d.path, d.sha256]].sort());
    expect(info.manifest.problems).toEqual([]);
    // Hard links cost no space: the data folder never rewrites a stored file in place.
    expect(statSync(backupFilePath(info.folder, a.path)).ino).toBe(statSync(join(dir, a.path)).ino);
    expect(await verifyBackup(info)).toEqual([]);
    // The copy opens alone, read-only, without a -wal beside it.
    const copy = new BetterSqlite3(join(info.folder, 'exar.sqlite'), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    db.close();
  });

  it('reports a file changed after the copy, a wrong count and a damaged database', async () => {
    const dir = dataDir();
    const db = openData(dir);
    const a = addAttachment(db, dir);
    const info = takeBackupSync({ sqlite: db.sqlite, dataDir: dir, now: at('2026-03-02T09:00:00Z'), reason: 'manual' });
    db.close();
    const files = readFileList(info.folder);
    rmSync(backupFilePath(info.folder, a.path));
    writeFileSync(backupFilePath(info.folder, a.path), 'altro contenuto');
    const wrongCounts = { ...info.manifest.counts, settings: 99 };
    const problems = await verifyBackupFolder(info.folder, { counts: wrongCounts, files });
    expect(problems).toEqual([expect.stringMatching(/^settings: \d+ righe invece di 99$/), `${a.path}: impronta diversa`]);
    writeFileSync(join(info.folder, 'exar.sqlite'), Buffer.alloc(8192, 7));
    expect((await verifyBackup(info))[0]).toMatch(/non si apre|integrità/);
  });

  it('records, without failing, a row whose file was already missing from the data folder', async () => {
    const dir = dataDir();
    const db = openData(dir);
    const a = addAttachment(db, dir);
    rmSync(join(dir, a.path));
    const info = await takeBackup({ sqlite: db.sqlite, dataDir: dir, now: at('2026-03-02T09:00:00Z'), reason: 'daily' });
    expect(info.manifest.problems).toEqual([`${a.path}: mancante nella cartella dei dati`]);
    db.close();
  });

  it('made with the online API while the app writes: the writes during the copy are in it and the counts match', async () => {
    const dir = dataDir();
    const db = openData(dir);
    const insert = db.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    db.sqlite.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`bulk-${i}`, JSON.stringify('x'.repeat(400)));
    })();
    let writes = 0;
    let copying = true;
    const writer = () => {
      if (!copying) return;
      insert.run(`during-${writes++}`, '"w"');
      setImmediate(writer);
    };
    setImmediate(writer);
    const info = await takeBackup({ sqlite: db.sqlite, dataDir: dir, now: at('2026-03-02T09:00:00Z'), reason: 'daily' });
    copying = false;
    expect(writes).toBeGreaterThan(0);
    const copy = new BetterSqlite3(join(info.folder, 'exar.sqlite'), { readonly: true });
    const inCopy = (copy.prepare('SELECT count(*) AS n FROM settings').get() as { n: number }).n;
    copy.close();
    expect(inCopy).toBe(info.manifest.counts.settings);
    expect(inCopy).toBeGreaterThan(3000);
    db.close();
  });
});

describe('what is counted as a backup', () => {
  it('interrupted copies (0-byte, unverified, .part) are never listed, never rotated in place of good ones, and removed at start', () => {
    const dir = dataDir();
    const db = openData(dir);
    addAttachment(db, dir);
    const good = [1, 2, 3].map((d) => takeBackupSync({ sqlite: db.sqlite, dataDir: dir, now: at(`2026-03-0${d}T09:00:00Z`), reason: 'daily' }).name);
    db.close();
    const backups = join(dir, 'backups');
    // What crashes at start used to leave (and rotation counted), and what they could leave now.
    for (let i = 0; i < 15; i++) writeFileSync(join(backups, `exar-20260310-0900${String(i).padStart(2, '0')}-000.sqlite`), '');
    mkdirSync(join(backups, 'exar-20260311-090000-000-000.part'));
    writeFileSync(join(backups, 'exar-20260311-090000-000-000.part', 'exar.sqlite'), '');
    mkdirSync(join(backups, 'exar-20260312-090000-000-000'));
    writeFileSync(join(backups, 'exar-20260312-090000-000-000', 'exar.sqlite'), '');
    mkdirSync(join(backups, 'exar-20260313-090000-000-000'));
    expect(listBackups(backups)).toEqual(good);
    expect(rotateBackups(backups, at('2026-03-05T09:00:00Z'))).toEqual([]);

    openData(dir, () => at('2026-03-05T09:00:00Z')).close();
    expect(existsSync(join(backups, 'exar-20260311-090000-000-000.part'))).toBe(false);
    expect(listBackups(backups)).toEqual(good);
  });

  it('rotation follows the retention rule over verified backups only (a month of daily copies keeps 7 days + weeks)', () => {
    const dir = dataDir();
    const db = openData(dir);
    for (let d = 1; d <= 28; d++) {
      takeBackupSync({ sqlite: db.sqlite, dataDir: dir, now: at(`2026-02-${String(d).padStart(2, '0')}T09:00:00Z`), reason: 'daily' });
    }
    db.close();
    const days = listBackupInfos(join(dir, 'backups')).map((b) => b.manifest.takenAt.slice(0, 10));
    expect(days).toEqual(expect.arrayContaining(['2026-02-22', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28']));
    // Weeks (Monday to Sunday): the Sundays of the three weeks before; February's newest is already kept.
    expect(days).toEqual(['2026-02-08', '2026-02-15', '2026-02-22', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28']);
  });
});

describe('the daily backup scheduler', () => {
  it("takes today's backup once, not again the same day, without keeping the process alive, and stops", async () => {
    const dir = dataDir();
    const db = openData(dir);
    const log = memoryLogger();
    const timersBefore = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    let now = at('2026-03-02T07:00:00Z');
    const scheduler = startBackupScheduler({
      sqlite: db.sqlite,
      dataDir: dir,
      backupsDir: join(dir, 'backups'),
      now: () => now,
      log,
      schedule: { firstCheckMs: 60_000, everyMs: 60_000 },
    });
    // Unref'd timers are not resources that keep Node running.
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(timersBefore);
    const first = await scheduler.checkNow();
    expect(first?.manifest.reason).toBe('daily');
    expect(await scheduler.checkNow()).toBeNull();
    now = at('2026-03-03T07:00:00Z');
    expect(await scheduler.checkNow()).not.toBeNull();
    expect(listBackups(join(dir, 'backups'))).toHaveLength(2);
    await scheduler.stop();
    now = at('2026-03-04T07:00:00Z');
    expect(await scheduler.checkNow()).toBeNull();
    expect(log.lines.filter((l) => l.startsWith('INFO daily backup'))).toHaveLength(2);
    db.close();
  });

  it('closing the database in the middle of a daily copy leaves no .part and no backup', async () => {
    const dir = dataDir();
    const db = openData(dir);
    const insert = db.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    db.sqlite.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`bulk-${i}`, JSON.stringify('x'.repeat(400)));
    })();
    const log = memoryLogger();
    const scheduler = startBackupScheduler({ sqlite: db.sqlite, dataDir: dir, backupsDir: join(dir, 'backups'), now: () => new Date(), log });
    const running = scheduler.checkNow();
    await new Promise((resolve) => setImmediate(resolve));
    void scheduler.stop();
    db.close();
    expect(await running).toBeNull();
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);
    expect(log.lines.filter((l) => l.startsWith('ERROR'))).toEqual([]);
  });
});
