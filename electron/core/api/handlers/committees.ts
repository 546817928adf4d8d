import type { committeesMethods } from '@shared/api/committees';
import { listCommittees } from '../../services/committees/read';
import { createCommittee, deleteCommittee, updateCommittee } from '../../services/committees/write';
import type { AreaHandlers } from '../types';

export const committeesHandlers: AreaHandlers<keyof typeof committeesMethods> = {
  'committees.list': (_input, { read }) => listCommittees(read()),
  'committees.create': (input, { write }) => createCommittee(write(), input),
  'committees.update': (input, { write }) => updateCommittee(write(), input.id, input.hlc, input.data),
  'committees.delete': (input, { write }) => deleteCommittee(write(), input.id, input.hlc),
};
