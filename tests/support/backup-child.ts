/**
 * A desk that keeps writing and taking backups until it is killed: the crash-safety test SIGKILLs it
 * at a random moment (inside VACUUM INTO, the online copy, the file links, the verification, the
 * rename, the rotation). Each round adds a row and a stored file, then takes a backup, alternating
 * the start-up path (synchronous) and the daily one (online API). It writes `marker` once it has
 * opened the database, so the parent's clock starts when the backups do.
 * Usage: node --import tsx tests/support/backup-child.ts <dataDir> <marker> <iso day>
 */
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { takeBackup, takeBackupSync } from '../../electron/core/db/backup';
import { DATABASE_FILE } from '../../electron/core/db/names';

/** A stray child (its test gone) ends by itself after this long. */
const GIVE_UP_MS = 60_000;

const [dataDir, marker, day] = process.argv.slice(2);
if (!dataDir || !marker || !day) throw new Error('usage: backup-child.ts <dataDir> <marker> <iso day>');

setTimeout(() => process.exit(3), GIVE_UP_MS).unref();
// The parent migrated the file; opening it bare keeps the child's start short (it is forked 20 times).
const sqlite = new BetterSqlite3(join(dataDir, DATABASE_FILE));
// What openDatabase writes at open (connection.ts openMarkerOf): the next start knows this run never closed.
writeFileSync(join(dataDir, `${DATABASE_FILE}.in-uso`), String(process.pid));
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = FULL');
mkdirSync(join(dataDir, 'attachments'), { recursive: true });
writeFileSync(marker, String(process.pid));

async function main(): Promise<void> {
  for (let round = 0; ; round++) {
    const now = new Date(Date.parse(`${day}T09:00:00Z`) + round * 1000);
    const bytes = Buffer.from(`%PDF-1.4 round ${round} ${process.pid}`);
    const name = `crash-${process.pid}-${round}.pdf`;
    // As stored-files.ts writes: a temporary name, then the rename.
    const path = join(dataDir!, 'attachments', name);
    writeFileSync(`${path}.part`, bytes);
    renameSync(`${path}.part`, path);
    sqlite.pragma('foreign_keys = OFF');
    sqlite
      .prepare(
        `INSERT INTO candidate_attachments (id, site_id, created_at, updated_at, updated_by, hlc, candidate_id, kind, file_name, mime_type, size, sha256, stored_name)
         VALUES (?, 's', 'x', 'x', 'x', 'x', 'c', 'cv', ?, 'application/pdf', ?, ?, ?)`,
      )
      .run(`${process.pid}-${round}`, name, bytes.length, createHash('sha256').update(bytes).digest('hex'), name);
    sqlite.pragma('foreign_keys = ON');
    if (round % 2 === 0) takeBackupSync({ sqlite, dataDir: dataDir!, now, reason: 'daily' });
    else await takeBackup({ sqlite, dataDir: dataDir!, now, reason: 'daily' });
  }
}

void main();
