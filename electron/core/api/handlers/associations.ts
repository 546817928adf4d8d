import type { associationsMethods } from '../../../../shared/api/associations';
import {
  createAssociation,
  deleteAssociation,
  getAssociation,
  restoreAssociation,
  updateAssociation,
} from '../../services/associations/associations';
import { associationFilterOptions, listAssociations } from '../../services/associations/list';
import type { AreaHandlers } from '../types';

export const associationsHandlers: AreaHandlers<keyof typeof associationsMethods> = {
  'associations.list': (input, { state }) => listAssociations(state.database.db, input),
  'associations.filterOptions': (_input, { state }) => associationFilterOptions(state.database.db),
  'associations.get': (input, { state }) => getAssociation(state.database.db, input.id),
  'associations.create': (input, { service }) => createAssociation(service(), input),
  'associations.update': (input, { service }) => updateAssociation(service(), input.id, input.hlc, input.data),
  'associations.delete': (input, { service }) => deleteAssociation(service(), input.id),
  'associations.restore': (input, { service }) => restoreAssociation(service(), input.id),
};
