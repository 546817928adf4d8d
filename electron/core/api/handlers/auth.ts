import { writeCtx, type ReadCtx, type WriteCtx } from '../../context';
import { AppError } from '@shared/api/errors';
import type { authMethods } from '@shared/api/auth';
import { ROLE_PERMISSIONS } from '@shared/api/permissions';
import { newId } from '../../ids';
import { lastIssuedHlc, writeAudit } from '../../services/audit/audit-log';
import {
  authenticate,
  countOperators,
  findByUsername as findOperatorByName,
  insertOperator,
  recordLogin,
  setPassword,
  toOperator,
  type OperatorRow,
} from '../../services/operators/operators';
import { plural } from '@shared/text/plural';
import { createLocalSite, findLocalSite, readIdleLockMinutes } from '../../services/settings/site';
import { HybridLogicalClock } from '../../sync/hlc';
import { hashPassword, verifyPassword } from '../../security/passwords';
import type { AreaHandlers, CoreState } from '../types';

const WRONG_CREDENTIALS = 'Nome utente o password non corretti.';

/** Said of the username typed, whether or not it is an account, so it tells nothing about who has one. */
function waitMessage(minutes: number): string {
  return `Troppi tentativi non riusciti con questo nome utente: per sicurezza ${plural(minutes, 'riprova tra un minuto', 'riprova tra # minuti')}.`;
}

/** Usernames are not limited in length by the contract; the audit line need not keep a pasted essay. */
const AUDITED_USERNAME_LENGTH = 100;

/**
 * A refused login or unlock, in the audit log: who (the operator of a locked session, or nobody
 * known at the login screen), which username was typed, the outcome, and the time of the row.
 * Never the password. On the operator's own record when the username is one, so their history shows it.
 */
function auditRefusedAccess(
  ctx: WriteCtx,
  entry: { operator: OperatorRow | null; who: OperatorRow | null; username: string; outcome: string },
): void {
  writeAudit(
    { ...ctx, actor: entry.who ? { id: entry.who.id, name: entry.who.fullName } : { id: null, name: 'Schermata di accesso' } },
    {
      entity: 'operators',
      entityId: entry.operator?.id ?? 'sconosciuto',
      action: 'login',
      changes: [
        { field: 'outcome', before: null, after: entry.outcome },
        { field: 'username', before: null, after: entry.username.slice(0, AUDITED_USERNAME_LENGTH) },
      ],
    },
  );
}

/** The password of a locked session, checked under the same back-off as a login with that username. */
async function checkUnlock(state: CoreState, ctx: WriteCtx, operator: OperatorRow, password: string): Promise<void> {
  const attempt = state.sessions.logins.begin(operator.username);
  if (!attempt.allowed) {
    if (attempt.firstRefusal) auditRefusedAccess(ctx, { operator, who: operator, username: operator.username, outcome: 'sblocco rifiutato: troppi tentativi' });
    const message = waitMessage(attempt.waitMinutes);
    throw new AppError('VALIDATION', message, [{ path: 'password', message }], { retryAfterMinutes: attempt.waitMinutes });
  }
  if (await verifyPassword(password, operator.passwordHash)) {
    state.sessions.logins.succeeded(operator.username);
    return;
  }
  auditRefusedAccess(ctx, { operator, who: operator, username: operator.username, outcome: 'sblocco non riuscito: password errata' });
  const wait = state.sessions.logins.waitMinutes(operator.username);
  if (wait > 0) {
    const message = waitMessage(wait);
    throw new AppError('VALIDATION', message, [{ path: 'password', message }], { retryAfterMinutes: wait });
  }
  throw new AppError('VALIDATION', 'Password non corretta.', [{ path: 'password', message: 'Password non corretta' }]);
}

function sessionInfo(ctx: ReadCtx, operator: OperatorRow, locked = false) {
  const site = findLocalSite(ctx)!;
  return {
    operator: toOperator(operator),
    office: { name: site.name, code: site.code, kind: site.kind },
    permissions: [...ROLE_PERMISSIONS[operator.role]],
    idleLockMinutes: readIdleLockMinutes(ctx),
    locked,
  };
}

