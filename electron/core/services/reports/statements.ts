/**
 * The statements behind «Report» (issue 16): one per breakdown, each reading the files it counts
 * off `internships_status_idx` (status, deleted_at, start_date), the needs off their received-day
 * indexes, the attendance months off (internship_id, month). What each counts is written in
 * docs/decisions/0031-reports.md; the sets are the same in every statement:
 * - STARTED: a file past signature (attivo, sospeso, concluso, interrotto) whose start is in the period;
 * - ENDED: a concluded or interrupted file whose real last day is in the period;
 * - RUNNING: a file past signature that started by the end of the period and, unless still running,
 *   ended on or after its first day (it was in progress at some time in the period);
 * - RECEIVED: a need received in the period.
 * A deleted record (tombstone) is never counted. The operator is the promoter tutor of a file and the
 * operator in charge of a need; the office is the one that created the record (`site_id`).
 */
import { RESTRICTED_CATEGORIES } from '@shared/domain/person';
import { FOLDED_CATEGORIES_KEY } from '@shared/api/reports';

/** The named parameters every statement takes. */
export interface ReportSqlParams {
  from: string;
  to: string;
  /** First day of the month `from` is in, and the months 'YYYY-MM' of both ends: attendance is kept by month. */
  monthStart: string;
  monthFrom: string;
  monthTo: string;
  operatorId: string | null;
  site: string | null;
  /** 1: the protected categories fold into one row (a role without `candidates.special`). */
  fold: 0 | 1;
}

const STARTED_STATUSES = "('attivo', 'sospeso', 'concluso', 'interrotto')";
const FILE = 'i.deleted_at IS NULL AND (@operatorId IS NULL OR i.promoter_tutor_id = @operatorId) AND (@site IS NULL OR i.site_id = @site)';
const STARTED = `${FILE} AND i.status IN ${STARTED_STATUSES} AND i.start_date BETWEEN @from AND @to`;
const ENDED = `${FILE} AND i.status IN ('concluso', 'interrotto') AND i.actual_end_date BETWEEN @from AND @to`;
const running = (from: string) =>
  `${FILE} AND i.status IN ${STARTED_STATUSES} AND i.start_date <= @to AND (i.status IN ('attivo', 'sospeso') OR i.actual_end_date >= ${from})`;
const RECEIVED = 'n.deleted_at IS NULL AND (@operatorId IS NULL OR n.operator_id = @operatorId) AND (@site IS NULL OR n.site_id = @site) AND n.received_on BETWEEN @from AND @to';
/** A concluded file whose outcome is a hire: an interrupted one is «interrotto» whatever else it says. */
const HIRED = "(i.status = 'concluso' AND i.outcome IN ('assunto_ente', 'assunto_altrove'))";
const RESTRICTED = `(${RESTRICTED_CATEGORIES.map((c) => `'${c}'`).join(', ')})`;

/** The six figures of the protocol in one row. */
export const PROTOCOL_SQL = `
  WITH running_files AS (SELECT i.association_id, i.protocol_exception FROM internships i WHERE ${running('@from')}),
       received AS (SELECT n.association_id FROM needs n WHERE ${RECEIVED})
  SELECT
    (SELECT count(*) FROM (SELECT association_id FROM received UNION SELECT association_id FROM running_files)) AS associations,
    (SELECT count(DISTINCT association_id) FROM running_files WHERE protocol_exception = 1) AS hostsWithoutEmployees,
    (SELECT count(*) FROM received) AS needsReceived,
    (SELECT count(DISTINCT m.candidate_id) FROM matches m JOIN needs n ON n.id = m.need_id
      WHERE m.deleted_at IS NULL AND m.proposed_on BETWEEN @from AND @to AND n.deleted_at IS NULL
        AND (@operatorId IS NULL OR n.operator_id = @operatorId) AND (@site IS NULL OR m.site_id = @site)) AS peopleProposed,
    (SELECT count(*) FROM internships i WHERE ${STARTED}) AS started,
    (SELECT count(DISTINCT i.candidate_id) FROM internships i WHERE ${ENDED} AND ${HIRED}) AS hired`;

/** Files started and ended, by month ('YYYY-MM'); the months with neither are added by the service. */
export const MONTHS_SQL = `
  SELECT month, sum(started) AS started, sum(ended) AS ended FROM (
    SELECT substr(i.start_date, 1, 7) AS month, 1 AS started, 0 AS ended FROM internships i WHERE ${STARTED}
    UNION ALL
    SELECT substr(i.actual_end_date, 1, 7), 0, 1 FROM internships i WHERE ${ENDED}
  ) GROUP BY month ORDER BY month`;

/** The files that ended, by how they ended. */
export const OUTCOMES_SQL = `
  SELECT CASE WHEN i.status = 'interrotto' THEN 'interrotto' ELSE coalesce(i.outcome, 'non_indicato') END AS outcome, count(*) AS n
  FROM internships i WHERE ${ENDED} GROUP BY 1`;

