import type { ruleSetsMethods } from '../../../../shared/api/rule-sets';
import { italianDate } from '../../../../shared/validation/italian-time';
import { getRuleSet, listRuleSets } from '../../services/rule-sets/read';
import { createRuleSet, removeRuleSet, updateRuleSet } from '../../services/rule-sets/write';
import type { AreaHandlers } from '../types';

export const ruleSetsHandlers: AreaHandlers<keyof typeof ruleSetsMethods> = {
  'ruleSets.list': (_input, { state }) => listRuleSets(state.database.db, italianDate(state.now())),
  'ruleSets.get': (input, { state }) => getRuleSet(state.database.db, italianDate(state.now()), input.id),
  'ruleSets.create': (input, { service }) => createRuleSet(service(), input),
  'ruleSets.update': (input, { service }) => updateRuleSet(service(), input.id, input.hlc, input.data),
  'ruleSets.remove': (input, { service }) => removeRuleSet(service(), input.id, input.hlc),
};
