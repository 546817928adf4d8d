import { roleCan } from '@shared/api/permissions';
import { agendaFor } from '../../services/today/agenda';
import type { AreaHandlers } from '../types';

export const todayHandlers: AreaHandlers<'today.agenda'> = {
  // Items only some roles can act on (closing a month, the exchange's decisions) are shown to them.
  'today.agenda': (input, { read, operator }) =>
    agendaFor(read(), input, {
      closesMonths: operator !== null && roleCan(operator.role, 'attendance.close'),
      seesExchange: operator !== null && roleCan(operator.role, 'exchange.resolve'),
    }),
};
