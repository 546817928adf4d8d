/**
 * The needs list's filters as they live in the address (Italian names, so a copied link reads
 * plainly) and their translation into the `needs.list` input.
 */
import { NEED_OFFERS, NEED_STATUSES, type NeedListInput } from '../../../../../shared/api/needs';

export const PAGE_SIZE = 50;

/** "In attesa da più di…": the waits a desk asks about. */
export const WAIT_DAYS = [7, 30, 60] as const;

export type { UpdateFilters, UpdateOptions } from '../../../lib/useListParams';

/** Address parameter names. */
export const P = {
  query: 'q',
  status: 'stato',
  province: 'provincia',
  committee: 'comitato',
  operator: 'operatore',
  offer: 'offre',
  olderThanDays: 'attesa',
  office: 'sportello',
  deleted: 'eliminati',
  page: 'pagina',
} as const;

function pick<T extends string>(values: readonly T[], raw: string | null): T | null {
  return values.find((v) => v === raw) ?? null;
}

/** Only the offered waits: a hand-edited address with another number is ignored, not obeyed. */
function readWait(raw: string | null): number | null {
  return WAIT_DAYS.find((d) => String(d) === raw) ?? null;
}

export function readListInput(params: URLSearchParams): NeedListInput {
  return {
    query: params.get(P.query) ?? '',
    status: pick(NEED_STATUSES, params.get(P.status)),
    province: params.get(P.province),
    committee: params.get(P.committee),
    operatorId: params.get(P.operator),
    offer: pick(NEED_OFFERS, params.get(P.offer)),
    olderThanDays: readWait(params.get(P.olderThanDays)),
    site: params.get(P.office),
    deleted: params.get(P.deleted) === '1',
    page: Math.max(1, Number(params.get(P.page)) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** Parameters that narrow the list (not the page or the deleted switch). */
const NARROWING = [P.query, P.status, P.province, P.committee, P.operator, P.offer, P.olderThanDays, P.office] as const;

export function hasNarrowing(params: URLSearchParams): boolean {
  return NARROWING.some((k) => (params.get(k) ?? '') !== '');
}

/** The parameters left when every filter is cleared: only the deleted switch. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of [...NARROWING, P.page]) next.delete(key);
  return next;
}
