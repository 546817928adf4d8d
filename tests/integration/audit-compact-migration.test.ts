/**
 * Migration 0015 rewrites an existing audit log in the compact form (issue 17): every change reads
 * the same afterwards, a create keeps the names of the fields it was given, and the rows take less room.
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
    const stored = new Map((db.prepare('SELECT id, changes FROM audit_log').all() as { id: string; changes: string }[]).map((r) => [r.id, r.changes]));
    const after = (db.prepare('SELECT sum(length(changes)) AS n FROM audit_log').get() as { n: number }).n;
    db.close();

    // A create keeps the names of the fields given, without their values; the blank text and the empty list are gone.
    const created = OLD_ROWS[0]!.changes.filter((c) => c.after !== '' && c.after !== '[]').map((c) => ({ field: c.field, before: null, after: null }));
    expect(decodeChanges('audit_log.changes', stored.get('create')!)).toEqual(created);
    expect(stored.get('create')).toBe(encodeChanges(created));
    expect(stored.get('create')).toBe('["lastName","ownVehicle","hoursPerWeek","quote"]');
    // Anything else keeps every change, blanks included (a login's empty username is what was typed).
    for (const r of OLD_ROWS.slice(1)) {
      expect(decodeChanges('audit_log.changes', stored.get(r.id)!)).toEqual(r.changes);
      expect(stored.get(r.id)).toBe(encodeChanges(r.changes));
    }
    expect(after).toBeLessThan(before / 2);
  });
});
