import type { operatorsMethods } from '../../../../shared/api/operators';
import { createOperator, listOperators, setPassword, updateOperator } from '../../services/operators/operators';
import type { AreaHandlers } from '../types';

export const operatorsHandlers: AreaHandlers<keyof typeof operatorsMethods> = {
  'operators.list': (_input, { state }) => listOperators(state.database.db),
  'operators.create': (input, { service }) => createOperator(service(), input),
  'operators.update': (input, { service, state }) => {
    const updated = updateOperator(service(), input);
    // A deactivated operator is logged out everywhere at once.
    if (!updated.active) state.sessions.removeOperator(updated.id);
    return updated;
  },
  'operators.resetPassword': (input, { service, state }) => {
    setPassword(service(), input.id, input.password);
    // Whoever knew the old password (maybe not the operator) is logged out everywhere.
    state.sessions.removeOperator(input.id);
    return { ok: true as const };
  },
};
