import { writeCtx, type ReadCtx } from '../../context';
import { AppError } from '@shared/api/errors';
import type { authMethods } from '@shared/api/auth';
import { ROLE_PERMISSIONS } from '@shared/api/permissions';
import { newId } from '../../ids';
import { lastIssuedHlc, writeAudit } from '../../services/audit/audit-log';
import {
  authenticate,
  countOperators,
  createOperator,
  recordLogin,
  setPassword,
  toOperator,
  type OperatorRow,
} from '../../services/operators/operators';
import { createLocalSite, findLocalSite, readIdleLockMinutes } from '../../services/settings/site';
import { HybridLogicalClock } from '../../sync/hlc';
import { verifyPassword } from '../../security/passwords';
import type { AreaHandlers } from '../types';

const WRONG_CREDENTIALS = 'Nome utente o password non corretti.';

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

  'setup.complete': (input, { state, read }) => {
    const { db, sqlite } = state.database;
    const beforeSetup = read();
    if (findLocalSite(beforeSetup)) {
      throw new AppError('CONFLICT', 'La prima configurazione è già stata fatta: accedi con il tuo utente.');
    }
    const siteId = newId();
    const clock = new HybridLogicalClock(input.office.code, () => state.now().getTime(), lastIssuedHlc(beforeSetup));
    const ctx = writeCtx({ db, sqlite, clock, siteId, actor: { id: null, name: 'Prima configurazione' }, now: state.now, dataDir: state.dataDir });
    db.transaction(() => {
      createLocalSite(ctx, { office: input.office, promoter: input.promoter });
      createOperator(ctx, { ...input.admin, role: 'amministratore' });
    });
    state.site = { id: siteId, clock };
    return { ok: true as const };
  },

  'auth.login': (input, { state, read, write }) => {
    if (!state.site) throw new AppError('CONFLICT', 'Completa prima la configurazione iniziale.');
    const operator = authenticate(read(), input.username, input.password);
    if (!operator) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
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

  'auth.unlock': (input, { state, session, operator }) => {
    if (!verifyPassword(input.password, operator!.passwordHash)) {
      throw new AppError('VALIDATION', 'Password non corretta.', [{ path: 'password', message: 'Password non corretta' }]);
    }
    state.sessions.unlock(session!);
    return { ok: true as const };
  },

  'auth.changePassword': (input, { operator, write, state, session }) => {
    if (!verifyPassword(input.currentPassword, operator!.passwordHash)) {
      throw new AppError('VALIDATION', 'La password attuale non è corretta.', [
        { path: 'currentPassword', message: 'La password attuale non è corretta' },
      ]);
    }
    setPassword(write(), operator!.id, input.password);
    state.sessions.removeOperator(operator!.id, session!.token);
    return { ok: true as const };
  },
};
