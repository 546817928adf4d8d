/**
 * What the candidate form holds, and the two conversions around it: a saved profile → form values
 * (null → empty text, so inputs stay controlled) and form values → the contract's input.
 */
import type {
  Benefit,
  Candidate,
  CandidateInput,
  CandidateStatus,
  DrivingLicence,
  EducationLevel,
  EmploymentStatus,
  Shift,
  SpecialLegalBasis,
  TargetCategory,
} from '@shared/api/candidates';
import type { Sex } from '@shared/validation/tax-code-decode';

export interface ExperienceValues {
  role: string;
  employer: string;
  period: string;
  description: string;
}

export interface LanguageValues {
  language: string;
  /** Null until the operator picks one: the schema then says «Scegli il livello». */
  level: string | null;
}

/** Dates are 'YYYY-MM-DD' or null; numbers may be '' while the box is empty. */
export interface CandidateFormValues {
  firstName: string;
  lastName: string;
  taxCode: string;
  birthDate: string | null;
  sex: Sex | null;
  birthPlaceCode: string;
  birthPlace: string;
  citizenship: string;
  permitType: string;
  permitExpiry: string | null;
  resAddress: string;
  resCap: string;
  resComune: string;
  resProvince: string | null;
  domicileSame: boolean;
  domAddress: string;
  domCap: string;
  domComune: string;
  domProvince: string | null;
  phone: string;
  email: string;
  employmentStatus: EmploymentStatus | null;
  didDate: string | null;
  cpi: string;
  benefits: Benefit[];
  targetCategory: TargetCategory | null;
  educationLevel: EducationLevel | null;
  educationTitle: string;
  educationYear: number | string;
  experiences: ExperienceValues[];
  skills: string[];
  languages: LanguageValues[];
  drivingLicences: DrivingLicence[];
  ownVehicle: boolean;
  hoursPerWeek: number | string;
  shifts: Shift[];
  availabilityArea: string;
  availableFrom: string | null;
  privacyNoticeDate: string | null;
  privacyNoticeVersion: string;
  specialLegalBasis: SpecialLegalBasis | null;
  consentContact: boolean;
  consentDate: string | null;
  status: CandidateStatus;
  operatorId: string | null;
  notes: string;
}

export const EMPTY_EXPERIENCE: ExperienceValues = { role: '', employer: '', period: '', description: '' };
export const EMPTY_LANGUAGE: LanguageValues = { language: '', level: null };

export function emptyCandidate(operatorId: string | null): CandidateFormValues {
  return {
    firstName: '',
    lastName: '',
    taxCode: '',
    birthDate: null,
    sex: null,
    birthPlaceCode: '',
    birthPlace: '',
    citizenship: '',
    permitType: '',
    permitExpiry: null,
    resAddress: '',
    resCap: '',
    resComune: '',
    resProvince: null,
    domicileSame: true,
    domAddress: '',
    domCap: '',
    domComune: '',
    domProvince: null,
    phone: '',
    email: '',
    employmentStatus: null,
    didDate: null,
    cpi: '',
    benefits: [],
    targetCategory: null,
    educationLevel: null,
    educationTitle: '',
    educationYear: '',
    experiences: [],
    skills: [],
    languages: [],
    drivingLicences: [],
    ownVehicle: false,
    hoursPerWeek: '',
    shifts: [],
    availabilityArea: '',
    availableFrom: null,
    privacyNoticeDate: null,
    privacyNoticeVersion: '',
    specialLegalBasis: null,
    consentContact: false,
    consentDate: null,
    status: 'attivo',
    // A new profile is usually followed by whoever registers it.
    operatorId,
    notes: '',
  };
}

const text = (v: string | null) => v ?? '';

export function toFormValues(c: Candidate): CandidateFormValues {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    taxCode: c.taxCode,
    birthDate: c.birthDate,
    sex: c.sex,
    birthPlaceCode: text(c.birthPlaceCode),
    birthPlace: text(c.birthPlace),
    citizenship: text(c.citizenship),
    permitType: text(c.permitType),
    permitExpiry: c.permitExpiry,
    resAddress: text(c.resAddress),
    resCap: text(c.resCap),
    resComune: text(c.resComune),
    resProvince: c.resProvince,
    domicileSame: c.domicileSame,
    domAddress: text(c.domAddress),
    domCap: text(c.domCap),
    domComune: text(c.domComune),
    domProvince: c.domProvince,
    phone: text(c.phone),
    email: text(c.email),
    employmentStatus: c.employmentStatus,
    didDate: c.didDate,
    cpi: text(c.cpi),
    benefits: [...c.benefits],
    targetCategory: c.targetCategory,
    educationLevel: c.educationLevel,
    educationTitle: text(c.educationTitle),
    educationYear: c.educationYear ?? '',
    experiences: c.experiences.map((e) => ({ role: e.role, employer: text(e.employer), period: text(e.period), description: text(e.description) })),
    skills: [...c.skills],
    languages: c.languages.map((l) => ({ language: l.language, level: l.level })),
    drivingLicences: [...c.drivingLicences],
    ownVehicle: c.ownVehicle,
    hoursPerWeek: c.hoursPerWeek ?? '',
    shifts: [...c.shifts],
    availabilityArea: text(c.availabilityArea),
    availableFrom: c.availableFrom,
    privacyNoticeDate: c.privacyNoticeDate,
    privacyNoticeVersion: text(c.privacyNoticeVersion),
    specialLegalBasis: c.specialLegalBasis,
    consentContact: c.consentContact,
    consentDate: c.consentDate,
    status: c.status,
    operatorId: c.operatorId,
    notes: text(c.notes),
  };
}

/** An empty number box means "not given"; anything else goes to the schema as typed. */
function optionalNumber(value: number | string): number | null {
  return value === '' ? null : Number(value);
}

/**
 * The form's values as the contract's input. Hidden domicile fields are dropped when it is the
 * same as the residence, so an old address nobody can see is neither saved nor blocks the save.
 * The level of a language may still be null: the schema answers with its own message.
 */
export function toCandidateInput(v: CandidateFormValues): CandidateInput {
  const domicile = v.domicileSame ? { domAddress: null, domCap: null, domComune: null, domProvince: null } : {};
  return {
    ...v,
    ...domicile,
    // Empty is refused by the schema with "Data di nascita: campo obbligatorio".
    birthDate: v.birthDate ?? '',
    educationYear: optionalNumber(v.educationYear),
    hoursPerWeek: optionalNumber(v.hoursPerWeek),
    languages: v.languages as CandidateInput['languages'],
  };
}