/** The files of one set, with what each adds to a row: started, ended, ended in a hire. */
const FILE_FLAGS = `
    SELECT i.id AS fileId, 1 AS started, 0 AS ended, 0 AS hired FROM internships i WHERE ${STARTED}
    UNION ALL
    SELECT i.id, 0, 1, ${HIRED} FROM internships i WHERE ${ENDED}`;

/** Needs received and files started, ended and hired, by the host's AICS committee and province. */
export const COMMITTEES_SQL = `
  SELECT coalesce(trim(a.committee), '') AS committee, coalesce(upper(trim(a.province)), '') AS province,
    sum(x.needs) AS needs, sum(x.started) AS started, sum(x.ended) AS ended, sum(x.hired) AS hired
  FROM (
    SELECT n.association_id AS aid, 1 AS needs, 0 AS started, 0 AS ended, 0 AS hired FROM needs n WHERE ${RECEIVED}
    UNION ALL
    SELECT i.association_id, 0, f.started, f.ended, f.hired FROM (${FILE_FLAGS}) f JOIN internships i ON i.id = f.fileId
  ) x JOIN associations a ON a.id = x.aid
  GROUP BY 1, 2`;

/**
 * By the file's target category (copied on the file at every save: the one the rules applied).
 * Folded, a file counts as protected when its category or its person's present one is protected,
 * as the file's own page and the list export hide it (decision 0029).
 */
export const CATEGORIES_SQL = `
  SELECT CASE WHEN @fold = 1 AND (i.target_category IN ${RESTRICTED} OR c.target_category IN ${RESTRICTED}) THEN '${FOLDED_CATEGORIES_KEY}'
              ELSE coalesce(i.target_category, '') END AS key,
    sum(f.started) AS started, sum(f.ended) AS ended, sum(f.hired) AS hired
  FROM (${FILE_FLAGS}) f JOIN internships i ON i.id = f.fileId JOIN candidates c ON c.id = i.candidate_id
  GROUP BY 1`;

/** By type of tirocinio. */
export const TYPES_SQL = `
  SELECT i.type AS key, sum(f.started) AS started, sum(f.ended) AS ended, sum(f.hired) AS hired
  FROM (${FILE_FLAGS}) f JOIN internships i ON i.id = f.fileId
  GROUP BY 1`;

/** Needs received, by month of receipt and by what became of them (their status today). */
export const NEEDS_SQL = `
  SELECT substr(n.received_on, 1, 7) AS month, count(*) AS received,
    sum(n.status = 'coperto') AS covered,
    sum(n.status IN ('nuovo', 'in_analisi', 'candidati_proposti')) AS open,
    sum(n.status IN ('chiuso_senza_esito', 'annullato')) AS closedWithout
  FROM needs n WHERE ${RECEIVED}
  GROUP BY 1 ORDER BY 1`;

/**
 * The attendance months of the period, by month: what the closed ones locked (hours, allowance
 * due, the host's and the projects' shares), and how many are entered but not closed yet. Of two
 * live rows for one file and month (two offices each recorded it) the one with the latest hlc is
 * the month, as for any record merged last-writer-wins.
 */
export const ALLOWANCE_SQL = `
  SELECT a.month AS month,
    count(DISTINCT CASE WHEN a.closed_at IS NOT NULL THEN a.internship_id END) AS files,
    sum(a.closed_at IS NOT NULL) AS closedMonths,
    sum(a.closed_at IS NULL) AS openMonths,
    coalesce(sum(CASE WHEN a.closed_at IS NOT NULL THEN a.attended_centi_hours END), 0) AS attendedCentiHours,
    coalesce(sum(CASE WHEN a.closed_at IS NOT NULL THEN a.closed_planned_centi_hours END), 0) AS plannedCentiHours,
    coalesce(sum(CASE WHEN a.closed_at IS NOT NULL THEN a.closed_due_cents END), 0) AS dueCents,
    coalesce(sum(CASE WHEN a.closed_at IS NOT NULL THEN a.closed_host_cents END), 0) AS hostCents,
    coalesce(sum(CASE WHEN a.closed_at IS NOT NULL THEN a.closed_project_cents END), 0) AS projectCents
  FROM internships i JOIN attendance_months a ON a.internship_id = i.id
  WHERE ${running('@monthStart')}
    AND a.deleted_at IS NULL AND a.month BETWEEN @monthFrom AND @monthTo
    AND NOT EXISTS (SELECT 1 FROM attendance_months b
      WHERE b.internship_id = a.internship_id AND b.month = a.month AND b.deleted_at IS NULL AND b.hlc > a.hlc)
  GROUP BY a.month ORDER BY a.month`;

/** Every statement, by name: the query-plan test walks them. */
export const REPORT_STATEMENTS = {
  protocol: PROTOCOL_SQL,
  months: MONTHS_SQL,
  outcomes: OUTCOMES_SQL,
  committees: COMMITTEES_SQL,
  categories: CATEGORIES_SQL,
  types: TYPES_SQL,
  needs: NEEDS_SQL,
  allowance: ALLOWANCE_SQL,
} as const;
