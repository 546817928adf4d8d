/**
 * The candidates list's filters as they live in the address (Italian names, so a copied link or a
 * saved filter reads plainly), read into the `candidates.list` input by the method's schema.
 */
import { candidateListInput, type CANDIDATE_SORTS, type CandidateListInput } from '@shared/api/candidates';
import { listAddress, narrowing } from '../../../lib/list-address';

export const PAGE_SIZE = 50;

export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

export const candidatesAddress = listAddress(
  candidateListInput,
  {
    query: 'q',
    status: 'stato',
    targetCategory: 'categoria',
    province: 'provincia',
    comune: 'comune',
    availableBy: 'disponibile',
    shift: 'turno',
    licence: 'patente',
    ownVehicle: 'auto',
    ageMin: 'etaMin',
    ageMax: 'etaMax',
    educationMin: 'studio',
    operatorId: 'operatore',
    site: 'sportello',
    deleted: 'eliminati',
    sort: 'ordina',
    direction: 'verso',
    page: 'pagina',
  },
  { fixed: { pageSize: PAGE_SIZE } },
);

/** Address parameter names, by the `candidates.list` field each one fills. */
export const P = candidatesAddress.names;

/** "Disponibile da subito" is saved as this word, so a saved filter means today whenever it is used. */
export const AVAILABLE_NOW = 'oggi';

export const AGE_MIN = 14;
export const AGE_MAX = 100;

/** An age the list accepts; anything else (half-typed "1", letters) is left out of the search. */
export function readAge(raw: string | null): number | null {
  if (raw === null || !/^\d{1,3}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= AGE_MIN && n <= AGE_MAX ? n : null;
}

export function readListInput(params: URLSearchParams, today: string): CandidateListInput {
  return candidatesAddress.read(params, { availableBy: (raw) => (raw === AVAILABLE_NOW ? today : raw) });
}

/** Filters kept behind "Altri filtri": the panel opens by itself when one of them is set. */
export const MORE_FILTERS = [P.availableBy, P.shift, P.licence, P.ownVehicle, P.ageMin, P.ageMax, P.educationMin] as const;

/** Parameters that narrow the list (not the order, the page, or the deleted switch); cleared, the order and the deleted switch are left. */
const narrowed = narrowing([P.query, P.status, P.targetCategory, P.province, P.comune, P.operatorId, P.site, ...MORE_FILTERS], P.page);

export const hasNarrowing = narrowed.any;
export const withoutFilters = narrowed.clear;
