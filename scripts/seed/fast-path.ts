/**
 * The seed's fast path (issue 17, "How it grows"): the same service functions write every record
 * (contract validation, the services' rules, search documents, audit rows, change logs), but the
 * costs that only a bulk load can skip are skipped, on the seed's own connection and only while it
 * loads:
 * - statements compiled once: the connection's `prepare` keeps what it compiled by SQL text, so the
 *   services' queries, built anew by drizzle at each call, are no longer compiled anew by SQLite too;
 * - the plain indexes of the tables the load fills set aside and built again at the end from their
 *   own `CREATE INDEX` statements (read from sqlite_master), each in one sorted pass; an index a
 *   statement of the seed would search by is built again the moment that statement is first
 *   prepared, so no rule ever runs on a full scan (its plan is read on a copy of the schema);
 * - PRAGMAs for a load (no fsync, a large page cache, sorting in memory), put back afterwards;
 * - FTS5 merging fewer, larger segments during the load, then one 'optimize'.
 * Which of these pay was measured on piemonte1 and piemonte10 (docs/benchmarks.md, "How it grows").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle } from 'drizzle-orm/better-sqlite3';

export interface FastPathOptions {
  /** Keep each compiled statement by its SQL text. */
  statements: boolean;
  /** synchronous=OFF, a large cache, temp_store=MEMORY while loading. */
  pragmas: boolean;
  /** Set the plain indexes of the big tables aside while loading. */
  deferIndexes: boolean;
  /** FTS5 automerge/crisismerge for a load, then 'optimize'. */
  fts: boolean;
  /** Records per transaction. */
  batchSize: number;
}

export const FAST_PATH: FastPathOptions = { statements: true, pragmas: true, deferIndexes: true, fts: true, batchSize: 20_000 };
/** The plain path, as the seed wrote before issue 17's fast path: for comparison and for tests. */
export const PLAIN_PATH: FastPathOptions = { statements: false, pragmas: false, deferIndexes: false, fts: false, batchSize: 1_000 };

/** Tables the seed fills by the thousand: their plain indexes are worth building once at the end. */
export const BULK_TABLES = [
  'candidates', 'candidate_notes', 'candidate_special', 'candidate_changes', 'audit_log',
  'associations', 'association_sites', 'needs', 'need_events', 'need_changes', 'matches', 'match_events',
] as const;

/** Searched by the triggers that fire per written row (not visible in a statement's plan). */
const SEARCHED_BY_TRIGGERS = new Set(['needs_association_idx']);

export const FTS_TABLES = ['associations_fts', 'candidates_fts', 'needs_fts'] as const;

type Statement = BetterSqlite3.Statement;

interface IndexDef {
  name: string;
  table: string;
  sql: string;
}

/**
 * Every index of a database migrated from scratch, by name, and a connection to that empty copy of the
 * schema to read plans on. Without `sqlite_stat1` (the app never runs ANALYZE) SQLite's planner picks
 * the same index on an empty table as on a full one.
 */
export class SchemaMirror {
  readonly dir = mkdtempSync(join(tmpdir(), 'exar-seed-schema-'));
  readonly sqlite: BetterSqlite3.Database;

  constructor(migrationsFolder: string) {
    this.sqlite = new BetterSqlite3(join(this.dir, 'schema.sqlite'));
    migrate(drizzle(this.sqlite), { migrationsFolder });
  }

  indexes(): IndexDef[] {
    return indexesOf(this.sqlite);
  }

  /** Index names the statement's plan searches by ([] when it cannot be planned here). */
  indexesUsedBy(source: string): string[] {
    return planOf(this.sqlite, source).flatMap((detail) => [...detail.matchAll(/USING (?:COVERING )?INDEX (\S+)/g)].map((m) => m[1]!));
  }