export const authHandlers: AreaHandlers<keyof typeof authMethods> = {
  'setup.status': (_input, { read }) => {
    const ctx = read();
    const site = findLocalSite(ctx);
    return { needsSetup: !site || countOperators(ctx) === 0, officeName: site?.name ?? null };
  },

  'setup.complete': async (input, { state, read }) => {
    const alreadyDone = () => new AppError('CONFLICT', 'La prima configurazione è già stata fatta: accedi con il tuo utente.');
    // Refused before hashing: anyone can call this without logging in, and a hash costs CPU.
    if (findLocalSite(read())) throw alreadyDone();
    const passwordHash = await hashPassword(input.admin.password);
    const { db, sqlite } = state.database;
    const beforeSetup = read();
    // Checked again after the wait, so the check and the insert below run with nothing between them.
    if (findLocalSite(beforeSetup)) throw alreadyDone();
    const siteId = newId();
    const clock = new HybridLogicalClock(input.office.code, () => state.now().getTime(), lastIssuedHlc(beforeSetup));
    const ctx = writeCtx({ db, sqlite, clock, siteId, actor: { id: null, name: 'Prima configurazione' }, now: state.now, dataDir: state.dataDir });
    db.transaction(() => {
      createLocalSite(ctx, { office: input.office, promoter: input.promoter });
      insertOperator(ctx, { username: input.admin.username, fullName: input.admin.fullName, role: 'amministratore', passwordHash });
    });
    state.site = { id: siteId, clock };
    return { ok: true as const };
  },

  'auth.login': async (input, { state, read, write }) => {
    if (!state.site) throw new AppError('CONFLICT', 'Completa prima la configurazione iniziale.');
    const logins = state.sessions.logins;
    const attempt = logins.begin(input.username);
    if (!attempt.allowed) {
      // One audit line per wait: a script hammering a blocked name must not fill the log.
      if (attempt.firstRefusal) {
        const known = findOperatorByName(read(), input.username);
        auditRefusedAccess(write(), { operator: known, who: null, username: input.username, outcome: 'rifiutato: troppi tentativi' });
      }
      throw new AppError('UNAUTHENTICATED', waitMessage(attempt.waitMinutes), undefined, { retryAfterMinutes: attempt.waitMinutes });
    }
    const checked = await authenticate(read(), input.username, input.password);
    if (!checked.operator) {
      const outcome = checked.failure === 'unknown' ? 'non riuscito: utente inesistente o disattivato' : 'non riuscito: password errata';
      auditRefusedAccess(write(), { operator: checked.known, who: null, username: input.username, outcome });
      const wait = logins.waitMinutes(input.username);
      // The failure that starts a wait says so at once, in the same words for every username.
      if (wait > 0) throw new AppError('UNAUTHENTICATED', waitMessage(wait), undefined, { retryAfterMinutes: wait });
      throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    logins.succeeded(input.username);
    const operator = checked.operator;
    const session = state.sessions.create(operator.id);
    const ctx = { ...write(), actor: { id: operator.id, name: operator.fullName } };
    state.database.db.transaction(() => {
      recordLogin(ctx, operator.id);
      writeAudit(ctx, { entity: 'operators', entityId: operator.id, action: 'login', changes: [] });
    });
    return { ...sessionInfo(read(), operator), sessionToken: session.token };
  },

  'auth.me': (_input, { read, operator, session }) => sessionInfo(read(), operator!, session!.locked),

  'auth.logout': (_input, { state, session }) => {
    if (session) state.sessions.remove(session.token);
    return { ok: true as const };
  },

  'auth.unlock': async (input, { state, session, operator, write }) => {
    await checkUnlock(state, write(), operator!, input.password);
    state.sessions.unlock(session!);
    return { ok: true as const };
  },

  'auth.changePassword': async (input, { operator, write, state, session }) => {
    if (!(await verifyPassword(input.currentPassword, operator!.passwordHash))) {
      throw new AppError('VALIDATION', 'La password attuale non è corretta.', [
        { path: 'currentPassword', message: 'La password attuale non è corretta' },
      ]);
    }
    await setPassword(write(), operator!.id, input.password);
    state.sessions.removeOperator(operator!.id, session!.token);
    return { ok: true as const };
  },
};
