/**
 * Migrations 0015 and 0018 rewrite an existing audit log in the compact form (issue 17): every
 * change reads the same afterwards, a create keeps the names of the fields it was given (0018: as a
 * mask over the field catalogue, the same text the app writes), lines keep their order under new
 * integer ids, and the rows take less room.
 */
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/core';
import { openDatabase, readJournal } from '../../electron/core/db/connection';
import { decodeChanges, encodeChanges, type FieldChange } from '../../electron/core/services/audit/changes-codec';

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'exar-audit-compact-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const journal = readJournal(SOURCE_MIGRATIONS_FOLDER);
/** The migrations of the version before this one: the log as it wrote it. */
function migrationsBefore(tag: string): string {
  const dir = temp();
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  for (const e of entries) copyFileSync(join(SOURCE_MIGRATIONS_FOLDER, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

const OLD_ROWS: { id: string; action: string; changes: FieldChange[] }[] = [
  {
    id: 'create',
    action: 'create',
    changes: [
      { field: 'lastName', before: null, after: 'Rossi' },
      { field: 'notes', before: null, after: '' },
      { field: 'skills', before: null, after: '[]' },
      { field: 'ownVehicle', before: null, after: false },
      { field: 'hoursPerWeek', before: null, after: 20 },
      { field: 'quote', before: null, after: 'dice "sì", poi [no]' },
    ],
  },
  { id: 'update', action: 'update', changes: [{ field: 'status', before: 'attivo', after: 'sospeso' }, { field: 'phone', before: '011', after: null }] },
  { id: 'login', action: 'login', changes: [{ field: 'outcome', before: null, after: 'non riuscito' }, { field: 'username', before: null, after: '' }] },
  { id: 'twice', action: 'update', changes: [{ field: 'f', before: null, after: 1 }, { field: 'f', before: null, after: 2 }] },
];

describe('migration 0015: the audit log made compact', () => {
  it('rewrites the old rows as the app now writes them, and each history reads the same', () => {
    const file = join(temp(), 'exar.sqlite');
    openDatabase({ file, migrationsFolder: migrationsBefore('0015_audit_compact') }).close();
    const old = new BetterSqlite3(file);
    const insert = old.prepare(
      "INSERT INTO audit_log (id, at, site_id, operator_id, operator_name, entity, entity_id, action, changes, hlc) VALUES (?, '2026-01-01T10:00:00.000Z', 's', 'o', 'Anna', 'candidates', 'c1', ?, ?, ?)",
    );
    OLD_ROWS.forEach((r, i) => insert.run(r.id, r.action, JSON.stringify(r.changes), `hlc-${i}`));
    const before = (old.prepare('SELECT sum(length(changes)) AS n FROM audit_log').get() as { n: number }).n;
    old.close();

    openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    const db = new BetterSqlite3(file, { readonly: true });
    // Keyed by the old ids through the HLCs: migration 0018 numbers the lines anew.
    const idOf = new Map(OLD_ROWS.map((r, i) => [`hlc-${i}`, r.id]));
    const stored = new Map((db.prepare('SELECT hlc, changes FROM audit_log').all() as { hlc: string; changes: string }[]).map((r) => [idOf.get(r.hlc)!, r.changes]));
    const after = (db.prepare('SELECT sum(length(changes)) AS n FROM audit_log').get() as { n: number }).n;
    db.close();

    // A create keeps the names of the fields given, without their values; the blank text and the empty list are gone.
    const created = OLD_ROWS[0]!.changes.filter((c) => c.after !== '' && c.after !== '[]').map((c) => ({ field: c.field, before: null, after: null }));
    expect(decodeChanges('audit_log.changes', stored.get('create')!)).toEqual(created);
    expect(stored.get('create')).toBe(encodeChanges(created));
    // «quote» is not a field of the catalogue (field-catalogue.ts): the names stay spelled out.
    expect(stored.get('create')).toBe('["lastName","ownVehicle","hoursPerWeek","quote"]');
    // Anything else keeps every change, blanks included (a login's empty username is what was typed).
    for (const r of OLD_ROWS.slice(1)) {
      expect(decodeChanges('audit_log.changes', stored.get(r.id)!)).toEqual(r.changes);
      expect(stored.get(r.id)).toBe(encodeChanges(r.changes));
    }
    expect(after).toBeLessThan(before / 2);
  });
});

describe('migration 0018: creates as masks, the id as the rowid', () => {
  it('stores the same mask the app writes, keeps every other line as it was, and numbers the lines in their order', () => {
    const file = join(temp(), 'exar.sqlite');
    openDatabase({ file, migrationsFolder: migrationsBefore('0018_audit_compact_ids') }).close();
    const names = (...fields: string[]): FieldChange[] => fields.map((field) => ({ field, before: null, after: null }));
    const lines: { action: string; changes: FieldChange[] }[] = [
      // A profile's create, names not in the catalogue's order.
      { action: 'create', changes: names('firstName', 'lastName', 'taxCode', 'privacyNoticeDate', 'email', 'status', 'operatorId', 'notes') },
      // A need's and an association's (positions past 63 included).
      { action: 'create', changes: names('associationId', 'title', 'skills', 'receivedOn', 'operatorId', 'status') },
      { action: 'create', changes: names('name', 'taxCode', 'contactName', 'pec', 'sites') },
      // A name outside the catalogue, and one written twice: stored as they were.
      { action: 'view', changes: names('documento.convenzione.v2.firmato') },
      { action: 'create', changes: names('lastName', 'lastName') },
      { action: 'update', changes: [{ field: 'status', before: 'attivo', after: 'occupato' }] },
      { action: 'create', changes: [] },
    ];
    const old = new BetterSqlite3(file);
    const insert = old.prepare(
      "INSERT INTO audit_log (id, at, site_id, operator_id, operator_name, entity, entity_id, action, changes, hlc) VALUES (?, '2026-01-01T10:00:00.000Z', 's', 'o', 'Anna', 'candidates', 'c1', ?, ?, ?)",
    );
    // UUIDs whose order is not the lines' order: the new ids follow the order the lines were written in.
    lines.forEach((l, i) => insert.run(`0190-${String(9 - i)}`, l.action, encodeOld(l.changes), `hlc-${i}`));
    old.close();

    openDatabase({ file, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    const db = new BetterSqlite3(file, { readonly: true });
    const rows = db.prepare('SELECT id, hlc, changes FROM audit_log ORDER BY id').all() as { id: number; hlc: string; changes: string }[];
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name").pluck().all();
    db.close();

    expect(rows.map((r) => [r.id, r.hlc])).toEqual(lines.map((_, i) => [i + 1, `hlc-${i}`]));
    expect(indexes).toEqual(['audit_entity_idx', 'audit_hlc_idx']);
    rows.forEach((row, i) => {
      // Whatever the SQL computed is what the app writes for the same line today (it never wrote a name twice as a list).
      if (i !== 4) expect(row.changes, lines[i]!.action).toBe(encodeChanges(lines[i]!.changes));
      expect(new Set(decodeChanges('audit_log.changes', row.changes).map((c) => c.field))).toEqual(new Set(lines[i]!.changes.map((c) => c.field)));
    });
    expect(rows[0]!.changes).toMatch(/^"#[0-9a-f]+\.0"$/);
    expect(rows[2]!.changes).toMatch(/^"#[0-9a-f]+\.[1-9a-f][0-9a-f]*"$/);
    expect(rows[3]!.changes).toBe('["documento.convenzione.v2.firmato"]');
    expect(rows[4]!.changes).toBe('["lastName","lastName"]');
  });
});

/** A line as the app wrote it before 0018: a create's names spelled out. */
function encodeOld(changes: FieldChange[]): string {
  if (changes.length > 0 && changes.every((c) => c.before === null && c.after === null)) return JSON.stringify(changes.map((c) => c.field));
  return encodeChanges(changes);
}
