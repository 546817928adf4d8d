/**
 * The needs list's filters as they live in the address (Italian names, so a copied link reads
 * plainly) and their translation into the `needs.list` input.
 */
import { needListInput, type NeedListInput } from '@shared/api/needs';
import { listAddress, narrowing } from '../../../lib/list-address';

export const PAGE_SIZE = 50;

/** "In attesa da più di…": the waits a desk asks about. */
export const WAIT_DAYS = [7, 30, 60] as const;

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

/** Address parameter names, by the `needs.list` field each one fills. */
export const P = needsAddress.names;

export function readListInput(params: URLSearchParams): NeedListInput {
  return needsAddress.read(params);
}

/** Parameters that narrow the list (not the page or the deleted switch); cleared, only the deleted switch is left. */
const narrowed = narrowing([P.query, P.status, P.province, P.committee, P.operatorId, P.offer, P.olderThanDays, P.site], P.page);

export const hasNarrowing = narrowed.any;
export const withoutFilters = narrowed.clear;
