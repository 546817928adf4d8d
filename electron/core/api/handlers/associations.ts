import type { associationsMethods } from '@shared/api/associations';
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
  'associations.list': (input, { read }) => listAssociations(read(), input),
  'associations.filterOptions': (_input, { read }) => associationFilterOptions(read()),
  'associations.get': (input, { read }) => getAssociation(read(), input.id),
  'associations.create': (input, { write }) => createAssociation(write(), input),
  'associations.update': (input, { write }) => updateAssociation(write(), input.id, input.hlc, input.data),
  'associations.delete': (input, { write }) => deleteAssociation(write(), input.id),
  'associations.restore': (input, { write }) => restoreAssociation(write(), input.id),
};
