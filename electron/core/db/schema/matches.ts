import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { matchReasonSchema } from '@shared/api/matches';
import { MATCH_STATUSES } from '@shared/rules/match-lifecycle';
import { jsonColumn } from '../json-column';
import { candidates } from './candidates';
import { needs } from './needs';
import { recordColumns } from './record';

/**
 * A candidate proposed for a need. The score and reasons are kept as they were when the person
 * was proposed: that is what the association was told, even if weights or profiles change later.
 */
export const matches = sqliteTable(
  'matches',
  {
    ...recordColumns(),
    needId: text('need_id')
      .notNull()
      .references(() => needs.id),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    status: text('status', { enum: MATCH_STATUSES }).notNull(),
    score: integer('score').notNull(),
    reasons: jsonColumn<{ factor: string; kind: string; points: number; text: string }[]>('matches', 'reasons', z.array(matchReasonSchema)).notNull(),
    proposedOn: text('proposed_on').notNull(),
    /** 'YYYY-MM-DDTHH:mm', Italian local time. */
    interviewAt: text('interview_at'),
    interviewPlace: text('interview_place'),
    decidedOn: text('decided_on'),
    notes: text('notes'),
    operatorName: text('operator_name').notNull(),
  },
  (t) => [
    index('matches_hlc_idx').on(t.hlc),
    // One live proposal (in play or accepted) per person and need; after a refusal or a withdrawal
    // the person may be proposed again, and the earlier outcome stays on record.
    uniqueIndex('matches_live_pair_idx')
      .on(t.needId, t.candidateId)
      .where(sql`deleted_at IS NULL AND status IN ('proposto', 'colloquio_fissato', 'accettato')`),
    index('matches_candidate_idx').on(t.candidateId, t.status),
    index('matches_need_status_idx').on(t.needId, t.status),
    // «Oggi»: the interviews of the coming days.
    index('matches_interview_idx').on(t.interviewAt).where(sql`deleted_at IS NULL AND status = 'colloquio_fissato'`),
  ],
);

/** Each status change of a match, dated, with the interview date when one is fixed. */
export const matchEvents = sqliteTable(
  'match_events',
  {
    ...recordColumns(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id),
    at: text('at').notNull(),
    fromStatus: text('from_status', { enum: MATCH_STATUSES }),
    toStatus: text('to_status', { enum: MATCH_STATUSES }).notNull(),
    interviewAt: text('interview_at'),
    note: text('note'),
    operatorName: text('operator_name').notNull(),
  },
  (t) => [index('match_events_match_idx').on(t.matchId, t.at), index('match_events_hlc_idx').on(t.hlc)],
);
