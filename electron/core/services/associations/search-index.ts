/** Keeps `associations_fts` in step with an association and its operating sites. */
import type BetterSqlite3 from 'better-sqlite3';

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
  return parts.filter((p): p is string => Boolean(p)).join(' ');
}

/** Writes the search document; returns the FTS rowid to store on the record. */
export function indexAssociation(sqlite: BetterSqlite3.Database, rowid: number | null, body: string): number {
  if (rowid !== null) {
    sqlite.prepare('DELETE FROM associations_fts WHERE rowid = ?').run(rowid);
    sqlite.prepare('INSERT INTO associations_fts (rowid, body) VALUES (?, ?)').run(rowid, body);
    return rowid;
  }
  const result = sqlite.prepare('INSERT INTO associations_fts (body) VALUES (?)').run(body);
  return Number(result.lastInsertRowid);
}
