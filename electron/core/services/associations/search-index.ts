/** What `associations_fts` holds for an association and its operating sites. */
import { searchText } from '../../search/fts-document';

export interface SearchableAssociation {
  searchRowid: number | null;
  name: string;
  taxCode: string;
  vatNumber: string | null;
  aicsAffiliation: string | null;
  committee: string | null;
  registryNumber: string | null;
  address: string;
  comune: string;
  province: string | null;
  legalRepName: string | null;
  contactName: string | null;
  email: string | null;
  pec: string | null;
  sector: string | null;
}

export function searchBody(a: SearchableAssociation, sites: { label: string | null; comune: string; address: string }[]): string {
  const parts = [
    a.name, a.taxCode, a.vatNumber, a.aicsAffiliation, a.committee, a.registryNumber, a.address, a.comune,
    a.province, a.legalRepName, a.contactName, a.email, a.pec, a.sector,
    ...sites.flatMap((s) => [s.label, s.address, s.comune]),
  ];
  return searchText(parts);
}
