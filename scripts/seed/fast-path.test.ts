/**
 * The seed's fast path (issue 17): the same records as the plain path, every index of a database
 * migrated normally, a sound file, a search index that finds people, and the app reading it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/core';
import { toFtsQuery } from '../../electron/core/search/fts-query';
import { createHarness } from '../../tests/support/core-harness';
import { indexesOf, SchemaMirror } from './fast-path';
import { SeedRefusedError, seedDataFolder, type SeedReport } from './index';

const TODAY = new Date('2026-12-01T10:00:00Z');
const dirs: string[] = [];
let fast: { dir: string; report: SeedReport };
let plain: { dir: string; report: SeedReport };

async function seeded(options: { fast: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'exar-seed-fast-'));
  dirs.push(dir);
  // Small batches, so the load spans several transactions as the big profiles do.
  const report = await seedDataFolder({ dataDir: dir, profile: 'small', seed: 7, today: TODAY, fast: options.fast, batchSize: options.fast ? 64 : 1000 });
  return { dir, report };
}

function open(dir: string): BetterSqlite3.Database {
  return new BetterSqlite3(join(dir, DATABASE_FILE), { readonly: true });
}

/** Rows in every table of the file (search tables' shadow tables left out: their layout is the engine's). */
function rowCounts(sqlite: BetterSqlite3.Database): Record<string, number> {
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  return Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
}

beforeAll(async () => {
  fast = await seeded({ fast: true });
  plain = await seeded({ fast: false });
}, 30_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the seed fast path', () => {
  it('set plain indexes aside while loading and wrote the same records as the plain path', () => {
    expect(fast.report.fastPath.deferred.length).toBeGreaterThan(10);
    expect(fast.report.fastPath.statements.reused).toBeGreaterThan(fast.report.fastPath.statements.compiled);
    expect(fast.report.candidates).toEqual(plain.report.candidates);
    expect(fast.report.needs).toEqual(plain.report.needs);
    expect(fast.report.matches).toEqual(plain.report.matches);
    const a = open(fast.dir);
    const b = open(plain.dir);
    try {
      const counts = rowCounts(a);
      expect(counts).toEqual(rowCounts(b));
      for (const table of ['candidates', 'candidate_notes', 'candidate_special', 'audit_log', 'associations', 'needs', 'need_events', 'matches', 'match_events']) {
        expect(counts[table], table).toBeGreaterThan(0);
      }
      for (const fts of ['candidates_fts', 'needs_fts', 'associations_fts']) {
        const n = (db: BetterSqlite3.Database) => (db.prepare(`SELECT count(*) AS n FROM ${fts}`).get() as { n: number }).n;
        expect(n(a), fts).toBe(n(b));
      }
    } finally {
      a.close();
      b.close();
    }
  });

  it('leaves every index of a normally migrated database, and a sound file', () => {
    const mirror = new SchemaMirror(SOURCE_MIGRATIONS_FOLDER);
    const sqlite = open(fast.dir);
    try {
      expect(indexesOf(sqlite)).toEqual(mirror.indexes());
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      // The search tables merge as the app's would from now on (FTS5's defaults).
      for (const fts of ['candidates_fts', 'needs_fts', 'associations_fts']) {
        const config = Object.fromEntries((sqlite.prepare(`SELECT k, v FROM ${fts}_config`).all() as { k: string; v: number }[]).map((r) => [r.k, r.v]));
        expect(config).toMatchObject({ automerge: 4, crisismerge: 16 });
      }
    } finally {
      sqlite.close();
      mirror.close();
    }
    // FTS5's own check of each search index's structure (it needs a connection that may write).
    const writable = new BetterSqlite3(join(fast.dir, DATABASE_FILE));
    try {
      for (const fts of ['candidates_fts', 'needs_fts', 'associations_fts']) {
        expect(() => writable.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`).run(), fts).not.toThrow();
      }
    } finally {
      writable.close();
    }
  });

  it('finds a seeded person by surname, in the search index and through candidates.list', async () => {
    const sqlite = open(fast.dir);
    const person = sqlite.prepare('SELECT id, last_name AS lastName, search_rowid AS rowid FROM candidates WHERE deleted_at IS NULL ORDER BY rowid LIMIT 1 OFFSET 100').get() as { id: string; lastName: string; rowid: number };
    const rowids = (sqlite.prepare('SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?').all(toFtsQuery(person.lastName)) as { rowid: number }[]).map((r) => r.rowid);
    sqlite.close();
    expect(rowids).toContain(person.rowid);

    const h = createHarness({ dataDir: fast.dir });
    try {
      const admin = fast.report.credentials[0]!;
      const session = await h.login(admin.username, admin.password);
      const found = await h.ok('candidates.list', { query: person.lastName, pageSize: 100 }, session);
      expect(found.items.map((c) => c.id)).toContain(person.id);
      const all = await h.ok('candidates.list', {}, session);
      expect(all.total).toBe(fast.report.candidates.created);
    } finally {
      h.core.close();
    }
  });

  it('builds again the indexes a seed killed half-way left aside, even when it then refuses the folder', async () => {
    const sqlite = new BetterSqlite3(join(plain.dir, DATABASE_FILE));
    sqlite.exec('DROP INDEX candidates_name_idx; DROP INDEX audit_entity_idx');
    sqlite.close();
    await expect(seedDataFolder({ dataDir: plain.dir, profile: 'small' })).rejects.toBeInstanceOf(SeedRefusedError);
    const mirror = new SchemaMirror(SOURCE_MIGRATIONS_FOLDER);
    const after = open(plain.dir);
    try {
      expect(indexesOf(after)).toEqual(mirror.indexes());
    } finally {
      after.close();
      mirror.close();
    }
  });
});
