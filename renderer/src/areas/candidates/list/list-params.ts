/**
 * The candidates list's filters as they live in the address (Italian names, so a copied link or a
 * saved filter reads plainly) and their translation into the `candidates.list` input.
 */
import {
  CANDIDATE_SORTS,
  CANDIDATE_STATUSES,
  DRIVING_LICENCES,
  EDUCATION_LEVELS,
  SHIFTS,
  TARGET_CATEGORIES,
  type CandidateListInput,
} from '@shared/api/candidates';

export const PAGE_SIZE = 50;

export type { UpdateFilters, UpdateOptions } from '../../../lib/useListParams';
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

/** Address parameter names. */
export const P = {
  query: 'q',
  status: 'stato',
  category: 'categoria',
  province: 'provincia',
  comune: 'comune',
  availableBy: 'disponibile',
  shift: 'turno',
  licence: 'patente',
  ownVehicle: 'auto',
  ageMin: 'etaMin',
  ageMax: 'etaMax',
  education: 'studio',
  operator: 'operatore',
  office: 'sportello',
  deleted: 'eliminati',
  sort: 'ordina',
  direction: 'verso',
  page: 'pagina',
} as const;

/** "Disponibile da subito" is saved as this word, so a saved filter means today whenever it is used. */
export const AVAILABLE_NOW = 'oggi';

export const AGE_MIN = 14;
export const AGE_MAX = 100;

function pick<T extends string>(values: readonly T[], raw: string | null): T | null {
  return values.find((v) => v === raw) ?? null;
}

/** An age the list accepts; anything else (half-typed "1", letters) is left out of the search. */
export function readAge(raw: string | null): number | null {
  if (raw === null || !/^\d{1,3}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= AGE_MIN && n <= AGE_MAX ? n : null;
}

function readDate(raw: string | null, today: string): string | null {
  if (raw === AVAILABLE_NOW) return today;
  return raw !== null && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null;
}

export function readListInput(params: URLSearchParams, today: string): CandidateListInput {
  return {
    query: params.get(P.query) ?? '',
    status: pick(CANDIDATE_STATUSES, params.get(P.status)),
    targetCategory: pick(TARGET_CATEGORIES, params.get(P.category)),
    province: params.get(P.province),
    comune: params.get(P.comune),
    availableBy: readDate(params.get(P.availableBy), today),
    shift: pick(SHIFTS, params.get(P.shift)),
    licence: pick(DRIVING_LICENCES, params.get(P.licence)),
    ownVehicle: params.get(P.ownVehicle) === '1' ? true : null,
    ageMin: readAge(params.get(P.ageMin)),
    ageMax: readAge(params.get(P.ageMax)),
    educationMin: pick(EDUCATION_LEVELS, params.get(P.education)),
    operatorId: params.get(P.operator),
    site: params.get(P.office),
    deleted: params.get(P.deleted) === '1',
    sort: pick(CANDIDATE_SORTS, params.get(P.sort)) ?? 'name',
    direction: params.get(P.direction) === 'desc' ? 'desc' : 'asc',
    page: Math.max(1, Number(params.get(P.page)) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** Filters kept behind "Altri filtri": the panel opens by itself when one of them is set. */
export const MORE_FILTERS = [P.availableBy, P.shift, P.licence, P.ownVehicle, P.ageMin, P.ageMax, P.education] as const;

/** Parameters that narrow the list (not the order, the page, or the deleted switch). */
const NARROWING = [P.query, P.status, P.category, P.province, P.comune, P.operator, P.office, ...MORE_FILTERS] as const;

export function countSet(params: URLSearchParams, keys: readonly string[]): number {
  return keys.filter((k) => (params.get(k) ?? '') !== '').length;
}

export function hasNarrowing(params: URLSearchParams): boolean {
  return countSet(params, NARROWING) > 0;
}

/** The parameters left when every filter is cleared: only the order and the deleted switch. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of [...NARROWING, P.page]) next.delete(key);
  return next;
}
