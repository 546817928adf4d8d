import type { professionsMethods } from '../../../../shared/api/professions';
import { importProfessions } from '../../services/professions/import';
import { professionsStatus, searchProfessions } from '../../services/professions/read';
import type { AreaHandlers } from '../types';

export const professionsHandlers: AreaHandlers<keyof typeof professionsMethods> = {
  'professions.search': (input, { state }) => searchProfessions(state.database.db, input.query, input.limit),
  'professions.status': (_input, { state }) => professionsStatus(state.database.db),
  'professions.import': (input, { service }) => importProfessions(service(), input),
};
