import type { operatorsMethods } from '@shared/api/operators';
import { createOperator, findOperator, listOperators, setPassword, updateOperator } from '../../services/operators/operators';
import type { AreaHandlers } from '../types';

export const operatorsHandlers: AreaHandlers<keyof typeof operatorsMethods> = {
  'operators.list': (_input, { read }) => listOperators(read()),
  'operators.create': (input, { write }) => createOperator(write(), input),
  'operators.update': (input, { write, state }) => {
    const updated = updateOperator(write(), input);
    // A deactivated operator is logged out everywhere at once.
    if (!updated.active) state.sessions.removeOperator(updated.id);
    return updated;
  },
  'operators.resetPassword': async (input, { write, read, state }) => {
    await setPassword(write(), input.id, input.password);
    // Whoever knew the old password (maybe not the operator) is logged out everywhere.
    state.sessions.removeOperator(input.id);
    // The operator who got locked out by wrong passwords may try the new one at once.
    const username = findOperator(read(), input.id)?.username;
    if (username) state.sessions.logins.clear(username);
    return { ok: true as const };
  },
};
