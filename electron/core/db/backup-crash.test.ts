/**
 * Crash safety of backups (issue 15): a child process taking backups one after another is SIGKILLed
 * at random moments, 20 times over five data folders. After each kill the next start (openDatabase)
 * must find every backup verified before the kill still intact, count nothing unverified, and leave
 * no `.part` behind; the database itself passes its check.
 */
import { fork } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addAttachment, newDataDir, openData } from '../../../tests/support/backup-data';
import { takeBackupSync, verifyBackup } from './backup';
import { listBackupInfos } from './backup-folder';

const CHILD = resolve(__dirname, '..', '..', '..', 'tests', 'support', 'backup-child.ts');
const FOLDERS = 5;
const TRIALS_PER_FOLDER = 4;
const DAY = '2026-03-10';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs the child until it has opened the database, lets it work a random while, kills it. */
async function killDuringBackups(dataDir: string, random: () => number): Promise<void> {
  const marker = join(dataDir, `child-ready-${Date.now()}`);
  const child = fork(CHILD, [dataDir, marker, DAY], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const started = Date.now();
  while (!existsSync(marker)) {
    if (Date.now() - started > 20_000) throw new Error('the child did not start');
    if (child.exitCode !== null) throw new Error(`the child ended with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, Math.floor(random() * 300)));
  child.kill('SIGKILL');
  await exited;
  rmSync(marker, { force: true });
}

/** A tiny deterministic generator: the same kill times at every run, different in each folder. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

async function trials(folder: number): Promise<{ kills: number; backupsSeen: number }> {
  const dir = newDataDir('exar-backup-crash-');
  dirs.push(dir);
  const db = openData(dir);
  addAttachment(db, dir);
  // Days before the child's: the retention keeps each of them whatever the child does on its day.
  const earlier = ['2026-03-07', '2026-03-08', '2026-03-09'].map((d) => takeBackupSync({ sqlite: db.sqlite, dataDir: dir, now: new Date(`${d}T09:00:00Z`), reason: 'daily' }).name);
  db.close();
  const random = seeded(folder + 1);
  const backupsDir = join(dir, 'backups');
  const seen = new Set<string>();
  for (let trial = 0; trial < TRIALS_PER_FOLDER; trial++) {
    await killDuringBackups(dir, random);
    // The next start: removes leftovers, checks the database after the unclean shutdown.
    const reopened = openData(dir);
    expect(reopened.report.uncleanShutdown).toBe(true);
    reopened.close();
    const infos = listBackupInfos(backupsDir);
    for (const name of earlier) expect(infos.map((i) => i.name)).toContain(name);
    // Nothing in the folder but verified backups: no .part, no half-deleted or unverified copy.
    expect(readdirSync(backupsDir).sort()).toEqual(infos.map((i) => i.name));
    for (const info of infos) {
      expect(await verifyBackup(info), info.name).toEqual([]);
      seen.add(info.name);
    }
  }
  return { kills: TRIALS_PER_FOLDER, backupsSeen: seen.size };
}

describe('backups under SIGKILL', () => {
  it(`${FOLDERS * TRIALS_PER_FOLDER} kills at random points: every verified backup intact, nothing unverified counted`, { timeout: 60_000 }, async () => {
    const results = await Promise.all(Array.from({ length: FOLDERS }, (_, i) => trials(i)));
    expect(results.reduce((n, r) => n + r.kills, 0)).toBeGreaterThanOrEqual(20);
    // The children did take backups of their own between the kills (not only the three seeded ones).
    expect(results.reduce((n, r) => n + r.backupsSeen, 0)).toBeGreaterThan(FOLDERS * 3);
  });
});
