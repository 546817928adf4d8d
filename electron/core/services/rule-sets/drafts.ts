/**
 * Until a file goes to signature it follows the set in force at its start date (or today, with no
 * start yet). When the sets change, each draft is pointed at the set it now falls under, with the
 * columns that set decides (legal basis, protocol exception), so its page and its checks read the
 * new numbers at once. These columns are derived, not typed by anyone: the file's version (hlc)
 * stays, so an operator editing the draft meanwhile does not get a false "changed by someone else".
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { WriteCtx } from '../../context';
import { internships } from '../../db/schema';
import { derived, internshipData } from '../internships/internships';

/** Returns how many drafts moved to another set. */
export function repointDrafts(ctx: WriteCtx): number {
  const drafts = ctx.db
    .select()
    .from(internships)
    .where(and(eq(internships.status, 'bozza'), isNull(internships.deletedAt)))
    .all();
  let moved = 0;
  for (const row of drafts) {
    // The same derivation as a save of the draft, so the two never disagree.
    const next = derived(ctx, internshipData(row));
    const same = (Object.keys(next) as (keyof typeof next)[]).every((k) => next[k] === row[k]);
    if (same) continue;
    ctx.db.update(internships).set(next).where(eq(internships.id, row.id)).run();
    if (next.ruleSetId !== row.ruleSetId) moved += 1;
  }
  return moved;
}
