import type { candidatesMethods } from '../../../../shared/api/candidates';
import { roleCan } from '../../../../shared/api/permissions';
import { addAttachment, attachmentContent, removeAttachment } from '../../services/candidates/attachments';
import {
  createCandidate,
  findCandidate,
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
import type { AreaHandlers, HandlerContext } from '../types';
import { assertCategoryFilterAllowed, keepHiddenCategory, maskCandidate, maskList } from '../../services/candidates/visibility';

const OK = { ok: true as const };

/** Whether the caller may see special-category data, the hidden target categories included. */
function seesSpecial(operator: HandlerContext['operator']): boolean {
  return operator !== null && roleCan(operator.role, 'candidates.special');
}

export const candidatesHandlers: AreaHandlers<keyof typeof candidatesMethods> = {
  'candidates.list': (input, { state, operator }) => {
    assertCategoryFilterAllowed(input.targetCategory, seesSpecial(operator));
    return maskList(listCandidates(state.database.sqlite, input, state.now()), seesSpecial(operator));
  },
  'candidates.filterOptions': (_input, { state }) => ({ operators: candidateOperators(state.database.sqlite) }),
  'candidates.get': (input, { state, operator }) => maskCandidate(getCandidate(state.database.db, input.id), seesSpecial(operator)),
  'candidates.create': (input, { service, operator }) => maskCandidate(createCandidate(service(), input), seesSpecial(operator)),
  'candidates.update': (input, { service, operator, state }) => {
    const stored = findCandidate(state.database.db, input.id)?.targetCategory ?? null;
    const data = keepHiddenCategory(input.data, stored, seesSpecial(operator));
    return maskCandidate(updateCandidate(service(), input.id, input.hlc, data), seesSpecial(operator));
  },
  'candidates.delete': (input, { service, operator }) => maskCandidate(deleteCandidate(service(), input.id), seesSpecial(operator)),
  'candidates.restore': (input, { service, operator }) => maskCandidate(restoreCandidate(service(), input.id), seesSpecial(operator)),
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
