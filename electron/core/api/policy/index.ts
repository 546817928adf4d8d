/**
 * Who may see what of a person, in one place (decision 0019). A method declares in the contract
 * what it may carry (`visibility`); `dispatch` works out the caller's clearance once and, for a
 * caller without it, runs the rule the method names around the handler: a guard on the input, a
 * rewording of a refusal, a mask on the answer. Handlers do not ask the role table themselves;
 * those whose work itself depends on it (ranking, documents) declare `handler` and read
 * `ctx.clearance`.
 */
import type { MethodDef, Visibility } from '@shared/api/define';
import { candidateEditRule, candidateListRule, candidateNewRule, candidateRule, historyRule } from './candidates';
import type { Clearance } from './clearance';
import { internshipCheckRule, internshipExtensionRule, internshipRule, internshipTransitionRule } from './internships';
import { needEditRule, needNewRule, needRule } from './needs';
import type { Rule, RuleOf } from './rule';

export { clearanceOf, type Clearance } from './clearance';
export type { PolicyContext } from './rule';

const RULES: { [V in Visibility]: RuleOf<V> } = {
  candidate: candidateRule,
  candidateNew: candidateNewRule,
  candidateEdit: candidateEditRule,
  candidateList: candidateListRule,
  internship: internshipRule,
  internshipCheck: internshipCheckRule,
  internshipExtension: internshipExtensionRule,
  internshipTransition: internshipTransitionRule,
  need: needRule,
  needNew: needNewRule,
  needEdit: needEditRule,
  history: historyRule,
  handler: {},
};

const NOTHING_HIDDEN: Rule<unknown, unknown> = {};

/** The rule one call runs under: none for a caller with the clearance or a method that carries nothing restricted. */
export function ruleFor(def: MethodDef, clearance: Clearance): Rule<unknown, unknown> {
  if (clearance.special || !def.visibility) return NOTHING_HIDDEN;
  // Each rule is typed by the methods that declare it (rule.ts), so it fits this method's input and answer.
  return RULES[def.visibility] as Rule<unknown, unknown>;
}
