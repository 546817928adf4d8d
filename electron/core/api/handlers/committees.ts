import type { committeesMethods } from '../../../../shared/api/committees';
import { listCommittees } from '../../services/committees/read';
import { createCommittee, deleteCommittee, updateCommittee } from '../../services/committees/write';
import type { AreaHandlers } from '../types';

export const committeesHandlers: AreaHandlers<keyof typeof committeesMethods> = {
  'committees.list': (_input, { state }) => listCommittees(state.database.db),
  'committees.create': (input, { service }) => createCommittee(service(), input),
  'committees.update': (input, { service }) => updateCommittee(service(), input.id, input.hlc, input.data),
  'committees.delete': (input, { service }) => deleteCommittee(service(), input.id, input.hlc),
};
