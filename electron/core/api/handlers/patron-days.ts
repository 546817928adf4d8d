import type { patronDaysMethods } from '@shared/api/patron-days';
import { listPatronDays } from '../../services/patron-days/read';
import { createPatronDay, deletePatronDay, updatePatronDay } from '../../services/patron-days/write';
import type { AreaHandlers } from '../types';

export const patronDaysHandlers: AreaHandlers<keyof typeof patronDaysMethods> = {
  'patronDays.list': (_input, { read }) => listPatronDays(read()),
  'patronDays.create': (input, { write }) => createPatronDay(write(), input),
  'patronDays.update': (input, { write }) => updatePatronDay(write(), input.id, input.hlc, input.data),
  'patronDays.delete': (input, { write }) => deletePatronDay(write(), input.id, input.hlc),
};
