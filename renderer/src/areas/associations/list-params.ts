/**
 * The associations list's filters as they live in the address (Italian names, so a copied link or
 * a saved filter reads plainly), read into the `associations.list` input by the method's schema.
 */
import { associationListInput, type AssociationListInput, type ASSOCIATION_SORTS } from '@shared/api/associations';
import { listAddress } from '../../lib/list-address';

export const PAGE_SIZE = 50;

export type AssociationSort = (typeof ASSOCIATION_SORTS)[number];

export const associationsAddress = listAddress(
  associationListInput,
  {
    query: 'q',
    committee: 'comitato',
    legalForm: 'forma',
    province: 'provincia',
    employees: 'dipendenti',
    site: 'sportello',
    deleted: 'eliminate',
    sort: 'ordina',
    direction: 'verso',
    page: 'pagina',
  },
  { fixed: { pageSize: PAGE_SIZE } },
);

/** Address parameter names. */
export const P = associationsAddress.names;

export function readListInput(params: URLSearchParams): AssociationListInput {
  return associationsAddress.read(params);
}

/** True when something narrows the list (not the order, the page, or the deleted switch). */
export function hasNarrowing(input: AssociationListInput): boolean {
  return Boolean(input.query || input.committee || input.legalForm || input.province || (input.employees ?? 'any') !== 'any' || input.site);
}
