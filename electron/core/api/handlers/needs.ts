import type { needsMethods } from '@shared/api/needs';
import { listNeeds } from '../../services/needs/list';
import { createNeed, deleteNeed, getNeed, restoreNeed, transitionNeed, updateNeed } from '../../services/needs/needs';
import type { AreaHandlers } from '../types';

export const needsHandlers: AreaHandlers<keyof typeof needsMethods> = {
  'needs.list': (input, { read }) => listNeeds(read(), input),
  'needs.get': (input, { read }) => getNeed(read(), input.id),
  'needs.create': (input, { write }) => createNeed(write(), input),
  'needs.update': (input, { write }) => updateNeed(write(), input.id, input.hlc, input.data),
  'needs.transition': (input, { write }) => transitionNeed(write(), input.id, input.hlc, input.to, input.note),
  'needs.delete': (input, { write }) => deleteNeed(write(), input.id),
  'needs.restore': (input, { write }) => restoreNeed(write(), input.id),
};
