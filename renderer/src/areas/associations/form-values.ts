import type { Association, AssociationInput } from '@shared/api/associations';

type SiteInput = AssociationInput['sites'][number];

/** An operating site in the form: its headcount may be empty (not given) or hold what was typed. */
export type SiteFormValues = Omit<SiteInput, 'employees'> & { employees: number | string };

/** What the form holds: the contract's input, but the numbers may be empty while typing. */
export type AssociationFormValues = Omit<AssociationInput, 'employees' | 'sites'> & { employees: number | string; sites: SiteFormValues[] };

export const EMPTY_SITE: SiteFormValues = { id: null, label: '', address: '', cap: '', comune: '', province: null, employees: '' };

export const EMPTY_ASSOCIATION: AssociationFormValues = {
  name: '',
  legalForm: 'APS',
  taxCode: '',
  vatNumber: '',
  aicsAffiliation: '',
  committee: '',
  registryNumber: '',
  address: '',
  cap: '',
  comune: '',
  province: null,
  legalRepName: '',
  legalRepTaxCode: '',
  legalRepRole: '',
  contactName: '',
  phone: '',
  email: '',
  pec: '',
  employees: '',
  ccnl: '',
  atecoCode: '',
  sector: '',
  notes: '',
  sites: [],
  noLayoffsDeclaredOn: null,
  safetyDeclaredOn: null,
  disabilityQuotaDeclaredOn: null,
  stampDuty: null,
  stampDutyExemptionBasis: '',
};

/** A saved association as form values (null → empty text, so inputs stay controlled). */
export function toFormValues(a: Association): AssociationFormValues {
  const text = (v: string | null) => v ?? '';
  return {
    name: a.name,
    legalForm: a.legalForm,
    taxCode: text(a.taxCode),
    vatNumber: text(a.vatNumber),
    aicsAffiliation: text(a.aicsAffiliation),
    committee: text(a.committee),
    registryNumber: text(a.registryNumber),
    address: a.address,
    cap: text(a.cap),
    comune: a.comune,
    province: a.province,
    legalRepName: text(a.legalRepName),
    legalRepTaxCode: text(a.legalRepTaxCode),
    legalRepRole: text(a.legalRepRole),
    contactName: text(a.contactName),
    phone: text(a.phone),
    email: text(a.email),
    pec: text(a.pec),
    employees: a.employees,
    ccnl: text(a.ccnl),
    atecoCode: text(a.atecoCode),
    sector: text(a.sector),
    notes: text(a.notes),
    sites: a.sites.map((s) => ({ id: s.id, label: text(s.label), address: s.address, cap: text(s.cap), comune: s.comune, province: s.province, employees: s.employees ?? '' })),
    noLayoffsDeclaredOn: a.noLayoffsDeclaredOn,
    safetyDeclaredOn: a.safetyDeclaredOn,
    disabilityQuotaDeclaredOn: a.disabilityQuotaDeclaredOn,
    stampDuty: a.stampDuty,
    stampDutyExemptionBasis: text(a.stampDutyExemptionBasis),
  };
}

/**
 * Form values → the contract's input. An empty site headcount is «not given» (null); anything typed
 * goes as typed, so the schema refuses −1 or 2,5 with its own message instead of the form clamping it.
 * The association's own headcount is required: the resolver has checked it, the core parses it again.
 */
export function toAssociationInput(v: AssociationFormValues): AssociationInput {
  return {
    ...v,
    employees: v.employees as number,
    sites: v.sites.map((s) => ({ ...s, employees: s.employees === '' ? null : Number(s.employees) })),
  };
}
