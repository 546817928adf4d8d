/**
 * The internship list's filters as they live in the address (Italian names, so a copied link reads
 * plainly) and their translation into the `internships.list` input.
 */
import { INTERNSHIP_STATUSES, INTERNSHIP_TYPES, type InternshipListInput } from '@shared/api/internships';

export const PAGE_SIZE = 50;

/** "Finiscono entro…": the horizons the desk plans extensions and certificates on. */
export const ENDING_DAYS = [30, 60] as const;

export type { UpdateFilters } from '../../../lib/useListParams';

/** Address parameter names. */
export const P = {
  query: 'q',
  status: 'stato',
  type: 'tipo',
  association: 'associazione',
  tutor: 'tutor',
  ending: 'fine',
  attendanceMissing: 'senzaore',
  office: 'sportello',
  deleted: 'eliminate',
  page: 'pagina',
} as const;

function pick<T extends string | number>(values: readonly T[], raw: string | null): T | null {
  return values.find((v) => String(v) === raw) ?? null;
}

export function readListInput(params: URLSearchParams): InternshipListInput {
  return {
    query: params.get(P.query) ?? '',
    status: pick(INTERNSHIP_STATUSES, params.get(P.status)),
    type: pick(INTERNSHIP_TYPES, params.get(P.type)),
    associationId: params.get(P.association),
    promoterTutorId: params.get(P.tutor),
    // Only the offered horizons: a hand-edited address with another number is ignored, not obeyed.
    endingWithinDays: pick(ENDING_DAYS, params.get(P.ending)),
    attendanceMissing: params.get(P.attendanceMissing) === '1',
    site: params.get(P.office),
    deleted: params.get(P.deleted) === '1',
    page: Math.max(1, Number(params.get(P.page)) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** True when a filter (not the search text, not the page) narrows the list. */
export function hasFilter(params: URLSearchParams): boolean {
  return [P.status, P.type, P.association, P.tutor, P.ending, P.attendanceMissing, P.office, P.deleted].some((k) => params.has(k));
}

/** The address without the filters: the search text stays, the page starts again. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  const query = params.get(P.query);
  if (query) next.set(P.query, query);
  return next;
}
