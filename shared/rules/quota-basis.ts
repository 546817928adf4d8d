/**
 * Which headcount a host's quota is decided on, and where its interns are counted. The national
 * guidelines count per «unità operativa» (DOMAIN.md «Interns at one host at the same time»): an
 * operating site whose own headcount the association gave is checked with it; a site without one,
 * and the registered office (which keeps no number of its own), with the association's. Pure, so
 * the checker, the file's snapshot, the needs screen and the convenzione read the same numbers
 * and say them with the same words.
 */
import { hostQuota, PIEDMONT_HOST_QUOTA, type HostQuota, type HostQuotaRule } from './host-quota';
import { count } from '../text/plural';

/** An operating site as the quota needs it; `employees` null = the association did not say. */
export interface QuotaSite {
  label: string | null;
  address: string;
  comune: string;
  employees: number | null;
}

export interface QuotaBasis {
  /** The headcount the quota is decided on (the file keeps it as `hostEmployees`). */
  employees: number;
  /** Whether the AICS–Exar protocol's no-employee exception may apply. */
  protocolHost: boolean;
  /** The interns are counted at every site, not only at this one (the protocol's one intern is the association's). */
  wholeAssociation: boolean;
  /** True when the site's own headcount decides (the convenzione then prints it beside the association's). */
  siteHeadcount: boolean;
  /** Where the interns are counted: «nella sede legale», «nella sede Palestra», «in tutte le sue sedi». */
  siteWords: string;
  /** The headcount in words, after «con»: «4 dipendenti nella sede Palestra», «30 dipendenti dell’associazione». */
  headcount: string;
  /** Why the association's number stands for a site's: «la sede non ha un numero suo»; null otherwise. */
  reason: string | null;
}

/** The words a finding or an explanation needs; a subset, so a test can state them by hand. */
export type QuotaWords = Pick<QuotaBasis, 'employees' | 'protocolHost' | 'siteHeadcount' | 'siteWords' | 'headcount' | 'reason'>;

export const NO_SITE_NUMBER = 'la sede non ha un numero suo';

export function employeesWords(n: number): string {
  return count(n, 'dipendente', 'dipendenti');
}

function siteName(site: QuotaSite): string {
  return `nella sede ${site.label ?? `di ${site.address}, ${site.comune}`}`;
}

/**
 * The basis of the quota at `site` (null: the registered office). `protocolHost`: the association
 * comes through the AICS–Exar protocol.
 *
 * The protocol exception is decided on the association's total, never on a site's: it is for an
 * association with no employees at all, whose one intern is the association's (so every site
 * counts). A site with 0 employees of an association that has employees elsewhere is not such a
 * host: the association is an employer, the exception does not reach it, and that site hosts no
 * one. A site's number of an association that says it has none is a contradiction the form
 * refuses; if one arrives anyway (from another office), the association's «none» wins, since it is
 * the stricter reading of the two for counting (one intern across all sites).
 */
export function quotaBasis(associationEmployees: number, site: QuotaSite | null, protocolHost: boolean): QuotaBasis {
  if (associationEmployees === 0) {
    return {
      employees: 0,
      protocolHost,
      wholeAssociation: true,
      siteHeadcount: false,
      siteWords: 'in tutte le sue sedi',
      headcount: employeesWords(0),
      reason: null,
    };
  }
  if (site && site.employees !== null) {
    return {
      employees: site.employees,
      protocolHost: false,
      wholeAssociation: false,
      siteHeadcount: true,
      siteWords: siteName(site),
      headcount: `${employeesWords(site.employees)} ${siteName(site)}`,
      reason: null,
    };
  }
  return {
    employees: associationEmployees,
    protocolHost,
    wholeAssociation: false,
    siteHeadcount: false,
    siteWords: site ? siteName(site) : 'nella sede legale',
    headcount: `${employeesWords(associationEmployees)} dell’associazione`,
    reason: site ? NO_SITE_NUMBER : null,
  };
}

/** A site with no employees of an association that has some: what the desk reads, and the finding. */
export function emptySiteWords(basis: QuotaWords): string {
  return `Nessun dipendente ${basis.siteWords}: l’associazione ne ha altrove, quindi non vale l’eccezione del protocollo AICS–Exar e in questa sede non può ospitare tirocinanti.`;
}

/**
 * The quota on a basis, its explanation opening with the headcount used («4 dipendenti nella sede
 * Palestra. Da 1 a 5 dipendenti: un tirocinante alla volta.»). An association with no employees
 * keeps the plain explanation, which already says so.
 */
export function quotaOn(basis: QuotaWords, rule: HostQuotaRule = PIEDMONT_HOST_QUOTA): HostQuota {
  const quota = hostQuota(basis.employees, basis.protocolHost, rule);
  if (basis.employees === 0 && !basis.siteHeadcount) return quota;
  if (basis.employees === 0 && quota.maxInterns === 0) return { ...quota, explanation: emptySiteWords(basis) };
  const said = basis.headcount.charAt(0).toUpperCase() + basis.headcount.slice(1);
  return { ...quota, explanation: `${said}${basis.reason ? `: ${basis.reason}` : ''}. ${quota.explanation}` };
}
