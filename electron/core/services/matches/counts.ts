import type BetterSqlite3 from 'better-sqlite3';
import type { NeedTransitionContext } from '../../../../shared/rules/need-lifecycle';

/** A need's proposals as its lifecycle counts them: any made, and those accepted. */
export function matchCounts(sqlite: BetterSqlite3.Database, needId: string): NeedTransitionContext {
  const row = sqlite
    .prepare(
      `SELECT count(*) AS proposed, coalesce(sum(status = 'accettato'), 0) AS accepted
       FROM matches WHERE need_id = ? AND deleted_at IS NULL`,
    )
    .get(needId) as { proposed: number; accepted: number };
  return { proposedMatches: row.proposed, acceptedMatches: row.accepted };
}
