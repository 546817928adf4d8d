/** Operators (the desk staff who log in), their roles and passwords. */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import type { Operator } from '@shared/api/operators';
import type { Role } from '@shared/api/permissions';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { operators } from '../../db/schema';
import { newId } from '../../ids';
import { hashPassword, verifyPassword } from '../../security/passwords';
import { diffFields, writeAudit } from '../audit/audit-log';

export type OperatorRow = typeof operators.$inferSelect;

export function toOperator(row: OperatorRow): Operator {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    role: row.role,
    active: row.active,
    lastLoginAt: row.lastLoginAt,
  };
}

export function findOperator(ctx: ReadCtx, id: string): OperatorRow | null {
  return ctx.db.select().from(operators).where(eq(operators.id, id)).get() ?? null;
}

/** This office's own staff: the operators that arrived with other offices' data are names, not accounts here. */
const ofThisOffice = sql`${operators.siteId} IN (SELECT id FROM sites WHERE is_local = 1)`;

function requireOperator(ctx: ReadCtx, id: string): OperatorRow {
  const row = findOperator(ctx, id);
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'Operatore non trovato.');
  if (!ctx.db.select({ id: operators.id }).from(operators).where(and(eq(operators.id, id), ofThisOffice)).get()) {
    throw new AppError('CONFLICT', 'È un operatore di un altro sportello, arrivato con i suoi dati: si gestisce in quello sportello.');
  }
  return row;
}

export function countOperators(ctx: ReadCtx): number {
  return ctx.db.select({ n: count() }).from(operators).get()?.n ?? 0;
}

export function listOperators(ctx: ReadCtx): Operator[] {
  return ctx.db.select().from(operators).where(ofThisOffice).orderBy(asc(operators.fullName)).all().map(toOperator);
}

/** Hashes the password first (off the thread, see security/passwords.ts), then inserts in one transaction. */
export async function createOperator(
  ctx: WriteCtx,
  input: { username: string; fullName: string; role: Role; password: string },
): Promise<Operator> {
  const passwordHash = await hashPassword(input.password);
  return insertOperator(ctx, { username: input.username, fullName: input.fullName, role: input.role, passwordHash });
}

/** The insert alone, for a caller that hashed the password already and holds its own transaction (the first start). */
export function insertOperator(
  ctx: WriteCtx,
  input: { username: string; fullName: string; role: Role; passwordHash: string },
): Operator {
  return ctx.db.transaction(() => {
    const taken = ctx.db.select({ id: operators.id }).from(operators).where(eq(operators.username, input.username)).get();
    if (taken) {
      throw new AppError('CONFLICT', 'Nome utente già in uso', [
        { path: 'username', message: `Il nome utente «${input.username}» è già in uso: scegline un altro` },
      ]);
    }
    const row = {
      ...newRecordMeta(ctx, newId()),
      username: input.username,
      fullName: input.fullName,
      role: input.role,
      passwordHash: input.passwordHash,
      active: true,
      lastLoginAt: null,
    };
    ctx.db.insert(operators).values(row).run();
    writeAudit(ctx, { entity: 'operators', entityId: row.id, action: 'create', changes: diffFields(null, row) });
    return toOperator(row);
  });
}

function countActiveAdministrators(ctx: ReadCtx, exceptId: string): number {
  return ctx.db
    .select({ id: operators.id, active: operators.active })
    .from(operators)
    .where(eq(operators.role, 'amministratore'))
    .all()
    .filter((o) => o.active && o.id !== exceptId).length;
}

export function updateOperator(
  ctx: WriteCtx,
  input: { id: string; fullName: string; role: Role; active: boolean },
): Operator {
  return ctx.db.transaction(() => {
    const before = requireOperator(ctx, input.id);
    const losesAdmin = before.role === 'amministratore' && (input.role !== 'amministratore' || !input.active);
    if (losesAdmin && countActiveAdministrators(ctx, before.id) === 0) {
      throw new AppError(
        'RULE_VIOLATION',
        "Deve restare almeno un amministratore attivo: nomina prima un altro amministratore.",
      );
    }
    const patch = { fullName: input.fullName, role: input.role, active: input.active };
    if (diffFields(before, { ...before, ...patch }).length === 0) return toOperator(before);
    ctx.db.update(operators).set({ ...patch, ...touchedMeta(ctx) }).where(eq(operators.id, before.id)).run();
    const after = requireOperator(ctx, before.id);
    writeAudit(ctx, { entity: 'operators', entityId: before.id, action: 'update', changes: diffFields(before, after) });
    return toOperator(after);
  });
}

export async function setPassword(ctx: WriteCtx, id: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  ctx.db.transaction(() => {
    const before = requireOperator(ctx, id);
    ctx.db
      .update(operators)
      .set({ passwordHash, ...touchedMeta(ctx) })
      .where(eq(operators.id, id))
      .run();
    writeAudit(ctx, {
      entity: 'operators',
      entityId: id,
      action: 'update',
      changes: [{ field: 'passwordHash', before: before.passwordHash ? '•••' : null, after: '•••' }],
    });
  });
}

/** Why a login was refused, for the audit log only: the caller gets the same answer for both. */
export type LoginFailure = 'unknown' | 'wrong-password';

/**
 * Checks a username and password; the same answer for "no such user" and "wrong password" (the
 * reason is for the audit log). Awaits the hash, so other operators' calls go on meanwhile.
 */
export async function authenticate(
  ctx: ReadCtx,
  username: string,
  password: string,
): Promise<{ operator: OperatorRow } | { operator: null; failure: LoginFailure; known: OperatorRow | null }> {
  const row = findByUsername(ctx, username);
  if (!row || row.deletedAt || !row.active) {
    // Spend the same time as a real check, so timing does not reveal which usernames exist.
    await verifyPassword(password, await dummyHash());
    return { operator: null, failure: 'unknown', known: row };
  }
  if (!(await verifyPassword(password, row.passwordHash))) return { operator: null, failure: 'wrong-password', known: row };
  // Read again: the operator may have been deactivated while the hash was being checked.
  const current = findOperator(ctx, row.id);
  return current && current.active && !current.deletedAt
    ? { operator: current }
    : { operator: null, failure: 'unknown', known: current };
}

export function findByUsername(ctx: ReadCtx, username: string): OperatorRow | null {
  return ctx.db.select().from(operators).where(eq(operators.username, username)).get() ?? null;
}

let cachedDummyHash: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  cachedDummyHash ??= hashPassword('password-che-non-esiste');
  return cachedDummyHash;
}

export function recordLogin(ctx: WriteCtx, id: string): void {
  ctx.db.update(operators).set({ lastLoginAt: ctx.now().toISOString() }).where(eq(operators.id, id)).run();
}
