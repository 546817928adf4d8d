/**
 * The database file across versions: each migration creates what it should, reopening is a
 * no-op, a file from a newer app is refused untouched, a failed migration changes nothing,
 * and a verified backup is taken before migrating an existing file (never at a start with nothing to migrate).
 */
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/core';
import { listBackupInfos, listBackups } from '../../electron/core/db/backup-folder';
import { DatabaseTooNewError, openDatabase, readJournal } from '../../electron/core/db/connection';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'exar-migrations-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const journal = readJournal(SOURCE_MIGRATIONS_FOLDER);

/** A migrations folder holding only the first `count` migrations (an older app version). */
function migrationsUpTo(count: number, extra?: { tag: string; sql: string }): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, count);
  for (const e of entries) copyFileSync(join(SOURCE_MIGRATIONS_FOLDER, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  const all = [...entries];
  if (extra) {
    const last = entries[entries.length - 1]!;
    all.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: extra.tag });
    writeFileSync(join(dir, `${extra.tag}.sql`), extra.sql);
  }
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: all }));
  return dir;
}

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
}

function schemaObjects(file: string): SchemaObject[] {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return sqlite.prepare('SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name').all() as SchemaObject[];
  } finally {
    sqlite.close();
  }
}

function names(objects: SchemaObject[], type: string): string[] {
  return objects.filter((o) => o.type === type).map((o) => o.name);
}

