/**
 * What the matching reads, in the shape `shared/rules/matching` expects. Ranking scores every
 * person for one need: reading 100,000 rows from SQLite takes most of a second here, so the facts
 * live in memory and only the records written since the last ranking are read again
 * (`change-log-cache.ts`).
 */
import { educationRank, RESTRICTED_CATEGORY_VALUE, isRestrictedCategory, type EducationLevel } from '@shared/api/candidate-fields';
import { foldedRequirements, type CandidateFacts, type NeedRequirements } from '@shared/rules/matching';
import { CandidateColumns, type ColumnRecord } from '@shared/rules/matching-columns';
import type { ReadCtx } from '../../context';
import { parseStringArrayColumn } from '../../db/json-column';
import { changeLogCache, placeholders } from './change-log-cache';

interface RawCandidate {
  id: string;
  name_sort: string;
  status: string;
  res_comune: string | null;
  res_province: string | null;
  domicile_same: number;
  dom_comune: string | null;
  dom_province: string | null;
  hours_per_week: number | null;
  skills: string;
  shifts: string;
  driving_licences: string;
  own_vehicle: number;
  education_rank: number | null;
  target_category: string | null;
  available_from: string | null;
}

const CANDIDATE_COLUMNS = `id, name_sort, status, res_comune, res_province, domicile_same, dom_comune, dom_province, hours_per_week, skills, shifts, driving_licences,
  own_vehicle, education_rank, target_category, available_from`;

/**
 * The JSON lists here are read with `parseStringArrayColumn`, the cheap check of db/json-column.ts, not
 * with zod: `loadAll` turns every live person (100,000 rows) and every open need into facts on a cold
 * start. A damaged value still throws naming its column; codes outside their list are not looked for.
 */
function factsOf(r: RawCandidate): CandidateFacts {
  const livesAtDomicile = r.domicile_same === 0 && r.dom_comune !== null;
  return {
    id: r.id,
    name: r.name_sort,
    skills: parseStringArrayColumn('candidates.skills', r.skills),
    // A person domiciled elsewhere (a shelter, a fictitious residence, a student) lives at the domicile.
    comune: livesAtDomicile ? r.dom_comune : r.res_comune,
    province: livesAtDomicile ? r.dom_province : r.res_province,
    hoursPerWeek: r.hours_per_week,
    shifts: parseStringArrayColumn('candidates.shifts', r.shifts),
    licences: parseStringArrayColumn('candidates.driving_licences', r.driving_licences),
    ownVehicle: r.own_vehicle === 1,
    educationRank: r.education_rank,
    targetCategory: r.target_category,
    availableFrom: r.available_from,
  };
}

function columnRecord(r: RawCandidate): ColumnRecord {
  return { id: r.id, nameKey: r.name_sort, available: r.status === 'attivo', facts: factsOf(r) };
}

/**
 * Everyone's facts as columns (shared/rules/matching-columns.ts): no object per person is kept,
 * and the cold load walks the rows once without building them as objects first.
 */
const candidatesCache = changeLogCache<ColumnRecord, CandidateColumns>({
  log: 'candidate_changes',
  idColumn: 'candidate_id',
  loadAll: (sqlite) => {
    const columns = new CandidateColumns();
    for (const r of sqlite.prepare(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE deleted_at IS NULL`).iterate() as Iterable<RawCandidate>) {
      columns.set(r.id, columnRecord(r));
    }
    return columns;
  },
  loadSome: (sqlite, ids) => {
    const rows = sqlite
      .prepare(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE deleted_at IS NULL AND id IN (${placeholders(ids)})`)
      .all(...ids) as RawCandidate[];
    return new Map(rows.map((r) => [r.id, columnRecord(r)]));
  },
});

/** Every live candidate's facts as columns, up to date with the database. */
export function candidateColumns(ctx: ReadCtx): CandidateColumns {
  return candidatesCache(ctx.sqlite);
}

/** The facts the caller may see: a protected target category folded for those without the right (decision 0026). */
function visibleFacts(facts: CandidateFacts, seesRestricted: boolean): CandidateFacts {
  return !seesRestricted && isRestrictedCategory(facts.targetCategory) ? { ...facts, targetCategory: RESTRICTED_CATEGORY_VALUE } : facts;
}

/** A need's requirements as the caller may weigh them: protected categories folded for those without the right. */
export function requirementsSeen(need: NeedFactsRow, seesRestricted: boolean): NeedRequirements {
  return seesRestricted ? need.requirements : foldedRequirements(need.requirements);
}

/** How many live candidates are left out of a ranking because they are not available. */
export function countUnavailable(ctx: ReadCtx): number {
  return (ctx.sqlite.prepare("SELECT count(*) AS n FROM candidates WHERE deleted_at IS NULL AND status <> 'attivo'").get() as { n: number }).n;
}

/** The facts of one candidate read now (the reverse ranking, and the score kept with a proposal). */
export function candidateFacts(ctx: ReadCtx, id: string, seesRestricted: boolean): (CandidateFacts & { status: string }) | null {
  const r = ctx.sqlite.prepare(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE id = ?`).get(id) as RawCandidate | undefined;
  if (!r) return null;
  return { ...visibleFacts(factsOf(r), seesRestricted), status: r.status };
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
      skills: parseStringArrayColumn('needs.skills', r.skills),
      comune: r.comune,
      province: r.province,
      hoursPerWeek: r.hours_per_week,
      shifts: parseStringArrayColumn('needs.shifts', r.shifts),
      licence: r.licence,
      vehicleNeeded: r.vehicle_needed === 1,
      educationRank: educationRank(r.education_level as EducationLevel | null),
      categories: parseStringArrayColumn('needs.categories', r.categories),
      startDate: r.period_from,
    },
  };
}

export function needFacts(ctx: ReadCtx, id: string): NeedFactsRow | null {
  const r = ctx.sqlite.prepare(`${NEED_SELECT} WHERE n.id = ?`).get(id) as RawNeed | undefined;
  return r ? needRow(r) : null;
}

const OPEN_NEEDS = "n.deleted_at IS NULL AND n.status IN ('nuovo', 'in_analisi', 'candidati_proposti')";

/**
 * Needs still looking for people (not covered, closed, cancelled or deleted), kept in memory like
 * the candidates: the reverse ranking scores one person against all of them. The triggers log a
 * need when it, its association or its operating site changes (name, comune, province).
 */
const openNeedsCache = changeLogCache<NeedFactsRow>({
  log: 'need_changes',
  idColumn: 'need_id',
  loadAll: (sqlite) => new Map((sqlite.prepare(`${NEED_SELECT} WHERE ${OPEN_NEEDS}`).all() as RawNeed[]).map((r) => [r.id, needRow(r)])),
  loadSome: (sqlite, ids) =>
    new Map(
      (sqlite.prepare(`${NEED_SELECT} WHERE ${OPEN_NEEDS} AND n.id IN (${placeholders(ids)})`).all(...ids) as RawNeed[]).map((r) => [
        r.id,
        needRow(r),
      ]),
    ),
});

export function openNeedFacts(ctx: ReadCtx): NeedFactsRow[] {
  return [...openNeedsCache(ctx.sqlite).values()];
}

/** Loads both matching caches now (at start, so the first ranking of the day is not the slow one). */
export function warmMatchingCaches(ctx: ReadCtx): void {
  candidatesCache(ctx.sqlite);
  openNeedsCache(ctx.sqlite);
}
