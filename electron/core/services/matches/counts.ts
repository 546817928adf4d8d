import { and, eq, isNull, sql } from 'drizzle-orm';
import type { NeedTransitionContext } from '@shared/rules/need-lifecycle';
import type { ReadCtx } from '../../context';
import { matches } from '../../db/schema';
import { preparedPerConnection } from '../../db/prepared';

export interface ProposalSummary {
  /** Every proposal made for the need, whatever became of it. */
  total: number;
  /** Still waiting for an answer (proposto, colloquio fissato). */
  open: number;
  accepted: number;
}

// Asked at every move of a need or a proposal: compiled once (issue 17).
const summaryOfNeed = preparedPerConnection((db) =>
  db
    .select({
      total: sql<number>`count(*)`,
      open: sql<number>`coalesce(sum(${matches.status} IN ('proposto', 'colloquio_fissato')), 0)`,
      accepted: sql<number>`coalesce(sum(${matches.status} = 'accettato'), 0)`,
    })
    .from(matches)
    .where(and(eq(matches.needId, sql.placeholder('needId')), isNull(matches.deletedAt)))
    .prepare(),
);

export function proposalSummary(ctx: ReadCtx, needId: string): ProposalSummary {
  return summaryOfNeed(ctx.db).get({ needId })!;
}

/** A need's proposals as its lifecycle counts them: any made, and those accepted. */
export function matchCounts(ctx: ReadCtx, needId: string): NeedTransitionContext {
  const s = proposalSummary(ctx, needId);
  return { proposedMatches: s.total, acceptedMatches: s.accepted };
}
