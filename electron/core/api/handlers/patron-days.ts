import type { patronDaysMethods } from '../../../../shared/api/patron-days';
import { listPatronDays } from '../../services/patron-days/read';
import { createPatronDay, deletePatronDay, updatePatronDay } from '../../services/patron-days/write';
import type { AreaHandlers } from '../types';

export const patronDaysHandlers: AreaHandlers<keyof typeof patronDaysMethods> = {
  'patronDays.list': (_input, { state }) => listPatronDays(state.database.db),
  'patronDays.create': (input, { service }) => createPatronDay(service(), input),
  'patronDays.update': (input, { service }) => updatePatronDay(service(), input.id, input.hlc, input.data),
  'patronDays.delete': (input, { service }) => deletePatronDay(service(), input.id, input.hlc),
};
