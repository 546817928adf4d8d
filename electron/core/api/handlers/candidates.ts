import type { candidatesMethods } from '../../../../shared/api/candidates';
import { roleCan } from '../../../../shared/api/permissions';
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
  'candidates.list': (input, { state }) => listCandidates(state.database.sqlite, input, state.now()),
  'candidates.filterOptions': (_input, { state }) => ({ operators: candidateOperators(state.database.sqlite) }),
  'candidates.get': (input, { state }) => getCandidate(state.database.db, input.id),
  'candidates.create': (input, { service }) => createCandidate(service(), input),
  'candidates.update': (input, { service }) => updateCandidate(service(), input.id, input.hlc, input.data),
  'candidates.delete': (input, { service }) => deleteCandidate(service(), input.id),
  'candidates.restore': (input, { service }) => restoreCandidate(service(), input.id),
  'candidates.findDuplicates': (input, { state }) => findDuplicates(state.database.db, input),
  'candidates.markNotDuplicate': (input, { service }) => {
    markNotDuplicate(service(), input.id, input.otherId);
    return OK;
  },
  'candidates.merge': (input, { service }) => mergeCandidates(service(), input),
  'candidates.skillSuggestions': (input, { state }) => skillSuggestions(state.database.sqlite, input.query),
  'candidates.getSpecial': (input, { service }) => viewSpecial(service(), input.id),
  'candidates.updateSpecial': (input, { service }) => updateSpecial(service(), input.id, input.hlc, input.data),
  'candidates.addNote': (input, { service }) => addNote(service(), input.candidateId, input.date, input.text),
  'candidates.deleteNote': (input, { service, operator }) => {
    deleteNote(service(), input.id, roleCan(operator!.role, 'candidates.merge'));
    return OK;
  },
  'candidates.addAttachment': (input, { service, state }) => addAttachment(service(), state.dataDir, input),
  'candidates.attachmentContent': (input, { service, state }) => attachmentContent(service(), state.dataDir, input.id),
  'candidates.removeAttachment': (input, { service }) => {
    removeAttachment(service(), input.id);
    return OK;
  },
};
