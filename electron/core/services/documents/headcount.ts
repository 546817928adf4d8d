/**
 * The headcount the documents print. The file keeps `hostEmployees`, the number its quota was
 * decided on when it went to signature: the site's own when the site has one, else the
 * association's (shared/rules/quota-basis.ts). The convenzione prints the association's number and,
 * when the quota was decided on the site's, that one too («30 dipendenti, di cui 4 nella sede del
 * tirocinio»).
 */
import { quotaBasis, type QuotaSite } from '@shared/rules/quota-basis';

export interface HostHeadcount {
  employees: number;
  siteEmployees: number | null;
}

/**
 * Which of the two the snapshot is is read from the registry as it is now, as the rest of the
 * host's data printed: a site given (or stripped of) its headcount after the file went to
 * signature makes the regenerated convenzione read the old snapshot the new way. The file's
 * terms change with it, so the pack asks for the convenzione to be signed again, as for any other
 * change of the host's data.
 */
export function hostHeadcount(snapshot: number | null, associationEmployees: number, site: QuotaSite | undefined): HostHeadcount {
  if (!quotaBasis(associationEmployees, site ?? null, true).siteHeadcount) {
    return { employees: snapshot ?? associationEmployees, siteEmployees: null };
  }
  return { employees: associationEmployees, siteEmployees: snapshot ?? site?.employees ?? null };
}
