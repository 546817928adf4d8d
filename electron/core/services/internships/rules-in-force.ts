/**
 * Which regional rule set applies to a file: the one in force at its start date. Sets a
 * coordinator adds live in `rule_sets`; the Piedmont defaults of DOMAIN.md are built in, so a
 * new installation checks files from the first day.
 */
import { asc, isNull } from 'drizzle-orm';
import { PIEDMONT_DEFAULT_RULES, ruleSetInForce, type InternshipRuleSet } from '@shared/rules/internship-rules';
import type { ReadCtx } from '../../context';
import { ruleSets } from '../../db/schema';

/**
 * The built-in set, then the stored ones oldest first (as `ruleSetInForce` expects). A stored set
 * lacking a number (written by an older version) reads the built-in one for it.
 */
export function allRuleSets(ctx: ReadCtx): InternshipRuleSet[] {
  const stored = ctx.db
    .select()
    .from(ruleSets)
    .where(isNull(ruleSets.deletedAt))
    .orderBy(asc(ruleSets.createdAt), asc(ruleSets.id))
    .all()
    .map((r) => withDefaults(r.data as unknown as Partial<InternshipRuleSet>, { id: r.id, name: r.name, validFrom: r.validFrom }));
  return [PIEDMONT_DEFAULT_RULES, ...stored];
}

/** The set in force on `date` (a file without a start date yet: today's). */
export function ruleSetFor(ctx: ReadCtx, date: string): InternshipRuleSet {
  return ruleSetInForce(allRuleSets(ctx), date) ?? PIEDMONT_DEFAULT_RULES;
}

export function ruleSetById(ctx: ReadCtx, id: string): InternshipRuleSet {
  return allRuleSets(ctx).find((s) => s.id === id) ?? PIEDMONT_DEFAULT_RULES;
}

/**
 * A stored set read over the built-in one, group by group: a set written before a rule or a
 * category existed gets the built-in value for it, never `undefined` in the checker.
 */
function withDefaults(stored: Partial<InternshipRuleSet>, identity: Pick<InternshipRuleSet, 'id' | 'name' | 'validFrom'>): InternshipRuleSet {
  const base = PIEDMONT_DEFAULT_RULES;
  return {
    ...base,
    ...stored,
    ...identity,
    legalBasisByType: { ...base.legalBasisByType, ...stored.legalBasisByType },
    maxMonthsByCategory: { ...base.maxMonthsByCategory, ...stored.maxMonthsByCategory },
    allowance: { ...base.allowance, ...stored.allowance },
    suspension: { ...base.suspension, ...stored.suspension },
    hostQuota: { ...base.hostQuota, ...stored.hostQuota },
    eligibility: { ...base.eligibility, ...stored.eligibility },
    rules: Object.fromEntries(
      Object.entries(base.rules).map(([id, policy]) => [id, { ...policy, ...stored.rules?.[id as keyof typeof base.rules] }]),
    ) as InternshipRuleSet['rules'],
  };
}
