/** Test data: valid Italian codes and association form inputs. */
import type { Association, AssociationInput } from '@shared/api/associations';
import type { CandidateInput } from '@shared/api/candidates';
import type { NeedInput } from '@shared/api/needs';
import type { InternshipInput } from '@shared/api/internships';
import { encodePersonTaxCode } from '@shared/validation/tax-code-encode';

/** The check digit of an 11-digit codice fiscale / partita IVA (DOMAIN.md, "Identifiers"). */
function checkDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = Number(first10[i]);
    sum += i % 2 === 0 ? d : d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return (10 - (sum % 10)) % 10;
}

/** A valid 11-digit code, different for every `n`. */
export function numericCode(n: number): string {
  const first10 = `9${String(n).padStart(9, '0')}`;
  return first10 + checkDigit(first10);
}

let counter = 0;
/** A fresh valid tax code each call. */
export function nextTaxCode(): string {
  counter += 1;
  return numericCode(100_000 + counter);
}

/**
 * The host's three eligibility declarations, dated today (the real day): a declaration dated after
 * a file's start still counts, so the fixed-clock tests (2027 starts) and the browser's (recent
 * starts) are both eligible, whenever they run. Tests of the check itself override them.
 */
export function hostDeclarations(on = new Date().toISOString().slice(0, 10)): Pick<AssociationInput, 'noLayoffsDeclaredOn' | 'safetyDeclaredOn' | 'disabilityQuotaDeclaredOn'> {
  return { noLayoffsDeclaredOn: on, safetyDeclaredOn: on, disabilityQuotaDeclaredOn: on };
}

export function associationInput(overrides: Partial<AssociationInput> = {}): AssociationInput {
  return {
    name: 'Polisportiva Test',
    legalForm: 'ASD',
    taxCode: nextTaxCode(),
    address: 'Via Roma 1',
    comune: 'Torino',
    province: 'TO',
    employees: 0,
    sites: [],
    ...hostDeclarations(),
    ...overrides,
  };
}

/** Every field of the form filled in, with two operating sites. */
export function fullAssociationInput(overrides: Partial<AssociationInput> = {}): AssociationInput {
  return {
    name: 'Società Sportiva Dilettantistica Aurora',
    legalForm: 'SSD',
    taxCode: nextTaxCode(),
    vatNumber: '00743110157',
    aicsAffiliation: 'AICS-TO-1234',
    committee: 'Comitato Provinciale Torino',
    registryNumber: 'RUNTS 98765',
    address: 'Corso Francia 10',
    cap: '10143',
    comune: 'Torino',
    province: 'to',
    legalRepName: 'Mario Rossi',
    legalRepTaxCode: 'rssmra85t10a562s',
    legalRepRole: 'Presidente',
    contactName: 'Laura Bianchi',
    phone: '011 123 4567',
    email: 'info@aurora.example.it',
    pec: 'aurora@pec.example.it',
    employees: 3,
    ccnl: 'CCNL Impianti sportivi',
    atecoCode: '93.12',
    sector: 'Sport',
    notes: 'Palestra aperta anche il sabato.',
    ...hostDeclarations(),
    stampDuty: 'esente',
    stampDutyExemptionBasis: 'Esenzione per le ASD affiliate, art. 27-bis, Tabella B, D.P.R. 642/1972',
    sites: [
      { label: 'Palestra', address: 'Via Nizza 5', cap: '10125', comune: 'Torino', province: 'TO' },
      { label: 'Piscina', address: 'Via Saluzzo 3', cap: '10064', comune: 'Pinerolo', province: 'to' },
    ],
    ...overrides,
  };
}

/** The form data of a saved association, as the edit form sends it back. */
export function associationToInput(a: Association): AssociationInput {
  const { id: _id, siteId: _s, createdAt: _c, updatedAt: _u, updatedBy: _b, hlc: _h, deletedAt: _d, sites, ...fields } = a;
  return {
    ...fields,
    sites: sites.map((s) => ({ id: s.id, label: s.label, address: s.address, cap: s.cap, comune: s.comune, province: s.province, employees: s.employees })),
  };
}

let personCounter = 0;

/**
 * A fresh, valid and consistent identity for "Mario Rossi" (or "Maria Rossi"), born in Torino
 * (L219) unless told otherwise, on a date that differs at every call, so each codice fiscale is
 * unique in a test run.
 */
export function nextPerson(sex: 'M' | 'F' = 'M', placeCode = 'L219'): { taxCode: string; birthDate: string; firstName: string; lastName: string; sex: 'M' | 'F' } {
  personCounter += 1;
  const n = personCounter;
  const birthDate = `${1960 + (n % 40)}-${String(1 + (Math.floor(n / 40) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(n / 480) % 28)).padStart(2, '0')}`;
  const person = { firstName: sex === 'M' ? 'Mario' : 'Maria', lastName: 'Rossi', sex, birthDate };
  return { ...person, taxCode: encodePersonTaxCode({ ...person, placeCode }) };
}

export function candidateInput(overrides: Partial<CandidateInput> = {}): CandidateInput {
  const person = nextPerson();
  return {
    ...person,
    birthPlaceCode: 'L219',
    birthPlace: 'Torino (TO)',
    resAddress: 'Via Roma 1',
    resComune: 'Torino',
    resProvince: 'TO',
    skills: ['Magazzino'],
    ...overrides,
  };
}

/** The smallest real PDF a viewer opens: one empty page. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export function needInput(associationId: string, overrides: Partial<NeedInput> = {}): NeedInput {
  return {
    associationId,
    title: 'Addetto/a alla segreteria sportiva',
    skills: ['Segreteria', 'Excel'],
    hoursPerWeek: 20,
    positions: 1,
    offers: ['tirocinio'],
    receivedOn: '2026-11-02',
    ...overrides,
  };
}

/** A file that respects every Piedmont rule: six months from 11/01/2027, 30 hours, 450 € a month, host funded. */
export function internshipInput(candidateId: string, associationId: string, overrides: Partial<InternshipInput> = {}): InternshipInput {
  return {
    candidateId,
    associationId,
    type: 'formativo',
    hostTutorName: 'Maria Bianchi',
    // A tutor of their own for each file: the tutor's load is counted on the codice fiscale.
    hostTutorTaxCode: nextPerson('F').taxCode,
    hostTutorRole: 'Presidente',
    hostTutorYears: 10,
    startDate: '2027-01-11',
    plannedEndDate: '2027-07-10',
    weeklySchedule: { 1: 6, 2: 6, 3: 6, 4: 6, 5: 6, 6: 0, 7: 0 },
    scheduleNotes: 'dal lunedì al venerdì, 9–15',
    monthlyAllowanceCents: 45000,
    funding: { kind: 'ospitante' },
    goals: 'Imparare la gestione del magazzino di un impianto sportivo',
    skillsToAcquire: ['Gestione del magazzino'],
    // Declared: never worked for the host in the previous two years.
    workedForHost: false,
    workedForHostDeclaredOn: '2026-11-20',
    ...overrides,
  };
}

/** The smallest real PNG: one blue pixel (a logo, a photographed signature page). */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQS1kFAAHQAS2wNFPWAAAAAElFTkSuQmCC', 'base64');
