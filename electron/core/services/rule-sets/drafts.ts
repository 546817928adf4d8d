/**
 * Until a file goes to signature it follows the set in force at its start date (or today, with no
 * start yet). When the sets change, each draft is pointed at the set it now falls under, with the
 * columns that set decides (legal basis, protocol exception), so its page and its checks read the
 * new numbers at once. These columns are derived, not typed by anyone: the file's version (hlc)
 * stays, so an operator editing the draft meanwhile does not get a false "changed by someone else".
 */
import { and, eq, isNull } from 'drizzle-orm';
import { hostQuota } from '../../../../shared/rules/host-quota';
import { PIEDMONT_DEFAULT_RULES, ruleSetInForce, type InternshipType } from '../../../../shared/rules/internship-rules';
import { italianDate } from '../../../../shared/validation/italian-time';
import type { ServiceContext } from '../../context';
import { internships } from '../../db/schema';
import { allRuleSets } from '../internships/rules-in-force';

/** Returns how many drafts moved to another set. */
export function repointDrafts(ctx: ServiceContext): number {
  const sets = allRuleSets(ctx.db);
  const today = italianDate(ctx.now());
  const drafts = ctx.db
    .select({
      id: internships.id,
      type: internships.type,
      startDate: internships.startDate,
      ruleSetId: internships.ruleSetId,
      legalBasis: internships.legalBasis,
      protocolException: internships.protocolException,
      hostEmployees: internships.hostEmployees,
    })
    .from(internships)
    .where(and(eq(internships.status, 'bozza'), isNull(internships.deletedAt)))
    .all();
  let moved = 0;
  for (const d of drafts) {
    const rules = ruleSetInForce(sets, d.startDate ?? today) ?? PIEDMONT_DEFAULT_RULES;
    const legalBasis = rules.legalBasisByType[d.type as InternshipType];
    const protocolException = hostQuota(d.hostEmployees ?? 0, true, rules.hostQuota).protocolException;
    if (rules.id === d.ruleSetId && legalBasis === d.legalBasis && protocolException === d.protocolException) continue;
    ctx.db.update(internships).set({ ruleSetId: rules.id, legalBasis, protocolException }).where(eq(internships.id, d.id)).run();
    if (rules.id !== d.ruleSetId) moved += 1;
  }
  return moved;
}
