/**
 * Makes a data folder usable: the first-start setup when it was never done (through the real
 * `setup.complete` handler, with the test suite's office and administrator), then the desk
 * operators the profiles are assigned to. Their passwords are printed: this is demo data.
 */
import type { Faker } from '@faker-js/faker';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Role } from '@shared/api/permissions';
import type { Actor, WriteCtx } from '../../electron/core/context';
import type { Core } from '../../electron/core/core';
import { operators } from '../../electron/core/db/schema';
import { createOperator } from '../../electron/core/services/operators/operators';
import { ADMIN, SETUP_INPUT } from '../../tests/support/setup-input';

export interface Credential {
  username: string;
  password: string;
  role: Role;
}

export interface SeedActors {
  admin: Actor;
  /** Operators profiles are put in charge of. */
  desk: Actor[];
  /** Accounts this run created, with their passwords. */
  created: Credential[];
}

async function invokeOrThrow(core: Core, method: 'setup.status' | 'setup.complete', input: unknown): Promise<unknown> {
  const result = await core.invoke({ method, input, session: null });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** Runs the first-start setup if the folder needs it; true when it did. */
export async function ensureFirstStart(core: Core): Promise<boolean> {
  const status = (await invokeOrThrow(core, 'setup.status', {})) as { needsSetup: boolean };
  if (!status.needsSetup) return false;
  await invokeOrThrow(core, 'setup.complete', SETUP_INPUT);
  return true;
}

function findActive(ctx: WriteCtx, username: string): Actor | null {
  const row = ctx.db
    .select({ id: operators.id, name: operators.fullName })
    .from(operators)
    .where(and(eq(operators.username, username), isNull(operators.deletedAt)))
    .get();
  return row ? { id: row.id, name: row.name } : null;
}

function firstAdministrator(ctx: WriteCtx): Actor {
  const row = ctx.db
    .select({ id: operators.id, name: operators.fullName })
    .from(operators)
    .where(and(eq(operators.role, 'amministratore'), eq(operators.active, true), isNull(operators.deletedAt)))
    .orderBy(asc(operators.createdAt))
    .get();
  if (!row) throw new Error('No active administrator in this data folder: cannot seed.');
  return { id: row.id, name: row.name };
}

/**
 * The administrator, plus `count` desk operators (the first a coordinator) named
 * operatore1, operatore2, … Existing accounts with those names are reused, not recreated.
 */
export async function ensureOperators(base: WriteCtx, faker: Faker, count: number, setUpNow: boolean): Promise<SeedActors> {
  const admin = setUpNow ? (findActive(base, ADMIN.username) ?? firstAdministrator(base)) : firstAdministrator(base);
  const created: Credential[] = setUpNow ? [{ username: ADMIN.username, password: ADMIN.password, role: 'amministratore' }] : [];
  const desk: Actor[] = [];
  const ctx = { ...base, actor: admin };
  for (let i = 1; i <= count; i++) {
    const username = `operatore${i}`;
    const existing = findActive(ctx, username);
    if (existing) {
      desk.push(existing);
      continue;
    }
    const role: Role = i === 1 ? 'coordinatore' : 'operatore';
    const password = `password-${username}`;
    const operator = await createOperator(ctx, { username, fullName: faker.person.fullName(), role, password });
    desk.push({ id: operator.id, name: operator.fullName });
    created.push({ username, password, role });
  }
  return { admin, desk, created };
}
