/**
 * What the matching reads, loaded straight from SQLite in the shape `shared/rules/matching`
 * expects. Ranking reads every available person for one need, so these statements select only
 * the columns the factors use and parse JSON lists only when the need asks about them.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { educationRank, RESTRICTED_CATEGORY_VALUE, isRestrictedCategory, type EducationLevel } from '../../../../shared/api/candidate-fields';
import type { CandidateFacts, NeedRequirements } from '../../../../shared/rules/matching';
import { foldText } from '../../../../shared/validation/text';

export interface CandidateFactsRow {
  id: string;
  nameKey: string;
  status: string;
  facts: CandidateFacts;
}

interface RawCandidate {
  id: string;
  name_sort: string;
  status: string;
  res_comune: string | null;
  res_province: string | null;
  hours_per_week: number | null;
  shifts: string;
  driving_licences: string;
  own_vehicle: number;
  education_rank: number | null;
  target_category: string | null;
  available_from: string | null;
}

const CANDIDATE_COLUMNS = `id, name_sort, status, res_comune, res_province, hours_per_week, shifts, driving_licences,
  own_vehicle, education_rank, target_category, available_from`;

const NO_LIST: string[] = [];

/**
 * Facts of every live candidate (available ones only unless asked). Skills are limited to those
 * the need asks for, read from the derived skills table: the factor only compares those, so the
 * score is the same as with the whole list, without parsing 100,000 JSON arrays.
 */
export function loadCandidateFacts(
  sqlite: BetterSqlite3.Database,
  need: NeedRequirements,
  options: { includeUnavailable: boolean; seesRestricted: boolean },
): CandidateFactsRow[] {
  const skillsById = skillsAskedFor(sqlite, need.skills);
  const rows = sqlite
    .prepare(
      `SELECT ${CANDIDATE_COLUMNS} FROM candidates
       WHERE deleted_at IS NULL ${options.includeUnavailable ? '' : "AND status = 'attivo'"}`,
    )
    .all() as RawCandidate[];
  const wantsShifts = need.shifts.length > 0;
  const wantsLicence = need.licence !== null;
  return rows.map((r) => ({
    id: r.id,
    nameKey: r.name_sort,
    status: r.status,
    facts: {
      id: r.id,
      name: r.name_sort,
      skills: skillsById.get(r.id) ?? NO_LIST,
      comune: r.res_comune,
      province: r.res_province,
      hoursPerWeek: r.hours_per_week,
      shifts: wantsShifts ? (JSON.parse(r.shifts) as string[]) : NO_LIST,
      licences: wantsLicence ? (JSON.parse(r.driving_licences) as string[]) : NO_LIST,
      ownVehicle: r.own_vehicle === 1,
      educationRank: r.education_rank,
      targetCategory: visibleCategory(r.target_category, options.seesRestricted),
      availableFrom: r.available_from,
    },
  }));
}

/** How many live candidates are left out of a ranking because they are not available. */
export function countUnavailable(sqlite: BetterSqlite3.Database): number {
  return (sqlite.prepare("SELECT count(*) AS n FROM candidates WHERE deleted_at IS NULL AND status <> 'attivo'").get() as { n: number }).n;
}

function skillsAskedFor(sqlite: BetterSqlite3.Database, skills: string[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  if (skills.length === 0) return byId;
  const keys = [...new Set(skills.map((s) => foldText(s)))];
  const rows = sqlite
    .prepare(`SELECT candidate_id AS id, skill FROM candidate_skills WHERE skill_key IN (${keys.map(() => '?').join(',')})`)
    .all(...keys) as { id: string; skill: string }[];
  for (const r of rows) {
    const list = byId.get(r.id);
    if (list) list.push(r.skill);
    else byId.set(r.id, [r.skill]);
  }
  return byId;
}

/** The full facts of one candidate (the reverse ranking: needs for this person). */
export function candidateFacts(sqlite: BetterSqlite3.Database, id: string, seesRestricted: boolean): (CandidateFacts & { status: string }) | null {
  const r = sqlite.prepare(`SELECT ${CANDIDATE_COLUMNS}, skills FROM candidates WHERE id = ?`).get(id) as (RawCandidate & { skills: string }) | undefined;
  if (!r) return null;
  return {
    id: r.id,
    name: r.name_sort,
    skills: JSON.parse(r.skills) as string[],
    comune: r.res_comune,
    province: r.res_province,
    hoursPerWeek: r.hours_per_week,
    shifts: JSON.parse(r.shifts) as string[],
    licences: JSON.parse(r.driving_licences) as string[],
    ownVehicle: r.own_vehicle === 1,
    educationRank: r.education_rank,
    targetCategory: visibleCategory(r.target_category, seesRestricted),
    availableFrom: r.available_from,
    status: r.status,
  };
}

function visibleCategory(category: string | null, seesRestricted: boolean): string | null {
  return !seesRestricted && isRestrictedCategory(category) ? RESTRICTED_CATEGORY_VALUE : category;
}

export interface NeedFactsRow {
  id: string;
  title: string;
  titleKey: string;
  associationName: string;
  comune: string | null;
  province: string | null;
  status: string;
  requirements: NeedRequirements;
}

interface RawNeed {
  id: string;
  title: string;
  title_sort: string;
  status: string;
  skills: string;
  education_level: string | null;
  licence: string | null;
  vehicle_needed: number;
  hours_per_week: number | null;
  shifts: string;
  period_from: string | null;
  categories: string;
  association_name: string;
  comune: string | null;
  province: string | null;
}

/** The place of the work is the operating site's when the need names one, else the registered office's. */
const NEED_SELECT = `SELECT n.id, n.title, n.title_sort, n.status, n.skills, n.education_level, n.licence, n.vehicle_needed,
    n.hours_per_week, n.shifts, n.period_from, n.categories, a.name AS association_name,
    coalesce(s.comune, a.comune) AS comune, coalesce(s.province, a.province) AS province
  FROM needs n
  JOIN associations a ON a.id = n.association_id
  LEFT JOIN association_sites s ON s.id = n.operating_site_id`;

function needRow(r: RawNeed): NeedFactsRow {
  return {
    id: r.id,
    title: r.title,
    titleKey: r.title_sort,
    associationName: r.association_name,
    comune: r.comune,
    province: r.province,
    status: r.status,
    requirements: {
      skills: JSON.parse(r.skills) as string[],
      comune: r.comune,
      province: r.province,
      hoursPerWeek: r.hours_per_week,
      shifts: JSON.parse(r.shifts) as string[],
      licence: r.licence,
      vehicleNeeded: r.vehicle_needed === 1,
      educationRank: educationRank(r.education_level as EducationLevel | null),
      categories: JSON.parse(r.categories) as string[],
      startDate: r.period_from,
    },
  };
}

export function needFacts(sqlite: BetterSqlite3.Database, id: string): NeedFactsRow | null {
  const r = sqlite.prepare(`${NEED_SELECT} WHERE n.id = ?`).get(id) as RawNeed | undefined;
  return r ? needRow(r) : null;
}

/** Needs still looking for people: not covered, closed, cancelled or deleted. */
export function openNeedFacts(sqlite: BetterSqlite3.Database): NeedFactsRow[] {
  const rows = sqlite
    .prepare(`${NEED_SELECT} WHERE n.deleted_at IS NULL AND n.status IN ('nuovo', 'in_analisi', 'candidati_proposti')`)
    .all() as RawNeed[];
  return rows.map(needRow);
}
