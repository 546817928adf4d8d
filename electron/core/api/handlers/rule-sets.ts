import type { ruleSetsMethods } from '@shared/api/rule-sets';
import { getRuleSet, listRuleSets } from '../../services/rule-sets/read';
import { createRuleSet, removeRuleSet, updateRuleSet } from '../../services/rule-sets/write';
import type { AreaHandlers } from '../types';

export const ruleSetsHandlers: AreaHandlers<keyof typeof ruleSetsMethods> = {
  'ruleSets.list': (_input, { read }) => listRuleSets(read()),
  'ruleSets.get': (input, { read }) => getRuleSet(read(), input.id),
  'ruleSets.create': (input, { write }) => createRuleSet(write(), input),
  'ruleSets.update': (input, { write }) => updateRuleSet(write(), input.id, input.hlc, input.data),
  'ruleSets.remove': (input, { write }) => removeRuleSet(write(), input.id, input.hlc),
};
