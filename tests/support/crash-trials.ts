/**
 * Kill trials (issue 15, «Standing checks»): a child desk (crash-writer-child.ts) writes through the
 * services and is SIGKILLed at a random moment; the next start (createCore) must find an intact
 * database holding every write the child acknowledged, each acknowledged attachment's bytes, and no
 * stored file left unreferenced (the start moves orphans to orfani/ and removes `.part` files).
 * About a third of the trials aim the kill at the start itself: a synthetic pending migration makes
 * that start take the before-migration backup, then migrate and sweep, all inside the kill window.
 * Used by tests/integration/crash-writes.test.ts (50 trials) and scripts/crash-trials.ts (500).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBackup } from '../../electron/core/db/backup';
import { backupsDirOf, listBackupInfos } from '../../electron/core/db/backup-folder';
import { PART_SUFFIX, referencedFiles, STORED_FOLDERS, storedFilesIn } from '../../electron/core/db/backup-contents';
import { createCore, SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/core';
import { memoryLogger } from '../../electron/core/log';
import { ORPHANS_FOLDER } from '../../electron/core/files/orphans';
import { SETUP_INPUT } from './setup-input';

const CHILD = join(import.meta.dirname, 'crash-writer-child.ts');
/** Person numbers per trial: far more than a child makes before its kill. */
const PEOPLE_PER_TRIAL = 1000;

export interface Lane {
  root: string;
  dataDir: string;
  migrationsFolder: string;
  /** Synthetic migrations added so far (each start after one takes the before-migration backup). */
  extraMigrations: number;
}

export interface TrialResult {
  trial: number;
  /** Where the kill was aimed: the start (backup before migration, migration, sweep) or the writes. */
  aim: 'start' | 'writes';
  /** Milliseconds after `starting` (aim start) or `started` (aim writes) when the SIGKILL was sent. */
  killAfterMs: number;
  /** What the child printed last before it died. */
  lastLine: string;
  acknowledged: number;
  /** Every problem found at the next start; empty is a pass. */
  problems: string[];
  /** Files the next start moved to orfani/ (written by the child, killed before their row). */
  orphansMoved: number;
  backupsKept: number;
}

/** A data folder with a configured office and its own copy of the migrations (synthetic ones are added to it). */
export async function prepareLane(root: string): Promise<Lane> {
  const dataDir = join(root, 'dati');
  const migrationsFolder = join(root, 'migrazioni');
  cpSync(SOURCE_MIGRATIONS_FOLDER, migrationsFolder, { recursive: true });
  const core = createCore({ dataDir, migrationsFolder, log: memoryLogger(), backupSchedule: false });
  try {
    const result = await core.invoke({ method: 'setup.complete', input: SETUP_INPUT, session: null });
    if (!result.ok) throw new Error(`setup.complete: ${JSON.stringify(result.error)}`);
  } finally {
    core.close();
  }
  return { root, dataDir, migrationsFolder, extraMigrations: 0 };
}

interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

/** Appends a harmless migration, so the next start finds one pending and backs the file up first. */
function addMigration(lane: Lane): void {
  const journalFile = join(lane.migrationsFolder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: JournalEntry[] };
  const last = journal.entries[journal.entries.length - 1]!;
  lane.extraMigrations += 1;
  const tag = `9${String(lane.extraMigrations).padStart(3, '0')}_prova_crash`;
  writeFileSync(join(lane.migrationsFolder, `${tag}.sql`), `CREATE TABLE prova_crash_${lane.extraMigrations} (n INTEGER);\n`);
  journal.entries.push({ idx: last.idx + 1, version: last.version, when: last.when + 1, tag, breakpoints: true });
  writeFileSync(journalFile, JSON.stringify(journal, null, 2));
}

const random = (max: number) => Math.floor(Math.random() * max);

