import { AppError } from '../../../../shared/api/errors';
import type { authMethods } from '../../../../shared/api/auth';
import { ROLE_PERMISSIONS } from '../../../../shared/api/permissions';
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
import type { AreaHandlers, CoreState } from '../types';

const WRONG_CREDENTIALS = 'Nome utente o password non corretti.';

function sessionInfo(state: CoreState, operator: OperatorRow, locked = false) {
  const site = findLocalSite(state.database.db)!;
  return {
    operator: toOperator(operator),
    office: { name: site.name, code: site.code, kind: site.kind },
    permissions: [...ROLE_PERMISSIONS[operator.role]],
    idleLockMinutes: readIdleLockMinutes(state.database.db),
    locked,
  };
}

export const authHandlers: AreaHandlers<keyof typeof authMethods> = {
  'setup.status': (_input, { state }) => {
    const site = findLocalSite(state.database.db);
    return { needsSetup: !site || countOperators(state.database.db) === 0, officeName: site?.name ?? null };
  },

  'setup.complete': (input, { state }) => {
    const { db, sqlite } = state.database;
    if (findLocalSite(db)) {
      throw new AppError('CONFLICT', 'La prima configurazione è già stata fatta: accedi con il tuo utente.');
    }
    const siteId = newId();
    const clock = new HybridLogicalClock(input.office.code, () => state.now().getTime(), lastIssuedHlc({ sqlite }));
    const ctx = { db, sqlite, clock, siteId, actor: { id: null, name: 'Prima configurazione' }, now: state.now };
    db.transaction(() => {
      createLocalSite(ctx, { office: input.office, promoter: input.promoter });
      createOperator(ctx, { ...input.admin, role: 'amministratore' });
    });
    state.site = { id: siteId, clock };
    return { ok: true as const };
  },

  'auth.login': (input, { state, service }) => {
    if (!state.site) throw new AppError('CONFLICT', 'Completa prima la configurazione iniziale.');
    const operator = authenticate(state.database.db, input.username, input.password);
    if (!operator) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    const session = state.sessions.create(operator.id);
    const ctx = { ...service(), actor: { id: operator.id, name: operator.fullName } };
    state.database.db.transaction(() => {
      recordLogin(ctx, operator.id);
      writeAudit(ctx, { entity: 'operators', entityId: operator.id, action: 'login', changes: [] });
    });
    return { ...sessionInfo(state, operator), sessionToken: session.token };
  },

  'auth.me': (_input, { state, operator, session }) => sessionInfo(state, operator!, session!.locked),

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

  'auth.changePassword': (input, { operator, service, state, session }) => {
    if (!verifyPassword(input.currentPassword, operator!.passwordHash)) {
      throw new AppError('VALIDATION', 'La password attuale non è corretta.', [
        { path: 'currentPassword', message: 'La password attuale non è corretta' },
      ]);
    }
    setPassword(service(), operator!.id, input.password);
    state.sessions.removeOperator(operator!.id, session!.token);
    return { ok: true as const };
  },
};
