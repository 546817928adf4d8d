/**
 * The data the benchmark measures: a folder seeded once with `scripts/seed` and kept in the
 * system's temporary folder, keyed by profile and seed version, so repeated runs skip the
 * minutes of seeding. Each run works on a copy, so the writes it times (creates) and the
 * start-up backups never change or grow the cached folder.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DATABASE_FILE, SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/core';
import { readJournal } from '../../electron/core/db/connection';
import { seedDataFolder, type SeedReport } from '../../scripts/seed/index';
import type { SeedProfileName } from '../../scripts/seed/profiles';

/** Raise when the fixtures or the seed change what a profile contains: the cache is remade. */
const SEED_VERSION = 4;
const MARKER = 'bench-seed.json';

interface Marker {
  version: number;
  profile: SeedProfileName;
  seededAt: string;
  report: SeedReport;
}

export interface Dataset {
  /** A fresh copy of the seeded folder, removed by the harness at the end. */
  runDir: string;
  /** The cached folder the copy was made from. */
  cacheDir: string;
  seed: SeedReport;
  reused: boolean;
  seededAt: string;
}

/**
 * Whether the cached database was migrated by exactly the migrations in the source tree. While a
 * migration is still being written its timestamp changes, and the app refuses a file migrated by
 * one it does not know: such a cache is seeded again instead.
 */
function sameMigrations(databaseFile: string): boolean {
  const known = readJournal(SOURCE_MIGRATIONS_FOLDER).entries.map((e) => e.when);
  const sqlite = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    const applied = (sqlite.prepare('SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at').all() as { at: number }[]).map((r) => Number(r.at));
    return applied.length === known.length && applied.every((at) => known.includes(at));
  } catch {
    return false;
  } finally {
    sqlite.close();
  }
}

function readMarker(dir: string, profile: SeedProfileName, log: (line: string) => void): Marker | null {
  const file = join(dir, MARKER);
  if (!existsSync(file) || !existsSync(join(dir, DATABASE_FILE))) return null;
  const marker = JSON.parse(readFileSync(file, 'utf8')) as Marker;
  if (marker.version !== SEED_VERSION || marker.profile !== profile) return null;
  if (!sameMigrations(join(dir, DATABASE_FILE))) {
    log(`${dir} was seeded under other migrations than the source tree's: seeding it again.`);
    return null;
  }
  return marker;
}

export interface DatasetOptions {
  /**
   * Seed through the seed's fast path (scripts/seed/fast-path.ts) into a cache of its own,
   * `exar-bench-<profile>-fast` (the growth bench's desks); otherwise the seed's default for the profile.
   */
  fast?: boolean;
}

export async function benchDataset(profile: SeedProfileName, log: (line: string) => void, options: DatasetOptions = {}): Promise<Dataset> {
  const cache = join(tmpdir(), `exar-bench-${profile}${options.fast ? '-fast' : ''}`);
  let marker = readMarker(cache, profile, log);
  const reused = marker !== null;
  if (!marker) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    log(`Seeding ${cache} (profile ${profile}); later runs reuse it.`);
    const report = await seedDataFolder({ dataDir: cache, profile, log, ...(options.fast ? { fast: true } : {}) });
    marker = { version: SEED_VERSION, profile, seededAt: new Date().toISOString(), report };
    writeFileSync(join(cache, MARKER), JSON.stringify(marker, null, 2));
  } else {
    log(`Reusing ${cache}, seeded ${marker.seededAt} (delete the folder to seed again).`);
  }
  const runDir = mkdtempSync(join(tmpdir(), 'exar-bench-run-'));
  // The seed checkpointed the WAL, so the database is this one file.
  copyFileSync(join(cache, DATABASE_FILE), join(runDir, DATABASE_FILE));
  return { runDir, cacheDir: cache, seed: marker.report, reused, seededAt: marker.seededAt };
}
