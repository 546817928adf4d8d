import type { needsMethods } from '../../../../shared/api/needs';
import { listNeeds } from '../../services/needs/list';
import { createNeed, deleteNeed, getNeed, restoreNeed, transitionNeed, updateNeed } from '../../services/needs/needs';
import type { AreaHandlers } from '../types';

export const needsHandlers: AreaHandlers<keyof typeof needsMethods> = {
  'needs.list': (input, { state }) => listNeeds(state.database.sqlite, input, state.now()),
  'needs.get': (input, { state }) => getNeed(state.database.db, input.id),
  'needs.create': (input, { service }) => createNeed(service(), input),
  'needs.update': (input, { service }) => updateNeed(service(), input.id, input.hlc, input.data),
  'needs.transition': (input, { service }) => transitionNeed(service(), input.id, input.hlc, input.to, input.note),
  'needs.delete': (input, { service }) => deleteNeed(service(), input.id),
  'needs.restore': (input, { service }) => restoreNeed(service(), input.id),
};
