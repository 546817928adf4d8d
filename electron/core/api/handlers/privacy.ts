import type { privacyMethods } from '@shared/api/privacy';
import { exportPerson } from '../../services/privacy/access';
import { anonymisePerson } from '../../services/privacy/erasure';
import { retentionReview } from '../../services/privacy/review';
import { updateRetention } from '../../services/settings/site';
import type { AreaHandlers } from '../types';

// The export carries special data: its permission (`candidates.special`) already limits it to the roles that may see them.
export const privacyHandlers: AreaHandlers<keyof typeof privacyMethods> = {
  'privacy.exportPerson': (input, { write }) => exportPerson(write(), input.id),
  'privacy.anonymise': (input, { write }) => anonymisePerson(write(), input.id, input.confirmLastName, input.ground),
  'privacy.review': (input, { read }) => retentionReview(read(), input),
  'privacy.updateRetention': (input, { write }) => updateRetention(write(), input),
};
