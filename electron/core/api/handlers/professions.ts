import type { professionsMethods } from '@shared/api/professions';
import { importProfessions } from '../../services/professions/import';
import { professionsStatus, searchProfessions } from '../../services/professions/read';
import type { AreaHandlers } from '../types';

export const professionsHandlers: AreaHandlers<keyof typeof professionsMethods> = {
  'professions.search': (input, { read }) => searchProfessions(read(), input.query, input.limit),
  'professions.status': (_input, { read }) => professionsStatus(read()),
  'professions.import': (input, { write }) => importProfessions(write(), input),
};
