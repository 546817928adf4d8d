/**
 * The form's tabs, the same as the profile's, and which fields each holds: an error in a tab the
 * operator is not looking at must still be found, so the tab shows a badge (and a failed save opens
 * it: lib/useFocusFirstError.ts).
 */
import type { CandidateFormValues } from './form-values';

export const FORM_TABS = ['anagrafica', 'situazione', 'competenze', 'disponibilita', 'privacy'] as const;
export type FormTab = (typeof FORM_TABS)[number];

export const FORM_TAB_LABELS: Record<FormTab, string> = {
  anagrafica: 'Anagrafica',
  situazione: 'Situazione',
  competenze: 'Competenze',
  disponibilita: 'Disponibilità',
  privacy: 'Privacy',
};

const FIELD_TAB: Record<keyof CandidateFormValues, FormTab> = {
  firstName: 'anagrafica',
  lastName: 'anagrafica',
  taxCode: 'anagrafica',
  birthDate: 'anagrafica',
  sex: 'anagrafica',
  birthPlaceCode: 'anagrafica',
  birthPlace: 'anagrafica',
  citizenship: 'anagrafica',
  permitType: 'anagrafica',
  permitExpiry: 'anagrafica',
  resAddress: 'anagrafica',
  resCap: 'anagrafica',
  resComune: 'anagrafica',
  resProvince: 'anagrafica',
  domicileSame: 'anagrafica',
  domAddress: 'anagrafica',
  domCap: 'anagrafica',
  domComune: 'anagrafica',
  domProvince: 'anagrafica',
  phone: 'anagrafica',
  email: 'anagrafica',
  notes: 'anagrafica',
  status: 'situazione',
  employmentStatus: 'situazione',
  didDate: 'situazione',
  cpi: 'situazione',
  benefits: 'situazione',
  targetCategory: 'situazione',
  operatorId: 'situazione',
  educationLevel: 'competenze',
  educationTitle: 'competenze',
  educationYear: 'competenze',
  experiences: 'competenze',
  skills: 'competenze',
  languages: 'competenze',
  drivingLicences: 'disponibilita',
  ownVehicle: 'disponibilita',
  hoursPerWeek: 'disponibilita',
  shifts: 'disponibilita',
  availabilityArea: 'disponibilita',
  availableFrom: 'disponibilita',
  privacyNoticeDate: 'privacy',
  privacyNoticeVersion: 'privacy',
  specialLegalBasis: 'privacy',
  consentContact: 'privacy',
  consentDate: 'privacy',
};

/** The tab of an error path such as `experiences.2.role`; unknown paths belong to the first tab. */
export function tabOfPath(path: string): FormTab {
  const field = path.split('.')[0] as keyof CandidateFormValues;
  return FIELD_TAB[field] ?? 'anagrafica';
}

/** How many fields in error each tab holds. */
export function errorsByTab(errors: Record<string, unknown>): Record<FormTab, number> {
  const counts: Record<FormTab, number> = { anagrafica: 0, situazione: 0, competenze: 0, disponibilita: 0, privacy: 0 };
  for (const [path, message] of Object.entries(errors)) {
    if (message) counts[tabOfPath(path)] += 1;
  }
  return counts;
}
