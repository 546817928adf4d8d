/**
 * JSON columns on a real SQLite file (migrated as the app does): a good value round-trips through
 * drizzle, and a value damaged behind its back (raw SQL) fails on read with the column's name.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase, type Database } from './connection';
import { JsonColumnError, parseJsonColumn, parseStringArrayColumn } from './json-column';
import { ruleSets, savedFilters } from './schema';

let dir: string;
let database: Database;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'exar-json-column-'));
  database = openDatabase({ file: join(dir, 'exar.sqlite'), migrationsFolder: join(__dirname, 'migrations') });
});
afterAll(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

function saveFilter(id: string, params: Record<string, string>): void {
  database.db
    .insert(savedFilters)
    .values({ id, operatorId: 'op-1', area: 'candidates', name: id, params, createdAt: '2026-01-01T00:00:00.000Z' })
    .run();
}

const readFilter = (id: string) => database.db.select().from(savedFilters).where(eq(savedFilters.id, id)).get();

function thrownBy(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('expected the read to throw');
}

describe('jsonColumn', () => {
  it('round-trips a good value, stored as plain JSON text', () => {
    saveFilter('good', { q: 'rossi', status: 'attivo' });
    expect(readFilter('good')?.params).toEqual({ q: 'rossi', status: 'attivo' });
    const raw = database.sqlite.prepare('SELECT params FROM saved_filters WHERE id = ?').get('good') as { params: string };
    expect(JSON.parse(raw.params)).toEqual({ q: 'rossi', status: 'attivo' });
  });

  it('round-trips an object of any keys (a rule set) and a null in a nullable column', () => {
    const data = { minMonths: 2, allowance: { fullMonthlyCents: 60_000 }, rules: {} };
    database.db
      .insert(ruleSets)
      .values({
        id: 'set-1',
        siteId: 'site-1',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        updatedBy: 'op-1',
        hlc: '0000000000001-0000-TO01',
        name: 'Regole 2026',
        validFrom: '2026-01-01',
        data,
      })
      .run();
    expect(database.db.select().from(ruleSets).where(eq(ruleSets.id, 'set-1')).get()?.data).toEqual(data);
  });

  it('refuses a stored value of the wrong shape, naming the column', () => {
    saveFilter('wrong-shape', { q: 'x' });
    database.sqlite.prepare('UPDATE saved_filters SET params = ? WHERE id = ?').run('{"q": 5}', 'wrong-shape');
    const error = thrownBy(() => readFilter('wrong-shape'));
    expect(error).toBeInstanceOf(JsonColumnError);
    expect((error as JsonColumnError).column).toBe('saved_filters.params');
    expect((error as Error).message).toContain('saved_filters.params');
    expect((error as Error).message).toContain('q');
  });

  it('refuses a stored value that is not JSON, naming the column', () => {
    saveFilter('not-json', { q: 'x' });
    database.sqlite.prepare('UPDATE saved_filters SET params = ? WHERE id = ?').run('{"q": "x"', 'not-json');
    expect(() => readFilter('not-json')).toThrow(/saved_filters\.params: not valid JSON/);
  });

  it('never copies the stored value into the error (it may be personal data)', () => {
    saveFilter('private', { q: 'x' });
    database.sqlite.prepare('UPDATE saved_filters SET params = ? WHERE id = ?').run('["RSSMRA80A01L219X"]', 'private');
    const error = thrownBy(() => readFilter('private'));
    expect((error as Error).message).toContain('saved_filters.params');
    expect((error as Error).message).not.toContain('RSSMRA80A01L219X');
  });
});

describe('parseJsonColumn (raw SQL readers)', () => {
  const skills = z.array(z.string());

  it('parses a good value read by raw SQL', () => {
    expect(parseJsonColumn('candidates.skills', skills, '["magazzino","cassa"]')).toEqual(['magazzino', 'cassa']);
  });

  it('throws naming the column for a value of the wrong shape or not JSON', () => {
    expect(() => parseJsonColumn('candidates.skills', skills, '{"a":1}')).toThrow(/candidates\.skills/);
    expect(() => parseJsonColumn('candidates.skills', skills, 'nope')).toThrow(/candidates\.skills: not valid JSON/);
  });
});

describe('parseStringArrayColumn (the matching’s hot loop)', () => {
  it('reads a list of strings and refuses anything else with the column’s name', () => {
    expect(parseStringArrayColumn('needs.shifts', '["mattina"]')).toEqual(['mattina']);
    expect(() => parseStringArrayColumn('needs.shifts', '["mattina", 3]')).toThrow(/needs\.shifts: 1: expected a string/);
    expect(() => parseStringArrayColumn('needs.shifts', '{}')).toThrow(/needs\.shifts/);
    expect(() => parseStringArrayColumn('needs.shifts', '[')).toThrow(/needs\.shifts: not valid JSON/);
  });
});
