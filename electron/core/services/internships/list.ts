/** The internships list: newest start first, search by number, person or host, filters. Thousands of files at most. */
import type { InternshipListParams, InternshipRow } from '@shared/api/internships';
import { addDays, monthPeriod } from '@shared/rules/calendar';
import { foldText } from '@shared/validation/text';
import type { ReadCtx } from '../../context';

/** The list's filters as SQL over `i` (with the person `c`, the host `a`, the tutor `o`, the office), and its order. */
export function internshipListQuery(ctx: ReadCtx, input: InternshipListParams) {
  const where = [input.deleted ? "i.deleted_at > ''" : 'i.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  for (const word of foldText(input.query).split(' ').filter(Boolean)) {
    // Names are stored with their accents: lower() and the folded word meet on plain letters, the usual case.
    add("(lower(i.number) LIKE ? OR c.name_sort LIKE ? OR lower(a.name) LIKE ?)", `%${word}%`, `%${word}%`, `%${word}%`);
  }
  if (input.status) add('i.status = ?', input.status);
  if (input.associationId) add('i.association_id = ?', input.associationId);
  if (input.promoterTutorId) add('i.promoter_tutor_id = ?', input.promoterTutorId);
  if (input.candidateId) add('i.candidate_id = ?', input.candidateId);
  if (input.type) add('i.type = ?', input.type);
  if (input.site) add('i.site_id = ?', input.site);
  if (input.endingWithinDays !== null) {
    const today = ctx.today();
    add("i.status IN ('attivo', 'sospeso') AND i.planned_end_date BETWEEN ? AND ?", today, addDays(today, input.endingWithinDays));
  }
  if (input.attendanceMissing) {
    const today = ctx.today();
    const [y, m] = today.split('-').map(Number) as [number, number];
    const last = monthPeriod(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1);
    add(
      `i.status IN ('attivo', 'sospeso', 'concluso', 'interrotto') AND i.start_date <= ? AND coalesce(i.actual_end_date, i.planned_end_date) >= ?
       AND NOT EXISTS (SELECT 1 FROM attendance_months am WHERE am.internship_id = i.id AND am.month = ? AND am.deleted_at IS NULL AND am.attended_centi_hours IS NOT NULL)`,
      last.to,
      last.from,
      last.from.slice(0, 7),
    );
  }
  const from = `FROM internships i JOIN candidates c ON c.id = i.candidate_id JOIN associations a ON a.id = i.association_id
    LEFT JOIN operators o ON o.id = i.promoter_tutor_id LEFT JOIN sites office ON office.id = i.site_id`;
  return { from, clause: where.join(' AND '), params, order: 'coalesce(i.start_date, i.created_at) DESC, i.rowid DESC' };
}

export function listInternships(ctx: ReadCtx, input: InternshipListParams) {
  const { from, clause, params, order } = internshipListQuery(ctx, input);
  const items = ctx.sqlite
    .prepare(
      `SELECT i.id, i.number, c.last_name || ' ' || c.first_name AS candidateName, a.name AS associationName, i.type, i.status,
        i.start_date AS startDate, i.planned_end_date AS plannedEndDate, o.full_name AS promoterTutorName,
        office.code AS officeCode
       ${from} WHERE ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, input.pageSize, (input.page - 1) * input.pageSize) as InternshipRow[];
  const total = (ctx.sqlite.prepare(`SELECT count(*) AS n ${from} WHERE ${clause}`).get(...params) as { n: number }).n;
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** The rowids of every file the list's filters select, in its order: the rows of an export (services/exports). */
export function internshipListSelection(ctx: ReadCtx, input: InternshipListParams): number[] {
  const { from, clause, params, order } = internshipListQuery(ctx, input);
  return ctx.sqlite.prepare(`SELECT i.rowid ${from} WHERE ${clause} ORDER BY ${order}`).pluck().all(...params) as number[];
}
