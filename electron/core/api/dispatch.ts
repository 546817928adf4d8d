/**
 * The single entry point of both transports: resolve the method, the session and the
 * permission, parse the input, run the handler, shape the output, and apply the visibility
 * policy the method declares around the handler (./policy). Nothing thrown inside escapes as a
 * stack trace: every failure becomes a typed `ApiError`.
 */
import { contract, isMethodName, type MethodName } from '@shared/api/contract';
import type { ApiError, ApiResult } from '@shared/api/errors';
import { roleCan } from '@shared/api/permissions';
import type { InvokeEnvelope } from '@shared/api/transport';
import { readCtxOf, SYSTEM_ACTOR, writeCtxOf } from './service-ctx';
import { findOperator, type OperatorRow } from '../services/operators/operators';
import { readIdleLockMinutes } from '../services/settings/site';
import { toApiError, UNEXPECTED_MESSAGE, validationError } from './errors';
import { handlers } from './handlers';
import { clearanceOf, ruleFor, type PolicyContext } from './policy';
import type { CoreState, Handler, HandlerContext } from './types';
import type { Session } from './sessions';

/** Methods a locked session may still call: to unlock, to find out who is locked, or to leave. */
const ALLOWED_WHEN_LOCKED: ReadonlySet<MethodName> = new Set(['auth.unlock', 'auth.logout', 'auth.me']);

function fail(error: ApiError): ApiResult<never> {
  return { ok: false, error };
}

function resolveSession(
  state: CoreState,
  method: MethodName,
  token: string | null,
): { session: Session | null; operator: OperatorRow | null } | ApiError {
  const access = contract[method].access;
  const session = state.sessions.get(token, readIdleLockMinutes(readCtxOf(state)));
  if (access === 'public') {
    return { session: null, operator: null };
  }
  if (!session) {
    return { code: 'UNAUTHENTICATED', message: 'Sessione scaduta o non valida: accedi di nuovo.' };
  }
  const operator = findOperator(readCtxOf(state), session.operatorId);
  if (!operator || !operator.active || operator.deletedAt) {
    state.sessions.remove(session.token);
    return { code: 'UNAUTHENTICATED', message: 'Il tuo utente non è più attivo: chiedi a un amministratore.' };
  }
  if (session.locked && !ALLOWED_WHEN_LOCKED.has(method)) {
    return {
      code: 'UNAUTHENTICATED',
      message: 'Sessione bloccata per inattività: inserisci la password per continuare.',
      details: { locked: true, operatorName: operator.fullName, username: operator.username },
    };
  }
  if (access !== 'session' && !roleCan(operator.role, access)) {
    return { code: 'FORBIDDEN', message: 'Il tuo ruolo non permette questa operazione.' };
  }
  return { session, operator };
}

export async function dispatch(state: CoreState, envelope: InvokeEnvelope): Promise<ApiResult<unknown>> {
  const method = envelope.method;
  if (typeof method !== 'string' || !isMethodName(method)) {
    return fail({ code: 'NOT_FOUND', message: 'Operazione sconosciuta.' });
  }
  try {
    const resolved = resolveSession(state, method, envelope.session);
    if ('code' in resolved) return fail(resolved);
    const { session, operator } = resolved;

    const def = contract[method];
    const parsed = def.input.safeParse(envelope.input ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));

    const clearance = clearanceOf(operator);
    const actor = operator ? { id: operator.id, name: operator.fullName } : SYSTEM_ACTOR;
    const policy: PolicyContext = readCtxOf(state, actor);
    const rule = ruleFor(def, clearance);
    const input = rule.guard ? rule.guard(parsed.data, policy) : parsed.data;

    const ctx: HandlerContext = {
      state,
      session,
      operator,
      get clearance() {
        // A handler that shapes its answer by role must say so in the contract, where the policy and its test see it.
        if (def.visibility !== 'handler') throw new Error(`${method} reads the clearance without declaring visibility 'handler'`);
        return clearance;
      },
      read: () => readCtxOf(state, actor),
      write: () => writeCtxOf(state, actor),
    };
    const handler = handlers[method] as Handler<MethodName>;
    let raw: unknown;
    try {
      raw = await handler(input as never, ctx);
    } catch (error) {
      throw rule.refusal ? rule.refusal(error, input, policy) : error;
    }
    // A locked session is not kept alive by the calls it may still make.
    if (session && !session.locked && method !== 'auth.logout') state.sessions.touch(session);

    const output = def.output.safeParse(raw);
    if (!output.success) {
      // The handler has already done its work; the contract tests exist to catch this before release.
      state.log.error(`${method}: output does not match the contract`, output.error);
      return fail({ code: 'IO', message: UNEXPECTED_MESSAGE });
    }
    return { ok: true, value: rule.answer ? rule.answer(output.data, input, policy) : output.data };
  } catch (error) {
    return fail(toApiError(error, method, state.log));
  }
}
