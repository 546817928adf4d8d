import type { candidatesMethods } from '@shared/api/candidates';
import { roleCan } from '@shared/api/permissions';
import { addAttachment, attachmentContent, removeAttachment } from '../../services/candidates/attachments';
import {
  createCandidate,
  deleteCandidate,
  getCandidate,
  restoreCandidate,
  updateCandidate,
} from '../../services/candidates/candidates';
import { findDuplicates, markNotDuplicate } from '../../services/candidates/duplicates';
import { listCandidates } from '../../services/candidates/list';
import { mergeCandidates } from '../../services/candidates/merge';
import { addNote, deleteNote } from '../../services/candidates/notes';
import { updateSpecial, viewSpecial } from '../../services/candidates/special';
import { candidateOperators, skillSuggestions } from '../../services/candidates/vocabulary';
import type { AreaHandlers } from '../types';

const OK = { ok: true as const };

// What a role may see of a profile (a restricted target category) is the dispatcher's policy: ../policy.
export const candidatesHandlers: AreaHandlers<keyof typeof candidatesMethods> = {
  'candidates.list': (input, { read }) => listCandidates(read(), input),
  'candidates.filterOptions': (_input, { read }) => ({ operators: candidateOperators(read()) }),
  'candidates.get': (input, { read }) => getCandidate(read(), input.id),
  'candidates.create': (input, { write }) => createCandidate(write(), input),
  'candidates.update': (input, { write }) => updateCandidate(write(), input.id, input.hlc, input.data),
  'candidates.delete': (input, { write }) => deleteCandidate(write(), input.id),
  'candidates.restore': (input, { write }) => restoreCandidate(write(), input.id),
  'candidates.findDuplicates': (input, { read }) => findDuplicates(read(), input),
  'candidates.markNotDuplicate': (input, { write }) => {
    markNotDuplicate(write(), input.id, input.otherId);
    return OK;
  },
  'candidates.merge': (input, { write }) => mergeCandidates(write(), input),
  'candidates.skillSuggestions': (input, { read }) => skillSuggestions(read(), input.query),
  'candidates.getSpecial': (input, { write }) => viewSpecial(write(), input.id),
  'candidates.updateSpecial': (input, { write }) => updateSpecial(write(), input.id, input.hlc, input.data),
  'candidates.addNote': (input, { write }) => addNote(write(), input.candidateId, input.date, input.text),
  'candidates.deleteNote': (input, { write, operator }) => {
    deleteNote(write(), input.id, roleCan(operator!.role, 'candidates.merge'));
    return OK;
  },
  'candidates.addAttachment': (input, { write }) => addAttachment(write(), input),
  'candidates.attachmentContent': (input, { read }) => attachmentContent(read(), input.id),
  'candidates.removeAttachment': (input, { write }) => {
    removeAttachment(write(), input.id);
    return OK;
  },
};