/** What each migration must create. A new migration file without an entry fails the suite. */
/** What each migration creates, and the tables it drops (present before it, gone after). */
const EXPECTED: Record<string, { tables: string[]; indexes: string[]; fts?: string[]; triggers?: string[]; columns?: Record<string, string[]>; dropped?: string[] }> = {
  '0000_init': {
    tables: ['association_sites', 'associations', 'audit_log', 'operators', 'settings', 'sites'],
    indexes: [
      'association_sites_association_idx',
      'associations_search_rowid_unique',
      'associations_name_idx',
      'associations_comune_idx',
      'associations_updated_idx',
      'associations_tax_code_idx',
      'associations_committee_idx',
      'associations_province_idx',
      'audit_entity_idx',
      'audit_hlc_idx',
      'operators_username_unique',
      'operators_role_idx',
      'sites_code_unique',
    ],
  },
  '0001_associations_search': {
    tables: [],
    indexes: [],
    fts: ['associations_fts'],
  },
  '0002_candidates': {
    tables: [
      'candidate_attachments',
      'candidate_not_duplicates',
      'candidate_notes',
      'candidate_skills',
      'candidate_special',
      'candidates',
      'saved_filters',
    ],
    indexes: [
      'candidate_attachments_candidate_idx',
      'candidate_not_duplicates_pair_idx',
      'candidate_notes_candidate_idx',
      'candidate_skills_key_idx',
      'candidate_special_candidate_id_unique',
      'candidates_name_idx',
      'candidates_updated_idx',
      'candidates_birth_idx',
      'candidates_comune_idx',
      'candidates_search_rowid_idx',
      'candidates_tax_code_idx',
      'candidates_duplicate_idx',
      'candidates_status_idx',
      'candidates_operator_idx',
      'candidates_province_idx',
      'candidates_category_idx',
      'candidates_merged_into_idx',
      'candidates_filters_idx',
      'saved_filters_operator_idx',
    ],
  },
  '0003_candidates_search': {
    tables: [],
    indexes: [],
    fts: ['candidates_fts'],
  },
  '0004_needs': {
    tables: ['need_events', 'needs'],
    indexes: [
      'need_events_need_idx',
      'needs_received_idx',
      'needs_status_idx',
      'needs_association_idx',
      'needs_operator_idx',
      'needs_search_rowid_idx',
    ],
  },
  '0005_needs_search': {
    tables: [],
    indexes: [],
    fts: ['needs_fts'],
  },
  '0006_matches': {
    tables: ['matches', 'match_events', 'candidate_changes', 'need_changes'],
    indexes: ['matches_live_pair_idx', 'matches_candidate_idx', 'matches_need_status_idx', 'match_events_match_idx'],
    // Hand-written after drizzle's part: the matching's in-memory facts depend on them.
    triggers: [
      'candidates_changed_insert',
      'candidates_changed_update',
      'candidates_changed_delete',
      'needs_changed_insert',
      'needs_changed_update',
      'needs_changed_delete',
      'associations_changed_needs',
      'association_sites_changed_needs_update',
      'association_sites_changed_needs_delete',
    ],
  },
  '0007_internships': {
    tables: ['internships', 'internship_events', 'internship_suspensions', 'internship_extensions', 'internship_waivers', 'attendance_months', 'rule_sets'],
    indexes: [
      'internships_number_idx',
      'internships_status_idx',
      'internships_candidate_idx',
      'internships_association_idx',
      'internships_end_idx',
      'internships_match_idx',
      'internships_need_idx',
      'internships_promoter_tutor_idx',
      'internships_host_tutor_idx',
      'internship_events_internship_idx',
      'internship_suspensions_internship_idx',
      'internship_extensions_internship_idx',
      'internship_waivers_internship_idx',
      'attendance_months_month_idx',
      'rule_sets_valid_from_idx',
    ],
  },
  '0008_documents': {
    tables: ['documents', 'document_templates'],
    indexes: ['documents_version_idx', 'documents_candidate_idx', 'document_templates_kind_idx'],
  },
  '0009_exchange': {
    tables: ['exchange_exports', 'exchange_imports', 'exchange_known', 'exchange_versions', 'exchange_pending', 'exchange_duplicates'],
    indexes: [
      'exchange_versions_open_idx',
      'exchange_duplicates_status_idx',
      'associations_hlc_idx',
      'associations_site_idx',
      'association_sites_hlc_idx',
      'candidates_hlc_idx',
      'candidates_site_idx',
      'candidate_notes_hlc_idx',
      'candidate_attachments_hlc_idx',
      'needs_hlc_idx',
      'needs_site_idx',
      'need_events_hlc_idx',
      'matches_hlc_idx',
      'match_events_hlc_idx',
      'internships_hlc_idx',
      'internships_site_idx',
      'internship_events_hlc_idx',
      'attendance_months_hlc_idx',
      'documents_hlc_idx',
    ],
  },
  '0010_committees': {
    tables: ['committees'],
    indexes: ['committees_hlc_idx'],
  },
  // Columns only (decision 0015): the host's dated declarations and stamp duty, the file's declarations.
  '0011_host_eligibility': {
    tables: [],
    indexes: [],
    columns: {
      associations: ['no_layoffs_declared_on', 'safety_declared_on', 'disability_quota_declared_on', 'stamp_duty', 'stamp_duty_exemption_basis'],
      internships: ['portal_reference', 'insurer', 'worked_for_host', 'worked_for_host_declared_on', 'host_other_promoter_interns'],
    },
  },
  // Decision 0017: patron days (travelling), the CP2011 classification (local), headcount per site, the role's code.
  '0012_patron_days_professions': {
    tables: ['patron_days', 'professions'],
    indexes: ['patron_days_comune_idx', 'patron_days_hlc_idx'],
    columns: {
      association_sites: ['employees'],
      internships: ['profession_code', 'profession_name'],
    },
  },
  '0013_privacy': {
    tables: [],
    indexes: [],
    columns: { candidates: ['anonymised_at'] },
  },
  // Decision 0033: the verification of a digitally signed copy, the trust list's CA certificates (local).
  '0014_signatures': {
    tables: ['trusted_certificates'],
    indexes: [],
    columns: { documents: ['signature_check'] },
  },
  // Issue 17: the audit log's changes rewritten compactly (services/audit/changes-codec.ts); no schema change.
  '0015_audit_compact': {
    tables: [],
    indexes: [],
  },
  // Issues 16–17: small partial indexes the «Oggi» items count and page on.
  '0016_agenda_indexes': {
    tables: [],
    indexes: ['candidates_permit_idx', 'candidates_no_notice_idx', 'matches_interview_idx', 'needs_waiting_idx'],
  },
  // Issue 17: the skills in use are counted in memory (services/candidates/skill-vocabulary.ts).
  '0017_skills_in_memory': {
    tables: [],
    indexes: [],
    dropped: ['candidate_skills'],
  },
  // Issue 17: creates' field names as a mask, the audit log's id the rowid (a rebuilt table, same indexes).
  '0018_audit_compact_ids': {
    tables: [],
    indexes: [],
  },
};

function columnsOf(file: string, table: string): string[] {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  } finally {
    sqlite.close();
  }
}

