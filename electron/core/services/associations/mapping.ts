import type { Association, AssociationData } from '@shared/api/associations';
import { formatSite, type AddressParts } from '@shared/format/address';
import { employeesWords } from '@shared/rules/quota-basis';
import { sortKey } from '@shared/validation/text';
import type { associationSites, associations } from '../../db/schema';

export type AssociationRecord = typeof associations.$inferSelect;
export type SiteRecord = typeof associationSites.$inferSelect;

/** The columns written from validated form data (meta and search columns excluded). */
export function associationColumns(data: AssociationData) {
  const { sites: _sites, ...fields } = data;
  return {
    ...fields,
    nameSort: sortKey(data.name),
    comuneSort: sortKey(data.comune),
  };
}

export function toAssociation(row: AssociationRecord, sites: SiteRecord[]): Association {
  const { nameSort: _n, comuneSort: _c, searchRowid: _s, ...fields } = row;
  return { ...fields, sites: sites.filter((s) => !s.deletedAt) };
}

/**
 * One readable line per operating site, so the history shows site changes in words; with its
 * headcount when given, so changing only that is a change too (an unchanged form writes nothing).
 */
export function sitesSummary(sites: (AddressParts & { label?: string | null; employees?: number | null })[]): string | null {
  if (sites.length === 0) return null;
  return sites.map((s) => `${formatSite(s)}${s.employees === null || s.employees === undefined ? '' : ` (${employeesWords(s.employees)})`}`).join('; ');
}