/** Runs the child and kills it; resolves with its acknowledged lines and where it was. */
function runChild(lane: Lane, trial: number, aim: TrialResult['aim'], killAfterMs: number): Promise<{ lines: string[]; exitedBySelf: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, lane.dataDir, lane.migrationsFolder, String(trial * PEOPLE_PER_TRIAL)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    let killed = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if ((aim === 'start' && line === 'starting') || (aim === 'writes' && line === 'started')) setTimeout(kill, killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // A line cut by the kill was never acknowledged: only whole lines count.
      resolve({ lines, exitedBySelf: killed && signal === 'SIGKILL' ? null : `exit ${code} ${signal}: ${stderr.slice(0, 500)} ${lines.slice(-2).join(' | ')}` });
    });
  });
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** One trial: add a migration when the kill aims at the start, run the child, kill it, start again and look. */
export async function runTrial(lane: Lane, trial: number): Promise<TrialResult> {
  const aim: TrialResult['aim'] = random(3) === 0 ? 'start' : 'writes';
  if (aim === 'start') addMigration(lane);
  // The start (backup before the migration, the migration, the sweep) takes some tens of ms with these
  // small folders: the window covers it and the first writes after it.
  const killAfterMs = aim === 'start' ? random(60) : random(1500);
  const { lines, exitedBySelf } = await runChild(lane, trial, aim, killAfterMs);
  const acks = lines.filter((l) => l.startsWith('ack ')).map((l) => l.split(' '));
  const problems: string[] = [];
  if (exitedBySelf) problems.push(`the child was not killed but ended: ${exitedBySelf}`);

  const log = memoryLogger();
  let orphansMoved = 0;
  let backupsKept = 0;
  let core: ReturnType<typeof createCore>;
  try {
    core = createCore({ dataDir: lane.dataDir, migrationsFolder: lane.migrationsFolder, log, backupSchedule: false });
  } catch (error) {
    problems.push(`the next start failed: ${error instanceof Error ? error.message : String(error)}`);
    return { trial, aim, killAfterMs, lastLine: lines.at(-1) ?? '', acknowledged: acks.length, problems, orphansMoved, backupsKept };
  }
  try {
    const sqlite = core.state.database.sqlite;
    const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') problems.push(`integrity_check: ${JSON.stringify(integrity).slice(0, 300)}`);
    const foreign = sqlite.pragma('foreign_key_check') as unknown[];
    if (foreign.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreign).slice(0, 300)}`);

    const has = (table: string, id: string) => sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
    for (const [, kind, id, ...rest] of acks) {
      if (!kind || !id) continue;
      if (kind === 'candidate' && !has('candidates', id)) problems.push(`acknowledged person ${id} lost`);
      if (kind === 'association' && !has('associations', id)) problems.push(`acknowledged association ${id} lost`);
      if (kind === 'need' && !has('needs', id)) problems.push(`acknowledged need ${id} lost`);
      if (kind === 'attachment') {
        const row = sqlite.prepare('SELECT stored_name AS name, sha256 FROM candidate_attachments WHERE id = ?').get(id) as { name: string; sha256: string } | undefined;
        if (!row) problems.push(`acknowledged attachment ${id} lost`);
        else {
          const file = join(lane.dataDir, 'attachments', row.name);
          if (!existsSync(file)) problems.push(`acknowledged attachment ${id}: its file is missing`);
          else if (sha256File(file) !== row.sha256) problems.push(`acknowledged attachment ${id}: its bytes differ from the stored hash`);
        }
      }
      if (kind === 'note') {
        const row = sqlite.prepare('SELECT notes FROM candidates WHERE id = ?').get(id) as { notes: string | null } | undefined;
        if (row?.notes !== rest.join(' ')) problems.push(`acknowledged update of ${id} lost: notes ${JSON.stringify(row?.notes)}`);
      }
      if (kind === 'removed') {
        const row = sqlite.prepare('SELECT deleted_at AS deletedAt FROM candidate_attachments WHERE id = ?').get(id) as { deletedAt: string | null } | undefined;
        if (!row?.deletedAt) problems.push(`acknowledged removal of attachment ${id} lost`);
      }
    }

    // After the start: every stored file has its row, no unfinished write is left.
    const referenced = referencedFiles(sqlite);
    const unreferenced = storedFilesIn(lane.dataDir).filter((path) => !referenced.has(path));
    if (unreferenced.length > 0) problems.push(`stored files without a record after the start: ${unreferenced.slice(0, 5).join(', ')}`);
    const parts = STORED_FOLDERS.flatMap((top) => filesUnder(join(lane.dataDir, top))).filter((f) => f.endsWith(PART_SUFFIX));
    if (parts.length > 0) problems.push(`unfinished .part files after the start: ${parts.length}`);
    orphansMoved = log.lines.filter((l) => l.includes(`moved to ${ORPHANS_FOLDER}`)).length;

    // The backups: no unfinished copy counted or left, and the newest one verifies.
    const backupsDir = backupsDirOf(lane.dataDir);
    const backups = listBackupInfos(backupsDir);
    backupsKept = backups.length;
    const leftovers = existsSync(backupsDir) ? readdirSync(backupsDir).filter((name) => name.endsWith(PART_SUFFIX)) : [];
    if (leftovers.length > 0) problems.push(`unfinished backups left: ${leftovers.join(', ')}`);
    const newest = backups.at(-1);
    if (newest) {
      const broken = await verifyBackup(newest);
      if (broken.length > 0) problems.push(`newest backup ${newest.name} does not verify: ${broken.slice(0, 3).join('; ')}`);
    }
  } finally {
    core.close();
  }
  return { trial, aim, killAfterMs, lastLine: lines.at(-1) ?? '', acknowledged: acks.length, problems, orphansMoved, backupsKept };
}

/** `trials` trials over `lanes` data folders in parallel (each folder's trials one after the other). */
export async function runTrials(root: string, trials: number, lanes: number, onResult?: (r: TrialResult) => void): Promise<TrialResult[]> {
  mkdirSync(root, { recursive: true });
  const prepared = await Promise.all(Array.from({ length: lanes }, (_, i) => prepareLane(join(root, `cartella-${i + 1}`))));
  const results: TrialResult[] = [];
  let next = 0;
  await Promise.all(
    prepared.map(async (lane) => {
      for (let trial = next++; trial < trials; trial = next++) {
        const result = await runTrial(lane, trial + 1);
        results.push(result);
        onResult?.(result);
      }
    }),
  );
  return results.sort((a, b) => a.trial - b.trial);
}

/** The figures docs/reliability.md quotes. */
export function summarise(results: readonly TrialResult[]) {
  return {
    trials: results.length,
    aimedAtStart: results.filter((r) => r.aim === 'start').length,
    killedDuringStart: results.filter((r) => r.lastLine === 'starting').length,
    acknowledged: results.reduce((n, r) => n + r.acknowledged, 0),
    failed: results.filter((r) => r.problems.length > 0).length,
    orphansMoved: results.reduce((n, r) => n + r.orphansMoved, 0),
    backupsKeptAtEnd: Math.max(0, ...results.map((r) => r.backupsKept)),
  };
}
