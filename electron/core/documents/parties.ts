/**
 * The parties as the documents describe them: the rows of their data tables and the phrases that
 * name them in a sentence. The convenzione and the PFI print the same rows, so they never differ.
 */
import type { DocumentContext, HostInfo, InternInfo, PromoterInfo, TutorInfo } from '@shared/documents/context';
import { formatAddress, formatSite } from '@shared/format/address';
import type { DataRow } from './blocks';
import { address, date, fullName } from './format';
import { count } from '@shared/text/plural';

const join = (parts: readonly (string | null | undefined)[], sep = ' · ') => parts.filter((p) => p && p.trim() !== '').join(sep) || null;

/** «Paolo Gribaudo, Presidente (CF …)». */
export function legalRep(name: string | null, role: string | null, taxCode?: string | null): string | null {
  if (!name) return null;
  return `${name}${role ? `, ${role}` : ''}${taxCode ? ` (C.F. ${taxCode})` : ''}`;
}

export function promoterRows(p: PromoterInfo, options: { compact?: boolean } = {}): DataRow[] {
  const rows: DataRow[] = [['Denominazione', p.name], ['Codice fiscale', p.taxCode]];
  if (!options.compact) rows.push(['Partita IVA', p.vatNumber]);
  rows.push(['Sede legale', address(p.address)], ['Legale rappresentante', legalRep(p.legalRepName, p.legalRepRole)], ['Accreditamento', p.accreditationRef], ['Sportello di riferimento', p.officeName], ['PEC', p.pec]);
  if (!options.compact) rows.push(['E-mail e telefono', join([p.email, p.phone])]);
  return rows;
}

/** The operating site where the intern works, or the registered office when it is the same. */
export function workplace(h: HostInfo): string {
  return h.operatingSite ? formatSite(h.operatingSite) : `${formatAddress(h.registeredOffice)} (sede legale)`;
}

/** The headcount as the host's table prints it: «Nessun dipendente», «1 dipendente», «12 dipendenti». */
export function employeesText(h: HostInfo): string {
  return headcountText(h.employees);
}

function headcountText(n: number): string {
  if (n === 0) return 'Nessun dipendente';
  return count(n, 'dipendente', 'dipendenti');
}

/** The site's own headcount, printed when the quota was decided on it (null otherwise). */
export function siteEmployeesText(h: HostInfo): string | null {
  return h.siteEmployees === null ? null : headcountText(h.siteEmployees);
}

export function hostRows(h: HostInfo, options: { compact?: boolean } = {}): DataRow[] {
  const rows: DataRow[] = [
    ['Denominazione', h.name],
    ['Forma giuridica', h.legalForm],
    ['Codice fiscale', h.taxCode],
    ['Partita IVA', h.vatNumber],
    ['Sede legale', formatAddress(h.registeredOffice)],
    ['Sede operativa del tirocinio', h.operatingSite ? formatSite(h.operatingSite) : 'Coincide con la sede legale'],
    ['Legale rappresentante', legalRep(h.legalRepName, h.legalRepRole, h.legalRepTaxCode)],
    ['PEC', h.pec],
  ];
  if (!options.compact) rows.push(['E-mail e telefono', join([h.email, h.phone])]);
  rows.push(['Codice ATECO', h.atecoCode], ['CCNL applicato', h.ccnl], ['Dipendenti', employeesText(h)]);
  const atSite = siteEmployeesText(h);
  if (atSite) rows.push(['Dipendenti nella sede del tirocinio', atSite]);
  if (!options.compact) rows.push(['Affiliazione AICS', h.aicsAffiliation], ['Iscrizione al registro (RUNTS/RAS)', h.registryNumber]);
  return rows;
}

export function internRows(i: InternInfo): DataRow[] {
  return [
    ['Cognome e nome', `${i.lastName} ${i.firstName}`],
    ['Codice fiscale', i.taxCode],
    ['Data di nascita', date(i.birthDate)],
    ['Luogo di nascita', i.birthPlace],
    ['Cittadinanza', i.citizenship],
    ['Residenza', address(i.residence)],
    ['Domicilio', i.domicile ? address(i.domicile) : i.residence ? 'Coincide con la residenza' : null],
    ['Telefono ed e-mail', join([i.phone, i.email])],
    ['Titolo di studio', i.education],
    ['Condizione / categoria di destinatari', i.targetCategory],
  ];
}

/**
 * A tutor in one line: «Marco Bertola, Responsabile di segreteria». The role follows a comma, never
 * in brackets, so the phrase can stand inside brackets of its own.
 */
export function tutorInline(t: TutorInfo): string | null {
  const name = t.name?.trim();
  const role = t.role?.trim();
  return name ? `${name}${role ? `, ${role}` : ''}` : null;
}

/**
 * Rows of the tutors' table: label, promoter's tutor, host's tutor. The name comes first: it is
 * stored as one string («Nome Cognome»), which cannot be split reliably into surname and name.
 */
export function tutorRows(ctx: DocumentContext): [string, string | null, string | null][] {
  const { promoterTutor: p, hostTutor: h } = ctx.internship;
  const years = (t: TutorInfo) => (t.years === null ? null : count(t.years, 'anno', 'anni'));
  const rows: [string, string | null, string | null][] = [
    ['Nome e cognome', p.name, h.name],
    ['Codice fiscale', p.taxCode, h.taxCode],
    ['Ruolo', p.role, h.role],
    ['Esperienza nel ruolo', years(p), years(h)],
    ['E-mail', p.email, h.email],
    ['Telefono', p.phone, h.phone],
  ];
  const clean = (value: string | null) => (value?.trim() ? value.trim() : null);
  return rows.map(([label, a, b]) => [label, clean(a), clean(b)]);
}

export { fullName };
