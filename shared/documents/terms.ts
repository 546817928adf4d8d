/**
 * The terms a signed document stands for: what it prints about the parties and the tirocinio,
 * without what changes on its own afterwards (the day it was prepared, the mandatory notice filed
 * at the start, the hours, the outcome). A signature counts only while the file's terms are still
 * the ones signed: change the allowance or the tutor, and the convenzione or the PFI must be
 * prepared and signed again.
 */
import type { DocumentContext } from './context';

/** A stable JSON of the terms (keys sorted), for a hash. */
export function termsOf(ctx: DocumentContext): string {
  const { internship: t, intern, promoter, host } = ctx;
  const terms = {
    kind: ctx.kind,
    promoter: { name: promoter.name, taxCode: promoter.taxCode, vatNumber: promoter.vatNumber, address: promoter.address, legalRepName: promoter.legalRepName, legalRepRole: promoter.legalRepRole, accreditationRef: promoter.accreditationRef },
    // Left out when not said, so a document signed before these existed keeps its terms: the stamp duty
    // (when given it is a term), and the eligibility declarations, which are renewed on their own.
    // The site's headcount is a term when given; left out when not, so a document signed before it existed keeps its terms.
    host: { ...host, stampDuty: host.stampDuty ?? undefined, siteEmployees: host.siteEmployees ?? undefined, declarations: undefined },
    // Only the PFI prints the target category; the other documents do not depend on it.
    intern: { ...intern, privacyNoticeDate: null, targetCategory: ctx.kind === 'pfi' ? intern.targetCategory : null, targetCategoryCode: ctx.kind === 'pfi' ? intern.targetCategoryCode : null },
    internship: {
      ...t,
      ruleSetName: null,
      noticeDate: null,
      noticeNumber: null,
      actualEndDate: null,
      // Where the file stands and who ended it move on their own; the total hours follow from the
      // dates and the schedule (in the terms) and the suspensions (recorded after the start, left out).
      status: null,
      interruptedBy: null,
      // The Region gives the portal's reference after the signatures; the promoter insures unless the file says the host does.
      portalReference: undefined,
      insurer: t.insurer === 'promotore' ? undefined : t.insurer,
      // The role's CP2011 profession is a term of the PFI, which prints it, and of no other document; left
      // out when not said, so a PFI signed before the field existed keeps its terms.
      professionCode: ctx.kind === 'pfi' ? (t.professionCode ?? undefined) : undefined,
      professionName: ctx.kind === 'pfi' ? (t.professionName ?? undefined) : undefined,
      plannedHours: null,
      outcome: null,
      suspensions: [],
      extensions: [],
      skillsAcquired: [],
      finalCertificateAttendance: null,
    },
  };
  return stableJson(terms);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
