/**
 * The needs list's filters as they live in the address (Italian names, so a copied link reads
 * plainly) and their translation into the `needs.list` input.
 */
import { needListInput, type NeedListInput } from '@shared/api/needs';
import { listAddress } from '../../../lib/list-address';

export const PAGE_SIZE = 50;

/** "In attesa da più di…": the waits a desk asks about. */
export const WAIT_DAYS = [7, 30, 60] as const;

export type { UpdateFilters, UpdateOptions } from '../../../lib/useListParams';

/** The address of the needs list: its parameters, read into `needs.list` by the method's schema. */
export const needsAddress = listAddress(
  needListInput,
  {
    query: 'q',
    status: 'stato',
    province: 'provincia',
    committee: 'comitato',
    operatorId: 'operatore',
    offer: 'offre',
    olderThanDays: 'attesa',
    site: 'sportello',
    deleted: 'eliminati',
    page: 'pagina',
  },
  // Only the offered waits: a hand-edited address with another number is ignored, not obeyed.
  { fixed: { pageSize: PAGE_SIZE }, choices: { olderThanDays: WAIT_DAYS } },
);

/** Address parameter names. */
export const P = {
  query: needsAddress.names.query,
  status: needsAddress.names.status,
  province: needsAddress.names.province,
  committee: needsAddress.names.committee,
  operator: needsAddress.names.operatorId,
  offer: needsAddress.names.offer,
  olderThanDays: needsAddress.names.olderThanDays,
  office: needsAddress.names.site,
  deleted: needsAddress.names.deleted,
  page: needsAddress.names.page,
} as const;

export function readListInput(params: URLSearchParams): NeedListInput {
  return needsAddress.read(params);
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