describe('migrations', () => {
  it('every migration in the journal has its expectations here', () => {
    expect(journal.entries.map((e) => e.tag).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('the journal’s times grow with the migrations: drizzle skips one dated before the last applied', () => {
    const whens = journal.entries.map((e) => e.when);
    expect(whens).toEqual([...whens].sort((a, b) => a - b));
    expect(new Set(whens).size).toBe(whens.length);
  });

  it('after the last migration the change-log triggers still exist (a rebuilt table would drop them)', () => {
    const file = join(tempDir(), 'exar.sqlite');
    openDatabase({ file, migrationsFolder: migrationsUpTo(journal.entries.length) }).close();
    expect(names(schemaObjects(file), 'trigger')).toEqual(expect.arrayContaining(EXPECTED['0006_matches']!.triggers!));
  });

  journal.entries.forEach((entry, i) => {
    it(`${entry.tag} creates its tables, indexes and search tables on an empty file`, () => {
      const expected = EXPECTED[entry.tag];
      expect(expected, `add ${entry.tag} to EXPECTED`).toBeDefined();
      const file = join(tempDir(), 'exar.sqlite');

      // Up to the previous migration: none of this migration's objects exist yet.
      if (i > 0) {
        openDatabase({ file, migrationsFolder: migrationsUpTo(i) }).close();
        const before = schemaObjects(file);
        for (const t of [...expected!.tables, ...(expected!.fts ?? [])]) expect(names(before, 'table')).not.toContain(t);
        for (const x of expected!.indexes) expect(names(before, 'index')).not.toContain(x);
        for (const t of expected!.dropped ?? []) expect(names(before, 'table')).toContain(t);
        for (const [table, columns] of Object.entries(expected!.columns ?? {})) {
          for (const c of columns) expect(columnsOf(file, table)).not.toContain(c);
        }
      }

      const db = openDatabase({ file, migrationsFolder: migrationsUpTo(i + 1) });
      const applied = db.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
      expect(applied.n).toBe(i + 1);
      db.close();

      const after = schemaObjects(file);
      for (const t of expected!.tables) expect(names(after, 'table')).toContain(t);
      for (const t of expected!.dropped ?? []) expect(names(after, 'table')).not.toContain(t);
      for (const x of expected!.indexes) expect(names(after, 'index')).toContain(x);
      for (const t of expected!.triggers ?? []) expect(names(after, 'trigger')).toContain(t);
      for (const [table, columns] of Object.entries(expected!.columns ?? {})) expect(columnsOf(file, table)).toEqual(expect.arrayContaining(columns));
      for (const f of expected!.fts ?? []) {
        const sqlite = new BetterSqlite3(file, { readonly: true });
        const row = sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = ?").get(f) as { sql: string } | undefined;
        sqlite.close();
        expect(row?.sql).toMatch(/USING fts5/i);
        expect(row?.sql).toMatch(/remove_diacritics 2/);
      }
    });
  });

  it('the indexes of 0000_init are on the columns the list sorts and filters by', () => {
    const file = join(tempDir(), 'exar.sqlite');
    const db = openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    const columns = (index: string) =>
      (db.sqlite.prepare(`PRAGMA index_info(${index})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('associations_name_idx')).toEqual(['deleted_at', 'name_sort']);
    expect(columns('associations_comune_idx')).toEqual(['deleted_at', 'comune_sort']);
    expect(columns('associations_updated_idx')).toEqual(['deleted_at', 'updated_at']);
    db.close();
  });

  it('the search table is accent-insensitive once migrated', () => {
    const file = join(tempDir(), 'exar.sqlite');
    const db = openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    db.sqlite.prepare('INSERT INTO associations_fts (rowid, body) VALUES (1, ?)').run('Società Sportiva');
    const hit = db.sqlite.prepare("SELECT rowid FROM associations_fts WHERE associations_fts MATCH '\"societa\"*'").all();
    expect(hit).toEqual([{ rowid: 1 }]);
    db.close();
  });

  it('applying the migrations to an already migrated file is a no-op and keeps the data', () => {
    const file = join(tempDir(), 'exar.sqlite');
    const first = openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    first.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('k', '\"v\"')").run();
    const schemaBefore = first.sqlite.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    const migrationsBefore = first.sqlite.prepare('SELECT * FROM __drizzle_migrations ORDER BY id').all();
    first.close();

    const second = openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    expect(second.sqlite.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schemaBefore);
    expect(second.sqlite.prepare('SELECT * FROM __drizzle_migrations ORDER BY id').all()).toEqual(migrationsBefore);
    expect(second.sqlite.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: '"v"' });
    expect(second.sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    second.close();
  });

  it('an older file gets only the missing migrations and keeps its data', () => {
    const file = join(tempDir(), 'exar.sqlite');
    const old = openDatabase({ file, migrationsFolder: migrationsUpTo(1) });
    old.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
    old.close();

    const current = openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    expect(current.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: journal.entries.length });
    expect(current.sqlite.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: '1' });
    current.close();
  });

  it('refuses a database written by a newer version, with DatabaseTooNewError, leaving the file untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'exar.sqlite');
    openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    // A newer app applied one more migration.
    const raw = new BetterSqlite3(file);
    const latest = Math.max(...journal.entries.map((e) => e.when));
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', latest + 60_000);
    raw.prepare("INSERT INTO settings (key, value) VALUES ('from-the-future', '1')").run();
    raw.close();
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, past, past);
    const bytes = readFileSync(file);
    const backupsBefore = listBackups(join(dir, 'backups'));

    let error: unknown;
    try {
      openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toMatch(/versione più recente/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(past.getTime());
    expect(readdirSync(dir).filter((f) => f.startsWith('exar.sqlite-'))).toEqual([]); // no -wal/-shm left behind
    expect(listBackups(join(dir, 'backups'))).toEqual(backupsBefore);

    // And it still refuses the next time: nothing was "fixed" by the failed attempt.
    expect(() => openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER })).toThrow(DatabaseTooNewError);
  });

  it('refuses a newer database that is not in WAL mode (e.g. a restored backup) without touching it', () => {
    const dir = tempDir();
    const file = join(dir, 'exar.sqlite');
    const db = openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    db.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 10 ** 10);
    // Backups are written with VACUUM INTO, which produces a rollback-journal file.
    db.sqlite.prepare('VACUUM INTO ?').run(join(dir, 'restored.sqlite'));
    db.close();
    const restored = join(dir, 'restored.sqlite');
    const raw = new BetterSqlite3(restored, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
    const bytes = readFileSync(restored);

    expect(() => openDatabase({ file: restored, migrationsFolder: SOURCE_MIGRATIONS_FOLDER })).toThrow(DatabaseTooNewError);
    expect(readFileSync(restored).equals(bytes)).toBe(true);
  });

  it('a migration that fails half-way changes nothing', () => {
    const file = join(tempDir(), 'exar.sqlite');
    openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    const broken = migrationsUpTo(journal.entries.length, {
      tag: '9999_broken',
      sql: 'CREATE TABLE `half_done` (`id` text);\n--> statement-breakpoint\nALTER TABLE `no_such_table` ADD `x` text;',
    });
    expect(() => openDatabase({ file, migrationsFolder: broken })).toThrow();
    const objects = schemaObjects(file);
    expect(names(objects, 'table')).not.toContain('half_done');
    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: journal.entries.length });
    raw.close();
    // The current app still opens it.
    openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
  });

  it('sets WAL, foreign keys, busy timeout and synchronous=FULL (decision 0022)', () => {
    const file = join(tempDir(), 'exar.sqlite');
    const db = openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    // Foreign keys are really enforced: a site of an association that does not exist is refused.
    expect(() =>
      db.sqlite
        .prepare(
          "INSERT INTO association_sites (id, site_id, created_at, updated_at, updated_by, hlc, association_id, address, comune) VALUES ('s', 'x', 'a', 'a', 'u', 'h', 'missing', 'via', 'c')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('backups before a migration', () => {
  it('no backup for a brand-new file nor for a start with nothing to migrate', () => {
    const dir = tempDir();
    const file = join(dir, 'exar.sqlite');
    openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    expect(listBackups(join(dir, 'backups'))).toEqual([]);
  });

  it('one verified backup, holding the state before the migration, when an existing file has migrations to apply', () => {
    const dir = tempDir();
    const file = join(dir, 'exar.sqlite');
    const old = openDatabase({ file, migrationsFolder: migrationsUpTo(journal.entries.length - 1), now: () => new Date('2025-03-01T08:00:00Z') });
    old.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('marker', '42')").run();
    old.close();
    expect(listBackups(join(dir, 'backups'))).toEqual([]);

    const current = openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER, now: () => new Date('2025-03-02T08:00:00Z') });
    expect(current.report.backupBeforeMigration).not.toBeNull();
    current.close();
    const [backup] = listBackupInfos(join(dir, 'backups'));
    expect(backup?.name).toContain('20250302');
    expect(backup?.manifest.reason).toBe('before-migration');
    expect(backup?.manifest.migrations).toBe(journal.entries.length - 1);
    const copy = new BetterSqlite3(join(backup!.folder, 'exar.sqlite'), { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: '42' });
    expect(copy.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: journal.entries.length - 1 });
    copy.close();
  });

  it('several migrating starts in the same second: names stay distinct, the retention keeps the newest of the day', () => {
    const dir = tempDir();
    const file = join(dir, 'exar.sqlite');
    const sameSecond = () => new Date('2025-05-05T10:00:00Z');
    openDatabase({ file, migrationsFolder: migrationsUpTo(1), now: sameSecond }).close();
    for (let n = 2; n <= 4; n++) openDatabase({ file, migrationsFolder: migrationsUpTo(n), now: sameSecond }).close();
    const backups = listBackupInfos(join(dir, 'backups'));
    // Same day: the newest of the day and the newest before a migration are the same one; nothing else is kept.
    expect(backups.map((b) => b.manifest.migrations)).toEqual([3]);
  });
});
