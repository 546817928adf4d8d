/**
 * The compiled insert and update (issue 17: the writes every create repeats) must store exactly what
 * drizzle's own `insert().values()` and `update().set()` store: booleans and JSON mapped, a column
 * left undefined at its default, a null written as null, and each set of columns its own statement.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './connection';
import { preparedInsert, preparedUpdateById } from './prepared';
import { operators, savedFilters } from './schema';

let dir: string;
let database: Database;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'exar-prepared-'));
  database = openDatabase({ file: join(dir, 'exar.sqlite'), migrationsFolder: join(__dirname, 'migrations') });
});
afterAll(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const meta = (id: string) => ({ id, siteId: 's', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'u', hlc: `h-${id}` });
const operator = (id: string, extra: Partial<typeof operators.$inferInsert> = {}) => ({
  ...meta(id),
  username: `user-${id}`,
  fullName: 'Anna Rossi',
  role: 'operatore' as const,
  passwordHash: 'x',
  ...extra,
});
const readOperator = (id: string) => {
  const row = database.db.select().from(operators).where(eq(operators.id, id)).get()!;
  return { ...row, id: null, username: null, hlc: null };
};

describe('compiled inserts and updates', () => {
  const insertOperator = preparedInsert(operators);
  const updateOperator = preparedUpdateById(operators);
  const insertFilter = preparedInsert(savedFilters);

  it('store what drizzle stores: booleans, defaults for undefined columns, nulls', () => {
    for (const [n, extra] of [
      [1, {}],
      [2, { active: false, lastLoginAt: null }],
      [3, { active: true, lastLoginAt: '2026-02-01T10:00:00.000Z', deletedAt: undefined }],
      [4, { active: undefined }],
    ] as const) {
      database.db.insert(operators).values(operator(`plain-${n}`, extra)).run();
      insertOperator(database.db, operator(`compiled-${n}`, extra));
      expect(readOperator(`compiled-${n}`)).toEqual(readOperator(`plain-${n}`));
    }
    expect(readOperator('compiled-1').active).toBe(true);
    expect(readOperator('compiled-2').active).toBe(false);
  });

  it('map a JSON column as drizzle does', () => {
    const values = (id: string) => ({ id, operatorId: 'op', area: 'candidates' as const, name: id, params: { province: 'TO', query: 'à "b"' }, createdAt: '2026-01-01T00:00:00.000Z' });
    database.db.insert(savedFilters).values(values('plain')).run();
    insertFilter(database.db, values('compiled'));
    const read = (id: string) => database.db.select().from(savedFilters).where(eq(savedFilters.id, id)).get()!;
    expect({ ...read('compiled'), id: null, name: null }).toEqual({ ...read('plain'), id: null, name: null });
    expect(read('compiled').params).toEqual({ province: 'TO', query: 'à "b"' });
  });

  it('update only the row asked, only the columns given, each set of columns right', () => {
    insertOperator(database.db, operator('u-1'));
    insertOperator(database.db, operator('u-2'));
    updateOperator(database.db, 'u-1', { active: false, fullName: 'Bruna Neri' });
    updateOperator(database.db, 'u-1', { lastLoginAt: '2026-03-01T08:00:00.000Z' });
    updateOperator(database.db, 'u-2', { active: true, fullName: 'Carla Blu', lastLoginAt: undefined });
    expect(readOperator('u-1')).toMatchObject({ active: false, fullName: 'Bruna Neri', lastLoginAt: '2026-03-01T08:00:00.000Z' });
    expect(readOperator('u-2')).toMatchObject({ active: true, fullName: 'Carla Blu', lastLoginAt: null });
    updateOperator(database.db, 'u-2', { lastLoginAt: null, active: false });
    expect(readOperator('u-2')).toMatchObject({ active: false, fullName: 'Carla Blu', lastLoginAt: null });
  });
});
