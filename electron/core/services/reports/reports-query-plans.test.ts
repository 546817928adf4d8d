/**
 * The query plan of every «Report» statement, as SQLite runs it: each set of files, needs and
 * attendance months is searched on an index, never a table scan, with or without an operator or
 * an office. A lost index fails here instead of at a regional office's year of records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { REPORT_STATEMENTS, type ReportSqlParams } from './statements';

let h: Harness;
beforeAll(async () => {
  h = createHarness();
  await h.setup();
});
afterAll(() => h.dispose());

const base: ReportSqlParams = { from: '2026-01-01', to: '2026-12-31', monthStart: '2026-01-01', monthFrom: '2026-01', monthTo: '2026-12', operatorId: null, site: null, fold: 1 };

function plan(sql: string, params: ReportSqlParams): string {
  const rows = h.core.state.database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

const STARTED = 'SEARCH i USING INDEX internships_status_idx (status=? AND deleted_at=? AND start_date>? AND start_date<?)';
const ENDED = 'SEARCH i USING INDEX internships_status_idx (status=? AND deleted_at=?)';
const RUNNING = 'SEARCH i USING INDEX internships_status_idx (status=? AND deleted_at=? AND start_date<?)';
const RECEIVED = 'SEARCH n USING INDEX needs_received_idx (deleted_at=? AND received_on>? AND received_on<?)';

const EXPECTED: Record<keyof typeof REPORT_STATEMENTS, string[]> = {
  protocol: [RUNNING, RECEIVED, STARTED, ENDED, 'SEARCH m USING INDEX matches_need_status_idx (need_id=?)'],
  months: [STARTED, ENDED],
  outcomes: [ENDED],
  committees: [RECEIVED, STARTED, ENDED, 'SEARCH a USING INDEX sqlite_autoindex_associations_1 (id=?)'],
  categories: [STARTED, ENDED, 'SEARCH c USING INDEX sqlite_autoindex_candidates_1 (id=?)'],
  types: [STARTED, ENDED],
  needs: [RECEIVED],
  allowance: [RUNNING, 'SEARCH a USING INDEX attendance_months_month_idx (internship_id=? AND month>? AND month<?)', 'SEARCH b USING INDEX attendance_months_month_idx (internship_id=? AND month=?)'],
};

describe('every statement reads off its indexes', () => {
  const cases = Object.keys(REPORT_STATEMENTS).flatMap((name) =>
    [
      { who: 'everybody', params: base },
      { who: 'one operator at one office', params: { ...base, operatorId: '0190a1b2-0000-7000-8000-000000000001', site: '0190a1b2-0000-7000-8000-0000000000cb' } },
    ].map((c) => ({ name: name as keyof typeof REPORT_STATEMENTS, ...c })),
  );

  it.each(cases)('$name for $who', ({ name, params }) => {
    const lines = plan(REPORT_STATEMENTS[name], params);
    for (const line of EXPECTED[name]) expect(lines).toContain(line);
    // Scans only of what the statement itself built (its unions and subqueries), never of a table.
    expect(lines.split('\n').filter((l) => /^SCAN (i|n|m|a|b|c)\b/.test(l))).toEqual([]);
  });
});
