/**
 * What the matching reads, in the shape `shared/rules/matching` expects. Ranking scores every
 * person for one need: reading 100,000 rows from SQLite takes most of a second here, so the facts
 * live in memory and only the records written since the last ranking are read again
 * (`change-log-cache.ts`).
 */
import { educationRank, RESTRICTED_CATEGORY_VALUE, isRestrictedCategory, type EducationLevel } from '@shared/api/candidate-fields';
import { foldedRequirements, type CandidateFacts, type NeedRequirements } from '@shared/rules/matching';
import type { CandidateColumns } from '@shared/rules/matching-columns';
import type { ReadCtx } from '../../context';
import { parseStringArrayColumn } from '../../db/json-column';
import { candidateMemory, factsOf, readCandidateRow } from '../candidates/memory';
import { changeLogCache, placeholders } from './change-log-cache';

/** Every live candidate's facts as columns, up to date with the database. */
export function candidateColumns(ctx: ReadCtx): CandidateColumns {
  return candidateMemory(ctx).columns;
}


/** The facts the caller may see: a protected target category folded for those without the right (decision 0026). */
function visibleFacts(facts: CandidateFacts, seesRestricted: boolean): CandidateFacts {
  return !seesRestricted && isRestrictedCategory(facts.targetCategory) ? { ...facts, targetCategory: RESTRICTED_CATEGORY_VALUE } : facts;
}

/** A need's requirements as the caller may weigh them: protected categories folded for those without the right. */
export function requirementsSeen(need: NeedFactsRow, seesRestricted: boolean): NeedRequirements {
  return seesRestricted ? need.requirements : foldedRequirements(need.requirements);
}

/** The facts of one candidate read now (the reverse ranking, and the score kept with a proposal). */
export function candidateFacts(ctx: ReadCtx, id: string, seesRestricted: boolean): (CandidateFacts & { status: string }) | null {
  const r = readCandidateRow(ctx, id);
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
  candidateMemory(ctx);
  openNeedsCache(ctx.sqlite);
}