  close(): void {
    this.sqlite.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The lines of a statement's query plan ([] for one that has none: a PRAGMA, a savepoint, a name this
 * schema lacks). Its `?` parameters are bound to NULL: better-sqlite3 wants every one bound, even to explain.
 */
export function planOf(sqlite: BetterSqlite3.Database, source: string): string[] {
  let explain: Statement;
  try {
    explain = sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`);
  } catch {
    return [];
  }
  if (!explain.reader) return [];
  // Count the parameters outside quotes; if that guess is off, the binder says which way.
  const bare = source.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`/g, '');
  let count = (bare.match(/\?/g) ?? []).length;
  for (let tries = 0; tries < 64; tries++) {
    try {
      return (explain.all(...Array.from({ length: count }, () => null)) as { detail: string }[]).map((r) => r.detail);
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      if (/too few/i.test(message)) count++;
      else if (/too many/i.test(message) && count > 0) count--;
      else return [];
    }
  }
  return [];
}

/** The indexes written by `CREATE INDEX` (not those SQLite makes for keys and unique constraints). */
export function indexesOf(sqlite: BetterSqlite3.Database): IndexDef[] {
  return sqlite
    .prepare("SELECT name, tbl_name AS \"table\", sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
    .all() as IndexDef[];
}

/** Creates every index a normally migrated database has and this one lacks; returns their names. */
export function restoreMissingIndexes(sqlite: BetterSqlite3.Database, mirror: SchemaMirror): string[] {
  const present = new Set(indexesOf(sqlite).map((i) => i.name));
  const missing = mirror.indexes().filter((i) => !present.has(i.name));
  for (const index of missing) sqlite.exec(index.sql);
  return missing.map((i) => i.name);
}

/** What the fast path did, for the seed's report. */
export interface FastPathReport {
  options: FastPathOptions;
  /** Indexes set aside during the load, then built again. */
  deferred: string[];
  /** Of those, built again early because a statement of the seed searches by them. */
  neededEarly: string[];
  /** Seconds spent building the indexes set aside, and in the FTS 'optimize'. */
  seconds: { indexes: number; optimize: number };
  /** Statements compiled (one per distinct SQL text) and times one was reused. */
  statements: { compiled: number; reused: number };
}

/**
 * Sets the connection up for a load; `finish()` builds what was set aside, optimizes and puts the
 * connection back as the app expects it. The seed calls `finish()` when it fails too; a process killed
 * half-way leaves some plain indexes aside, and the next `npm run seed` on the folder (even one that
 * refuses it for its candidates) builds them again (`restoreMissingIndexes`).
 */
export class FastPath {
  private readonly originalPrepare: BetterSqlite3.Database['prepare'] | null = null;
  private readonly statements = new Map<string, Statement>();
  private readonly deferred = new Map<string, IndexDef>();
  private readonly report: FastPathReport;
  private readonly pragmasBefore: { synchronous: number; cacheSize: number; tempStore: number } | null = null;
  private readonly ftsBefore = new Map<string, { automerge: number | null; crisismerge: number | null }>();
  private checking = false;
  private finished: FastPathReport | null = null;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    readonly options: FastPathOptions,
    private readonly mirror: SchemaMirror | null,
  ) {
    this.report = { options, deferred: [], neededEarly: [], seconds: { indexes: 0, optimize: 0 }, statements: { compiled: 0, reused: 0 } };
    if (options.pragmas) {
      this.pragmasBefore = {
        synchronous: sqlite.pragma('synchronous', { simple: true }) as number,
        cacheSize: sqlite.pragma('cache_size', { simple: true }) as number,
        tempStore: sqlite.pragma('temp_store', { simple: true }) as number,
      };
      sqlite.pragma('synchronous = OFF');
      // 1 GiB of pages: the big tables' hot pages stay in memory through a transaction of 20,000 records.
      sqlite.pragma('cache_size = -1048576');
      sqlite.pragma('temp_store = MEMORY');
    }
    if (options.fts) {
      for (const table of FTS_TABLES) {
        const read = (key: string) => (sqlite.prepare(`SELECT v FROM ${table}_config WHERE k = ?`).get(key) as { v: number } | undefined)?.v ?? null;
        this.ftsBefore.set(table, { automerge: read('automerge'), crisismerge: read('crisismerge') });
        // Merge only when 16 segments of a level pile up (default 4), and never block on merging before 64 (default 16).
        sqlite.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', 16)`).run();
        sqlite.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('crisismerge', 64)`).run();
      }
    }
    if (options.deferIndexes) {
      if (!mirror) throw new Error('Setting indexes aside needs the schema mirror, to read the plans of the seed statements on.');
      for (const index of indexesOf(sqlite)) {
        if (!(BULK_TABLES as readonly string[]).includes(index.table)) continue;
        if (/^\s*CREATE\s+UNIQUE\b/i.test(index.sql) || SEARCHED_BY_TRIGGERS.has(index.name)) continue;
        this.deferred.set(index.name, index);
      }
    }
    if (options.statements || options.deferIndexes) {
      this.originalPrepare = sqlite.prepare;
      const original = sqlite.prepare.bind(sqlite);
      Object.defineProperty(sqlite, 'prepare', {
        configurable: true,
        writable: true,
        value: (source: string) => this.prepare(original, source),
      });
    }
    // Set aside after the statement hook is in place: the DROP goes through exec, not prepare.
    for (const index of this.deferred.values()) sqlite.exec(`DROP INDEX "${index.name}"`);
    this.report.deferred = [...this.deferred.keys()];
  }

  private prepare(original: (source: string) => Statement, source: string): Statement {
    const hit = this.options.statements ? this.statements.get(source) : undefined;
    if (hit && !hit.busy) {
      this.report.statements.reused++;
      // A cached statement comes back as a fresh one would: drizzle switches raw mode on per call.
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      return hit;
    }
    if (!hit) this.needIndexesOf(source);
    const statement = original(source);
    this.report.statements.compiled++;
    if (this.options.statements && !hit) {
      // A run of statements with values written into their text would grow without end: start again.
      if (this.statements.size >= 10_000) this.statements.clear();
      this.statements.set(source, statement);
    }
    return statement;
  }

  /** Builds again, now, any index set aside that this statement would search by. */
  private needIndexesOf(source: string): void {
    if (this.deferred.size === 0 || !this.mirror || this.checking) return;
    this.checking = true;
    try {
      for (const name of this.mirror.indexesUsedBy(source)) {
        const index = this.deferred.get(name);
        if (!index) continue;
        this.deferred.delete(name);
        this.report.neededEarly.push(name);
        this.sqlite.exec(index.sql);
      }
    } finally {
      this.checking = false;
    }
  }

  /** Builds every index still set aside, optimizes the search tables, restores the PRAGMAs and `prepare`. */
  finish(): FastPathReport {
    if (this.finished) return this.finished;
    const sqlite = this.sqlite;
    if (this.originalPrepare) {
      delete (sqlite as unknown as { prepare?: unknown }).prepare;
      this.statements.clear();
    }
    const t0 = performance.now();
    for (const index of this.deferred.values()) sqlite.exec(index.sql);
    this.deferred.clear();
    const t1 = performance.now();
    if (this.options.fts) {
      for (const table of FTS_TABLES) {
        const before = this.ftsBefore.get(table)!;
        sqlite.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
        // Back to what the app runs with: FTS5's defaults (4 and 16) unless the table had its own.
        // (Written into the text: FTS5 wants an integer and better-sqlite3 binds a number as a real.)
        sqlite.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', ${Math.trunc(before.automerge ?? 4)})`);
        sqlite.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('crisismerge', ${Math.trunc(before.crisismerge ?? 16)})`);
      }
    }
    this.report.seconds = { indexes: (t1 - t0) / 1000, optimize: (performance.now() - t1) / 1000 };
    if (this.pragmasBefore) {
      sqlite.pragma(`synchronous = ${this.pragmasBefore.synchronous}`);
      sqlite.pragma(`cache_size = ${this.pragmasBefore.cacheSize}`);
      sqlite.pragma(`temp_store = ${this.pragmasBefore.tempStore}`);
    }
    this.finished = this.report;
    return this.report;
  }
}
