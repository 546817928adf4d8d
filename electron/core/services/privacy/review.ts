/**
 * «Da rivedere» (decision 0027): the people whose retention period has ended, as of today, for the
 * monthly review. One statement reads them all: the candidates not touched since the profile's period
 * began (an index range on `updated_at`), each person's last activity, last file end and open files
 * through their own indexes, the counts by window, and the block of the rows of the page only.
 * No query per row, so it stays fast on 100,000 profiles.
 */
import { z } from 'zod';
import type { RetentionReview } from '@shared/api/privacy';
import type { RetentionPeriods } from '@shared/api/settings';
import { INTERNSHIP_STATUSES } from '@shared/rules/internship-lifecycle';
import { addDays } from '@shared/rules/calendar';
import type { ReadCtx } from '../../context';
import { parseJsonColumn } from '../../db/json-column';
import { readPrivacySettings } from '../settings/site';
import { dueSince, ENDED, erasureBlockFor, retentionCutoffs, STARTED_RUNNING } from './retention';

const inList = (statuses: readonly string[]) => statuses.map((s) => `'${s}'`).join(', ');

/**
 * The person's live files: the profile's own and those of profiles merged into it (a merge moves
 * notes, documents and proposals, not files), as the erasure counts them (`personIds`).
 */
const personFiles = (id: string) =>
  `i.candidate_id IN (SELECT ${id} UNION ALL SELECT x.id FROM candidates x WHERE x.merged_into = ${id}) AND +i.deleted_at IS NULL`;
const FILE_END = 'coalesce(i.actual_end_date, i.planned_end_date, i.status_changed_on)';
const ORDER = 'withFile, dueSort, nameSort, id';

/**
 * The profiles not touched since before the period began, each with its last activity: the
 * profile, an interview note, a proposal, a file. Read off `candidates_updated_idx`, once
 * for the live profiles and once for those in the bin (`> ''` is a range the planner uses, IS NOT
 * NULL is not); the `+` keeps the planner from reading the whole table off another index instead.
 */
const personRows = (deleted: string) => `
  SELECT c.id, c.last_name AS lastName, c.first_name AS firstName, c.sex, c.deleted_at AS deletedAt, c.name_sort AS nameSort,
    max(substr(c.updated_at, 1, 10),
        coalesce((SELECT max(n.date) FROM candidate_notes n WHERE n.candidate_id = c.id), ''),
        coalesce((SELECT substr(max(m.updated_at), 1, 10) FROM matches m WHERE m.candidate_id = c.id), '')) AS profileActivity,
    (SELECT substr(max(i.updated_at), 1, 10) FROM internships i WHERE ${personFiles('c.id')}) AS fileActivity
  FROM candidates c
  WHERE ${deleted} AND c.updated_at < @activityBefore AND +c.anonymised_at IS NULL AND +c.merged_into IS NULL`;

/**
 * The statement. A person is due when nothing happened about them (profile, interview note,
 * proposal, file) since before `activityBefore`, no file of theirs is running (attivo, sospeso),
 * and their last concluded or interrupted file, if any, ended by `filesEndedBy`. A draft file does
 * not keep anyone off the list: it shows as the reason the anonymisation is refused.
 */
