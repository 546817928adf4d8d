/**
 * What the rule checker needs to know beyond the file itself: the host's size, declarations and
 * its other interns over the same dates at the same site, the host tutor's other interns, the candidate's other internship.
 */
import { formatItalianDate } from '@shared/validation/italian-time';
import type BetterSqlite3 from 'better-sqlite3';
import type { TargetCategory } from '@shared/api/candidate-fields';
import type { InternshipData } from '@shared/api/internship-fields';
import type { CheckContext } from '@shared/rules/internship-check';
import type { HostDeclarations } from '@shared/rules/host-eligibility';
import type { InternshipRuleSet } from '@shared/rules/internship-rules';
import type { QuotaBasis } from '@shared/rules/quota-basis';
import type { ReadCtx } from '../../context';

/** Files that hold a place: signed or being signed, running or suspended. */
const HOLDING = "('in_firma', 'attivo', 'sospeso')";

/**
 * Other files overlapping [start, end]; without dates yet, those holding a place today. The
 * end of another file is its real end when it has one, else its planned end.
 */
interface Holding {
  id: string;
  number: string;
  association: string;
  startDate: string | null;
  endDate: string | null;
}

/**
 * Other files overlapping [start, end]; without dates yet, those holding a place today. The
 * end of another file is its real end when it has one, else its planned end.
 */
function overlapping(
  sqlite: BetterSqlite3.Database,
  column: 'association_id' | 'host_tutor_tax_code' | 'candidate_id',
  value: string,
  selfId: string | null,
  period: { from: string; to: string } | null,
  /** Only the files at this operating site (null: the registered office); undefined: any site. */
  site?: string | null,
): Holding[] {
  const dates = period ? 'AND i.start_date <= ? AND coalesce(i.actual_end_date, i.planned_end_date, i.start_date) >= ?' : '';
  const atSite = site === undefined ? '' : 'AND i.operating_site_id IS ?';
  return sqlite
    .prepare(
      `SELECT i.id, i.number, a.name AS association, i.start_date AS startDate,
         coalesce(i.actual_end_date, i.planned_end_date, i.start_date) AS endDate
       FROM internships i JOIN associations a ON a.id = i.association_id
       WHERE i.${column} = ? AND i.deleted_at IS NULL AND i.status IN ${HOLDING} AND i.id IS NOT ? ${dates} ${atSite}`,
    )
    .all(value, selfId, ...(period ? [period.to, period.from] : []), ...(site === undefined ? [] : [site])) as Holding[];
}

/**
 * The most of `others` present on one same day within `period`: files from January to March and
 * from April to June are never there together, so they count as one, not two. Enough to look at
 * the first day of the period and at each day another file starts.
 */
export function mostAtOnce(others: readonly Holding[], period: { from: string; to: string } | null): number {
  if (!period) return others.length;
  const days = [period.from, ...others.map((o) => o.startDate).filter((d): d is string => d !== null && d > period.from && d <= period.to)];
  let most = 0;
  for (const day of days) {
    const present = others.filter((o) => (o.startDate ?? day) <= day && (o.endDate ?? day) >= day).length;
    if (present > most) most = present;
  }
  return most;
}

/** Statuses of a tirocinio that took place or is taking place (a draft is not one yet). */
const SIGNED_OR_LATER = "('in_firma', 'attivo', 'sospeso', 'concluso', 'interrotto')";

/**
 * Another tirocinio of the same person at the same host, whenever (DOMAIN.md «Person»: not the
 * same host twice); the earliest one, to name it in the finding.
 */
function sameHost(sqlite: BetterSqlite3.Database, data: InternshipData, selfId: string | null): { label: string } | null {
  const row = sqlite
    .prepare(
      `SELECT number, start_date AS startDate, status FROM internships
       WHERE candidate_id = ? AND association_id = ? AND deleted_at IS NULL AND id IS NOT ? AND status IN ${SIGNED_OR_LATER}
       ORDER BY coalesce(start_date, '9999') LIMIT 1`,
    )
    .get(data.candidateId, data.associationId, selfId) as { number: string; startDate: string | null; status: string } | undefined;
  if (!row) return null;
  return { label: `pratica ${row.number}${row.startDate ? `, dal ${formatItalianDate(row.startDate)}` : ''}` };
}

/**
 * The host's side of the quota: its other interns of ours over these dates at the file's operating
 * site (the national guidelines count per «unità operativa»), with the headcount `basis` decided
 * on (the site's own when it has one: `shared/rules/quota-basis.ts`). Under the protocol exception
 * (no employees) the one intern is the association's, so every site counts.
 */
function hostSide(
  sqlite: BetterSqlite3.Database,
  data: InternshipData,
  selfId: string | null,
  basis: QuotaBasis,
  declarations: HostDeclarations | undefined,
  period: { from: string; to: string } | null,
): CheckContext['host'] {
  const others = overlapping(sqlite, 'association_id', data.associationId, selfId, period, basis.wholeAssociation ? undefined : data.operatingSiteId);
  return {
    employees: basis.employees,
    protocolHost: basis.protocolHost,
    siteHeadcount: basis.siteHeadcount,
    siteWords: basis.siteWords,
    headcount: basis.headcount,
    reason: basis.reason,
    otherInterns: mostAtOnce(others, period),
    declarations: {
      noLayoffsDeclaredOn: declarations?.noLayoffsDeclaredOn ?? null,
      safetyDeclaredOn: declarations?.safetyDeclaredOn ?? null,
      disabilityQuotaDeclaredOn: declarations?.disabilityQuotaDeclaredOn ?? null,
    },
  };
}

export function checkContext(
  ctx: ReadCtx,
  data: InternshipData,
  selfId: string | null,
  rules: InternshipRuleSet,
  category: TargetCategory | null,
  /** The headcount the quota is decided on at the file's site (`quotaBasisOf`). */
  basis: QuotaBasis,
): CheckContext {
  const { sqlite } = ctx;
  const declarations = sqlite
    .prepare(
      `SELECT no_layoffs_declared_on AS noLayoffsDeclaredOn, safety_declared_on AS safetyDeclaredOn,
         disability_quota_declared_on AS disabilityQuotaDeclaredOn FROM associations WHERE id = ?`,
    )
    .get(data.associationId) as HostDeclarations | undefined;
  const period = data.startDate ? { from: data.startDate, to: data.plannedEndDate ?? data.startDate } : null;
  const other = overlapping(sqlite, 'candidate_id', data.candidateId, selfId, period)[0];
  const person = sqlite.prepare('SELECT birth_date AS birthDate FROM candidates WHERE id = ?').get(data.candidateId) as { birthDate: string | null } | undefined;
  return {
    rules,
    category,
    host: hostSide(sqlite, data, selfId, basis, declarations, period),
    tutorOtherInterns: data.hostTutorTaxCode ? mostAtOnce(overlapping(sqlite, 'host_tutor_tax_code', data.hostTutorTaxCode, selfId, period), period) : 0,
    candidateOtherInternship: other
      ? { label: `pratica ${other.number} presso ${other.association}${other.startDate ? `, dal ${formatItalianDate(other.startDate)}` : ''}` }
      : null,
    sameHostInternship: sameHost(sqlite, data, selfId),
    candidateBirthDate: person?.birthDate ?? null,
    today: ctx.today(),
  };
}