export const REVIEW_SQL = `
WITH touched AS MATERIALIZED (
  ${personRows('c.deleted_at IS NULL')}
  UNION ALL
  ${personRows("c.deleted_at > ''")}
),
-- Most people never had a file: the files are asked about only for those who did.
person AS MATERIALIZED (
  SELECT t.id, t.lastName, t.firstName, t.sex, t.deletedAt, t.nameSort, max(t.profileActivity, coalesce(t.fileActivity, '')) AS lastActivity,
    CASE WHEN t.fileActivity IS NULL THEN NULL
      ELSE (SELECT max(${FILE_END}) FROM internships i WHERE ${personFiles('t.id')} AND +i.status IN (${inList(ENDED)})) END AS lastEnd,
    CASE WHEN t.fileActivity IS NULL THEN 0
      ELSE EXISTS (SELECT 1 FROM internships i WHERE ${personFiles('t.id')} AND +i.status IN (${inList(STARTED_RUNNING)})) END AS placed
  FROM touched t
  WHERE max(t.profileActivity, coalesce(t.fileActivity, '')) < @activityBefore
),
due AS MATERIALIZED (
  SELECT p.*, p.lastEnd IS NOT NULL AS withFile,
    (p.lastActivity >= @prevActivityBefore OR coalesce(p.lastEnd > @prevFilesEndedBy, 0)) AS fresh,
    max(date(p.lastActivity, @monthsShift), coalesce(date(p.lastEnd, @yearsShift), '')) AS dueSort
  FROM person p
  WHERE NOT p.placed AND (p.lastEnd IS NULL OR p.lastEnd <= @filesEndedBy)
),
page AS (
  SELECT d.*, count(*) OVER () AS total, sum(d.withFile) OVER () AS withFiles, sum(d.fresh) OVER () AS freshCount
  FROM due d ORDER BY ${ORDER} LIMIT @limit OFFSET @offset
)
SELECT pg.*,
  (SELECT json_group_array(json_object('number', i.number, 'status', i.status, 'endDate', ${FILE_END})) FROM internships i WHERE ${personFiles('pg.id')}) AS files
FROM page pg ORDER BY ${ORDER}`;

interface Row {
  id: string;
  lastName: string;
  firstName: string;
  sex: 'M' | 'F' | null;
  deletedAt: string | null;
  lastActivity: string;
  lastEnd: string | null;
  withFile: number;
  fresh: number;
  total: number;
  withFiles: number;
  freshCount: number;
  files: string;
}

const filesSchema = z.array(z.object({ number: z.string(), status: z.enum(INTERNSHIP_STATUSES), endDate: z.string().nullable() }));

/** The statement's parameters for a day, the periods and a page. */
export function reviewParams(day: string, periods: RetentionPeriods, page: { page: number; pageSize: number }) {
  const now = retentionCutoffs(day, periods);
  // The last day of the previous month: who was already due then waited from an earlier review.
  const before = retentionCutoffs(addDays(`${day.slice(0, 7)}-01`, -1), periods);
  return {
    activityBefore: now.activityBefore,
    filesEndedBy: now.filesEndedBy,
    prevActivityBefore: before.activityBefore,
    prevFilesEndedBy: before.filesEndedBy,
    monthsShift: `+${periods.candidateMonths} months`,
    yearsShift: `+${periods.internshipYears} years`,
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  };
}

export function retentionReview(ctx: ReadCtx, page: { page: number; pageSize: number }): RetentionReview {
  const periods = readPrivacySettings(ctx).retention;
  const today = ctx.today();
  const statement = ctx.sqlite.prepare(REVIEW_SQL);
  const rows = statement.all(reviewParams(today, periods, page)) as Row[];
  // A page past the end (its last rows just anonymised) still needs the counts: they come with any row.
  const totals = rows[0] ?? (page.page > 1 ? (statement.all(reviewParams(today, periods, { page: 1, pageSize: 1 })) as Row[])[0] : undefined);
  const total = totals?.total ?? 0;
  const withFiles = totals?.withFiles ?? 0;
  return {
    referenceDate: today,
    monthStart: `${today.slice(0, 7)}-01`,
    periods,
    total,
    counts: { senza_tirocinio: total - withFiles, tirocinio_concluso: withFiles },
    newThisMonth: totals?.freshCount ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      lastName: r.lastName,
      firstName: r.firstName,
      sex: r.sex,
      deleted: r.deletedAt !== null,
      reason: r.withFile ? 'tirocinio_concluso' : 'senza_tirocinio',
      lastActivity: r.lastActivity,
      lastEnd: r.lastEnd,
      dueSince: dueSince(r.lastActivity, r.lastEnd, periods),
      newThisMonth: r.fresh === 1,
      block: erasureBlockFor(parseJsonColumn('internships (review)', filesSchema, r.files), periods.internshipYears, today),
    })),
  };
}
