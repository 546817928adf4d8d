/**
 * What a candidate's profile holds, with the labels the desk reads. Shared by the contract,
 * the forms (same schema, same Italian messages) and the core.
 */
import { z } from 'zod';
import {
  checkNumericTaxCode,
  checkPersonTaxCode,
  normalizeTaxCode,
  personTaxCodeMessage,
} from '../validation/tax-codes';
import {
  codeSet,
  optionalCap,
  optionalDate,
  optionalEmail,
  optionalInt,
  optionalWeeklyHours,
  optionalPhone,
  optionalProvince,
  optionalCode,
  optionalText,
  recordMeta,
  requiredDate,
  requiredText,
  textSet,
} from './fields';

// Below both the contract and the pure rules (shared/rules never imports shared/api): re-exported here
// for the contract's users.
export { CANDIDATE_STATUSES, CANDIDATE_STATUS_LABELS, isRestrictedCategory, RESTRICTED_CATEGORIES, RESTRICTED_CATEGORY_VALUE, RESTRICTED_LABEL, PROTECTED_CATEGORIES_LABEL, TARGET_CATEGORIES, TARGET_CATEGORY_LABELS, visibleCategories } from '../domain/person';
export type { CandidateStatus, TargetCategory } from '../domain/person';
import { CANDIDATE_STATUSES, TARGET_CATEGORIES } from '../domain/person';

export const EMPLOYMENT_STATUSES = ['disoccupato', 'inoccupato', 'occupato', 'sottoccupato', 'studente', 'altro'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];
export const EMPLOYMENT_STATUS_LABELS: Record<EmploymentStatus, string> = {
  disoccupato: 'Disoccupato/a',
  inoccupato: 'In cerca di prima occupazione',
  occupato: 'Occupato/a',
  sottoccupato: 'Occupato/a con reddito sotto la soglia',
  studente: 'Studente/ssa',
  altro: 'Altro',
};

export const BENEFITS = ['NASPI', 'ADI', 'SFL', 'ALTRO'] as const;
export type Benefit = (typeof BENEFITS)[number];
export const BENEFIT_LABELS: Record<Benefit, string> = {
  NASPI: 'NASpI',
  ADI: 'Assegno di Inclusione',
  SFL: 'Supporto Formazione e Lavoro',
  ALTRO: 'Altro sostegno al reddito',
};

/** Ordered from the lowest: the list filter reads "at least this level". */
export const EDUCATION_LEVELS = [
  'nessuno',
  'primaria',
  'media',
  'qualifica',
  'diploma',
  'its',
  'laurea',
  'magistrale',
  'dottorato',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  nessuno: 'Nessun titolo',
  primaria: 'Licenza elementare',
  media: 'Licenza media',
  qualifica: 'Qualifica professionale',
  diploma: 'Diploma di scuola superiore',
  its: 'Diploma ITS / post-diploma',
  laurea: 'Laurea triennale',
  magistrale: 'Laurea magistrale o a ciclo unico',
  dottorato: 'Dottorato o master di II livello',
};
export function educationRank(level: EducationLevel | null): number | null {
  return level === null ? null : EDUCATION_LEVELS.indexOf(level);
}

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'madrelingua'] as const;
export const CEFR_LABELS: Record<(typeof CEFR_LEVELS)[number], string> = {
  A1: 'A1 – base',
  A2: 'A2 – elementare',
  B1: 'B1 – intermedio',
  B2: 'B2 – intermedio superiore',
  C1: 'C1 – avanzato',
  C2: 'C2 – padronanza',
  madrelingua: 'Madrelingua',
};

export const DRIVING_LICENCES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C', 'CE', 'D', 'DE', 'CQC'] as const;
export type DrivingLicence = (typeof DRIVING_LICENCES)[number];

export const SHIFTS = ['mattina', 'pomeriggio', 'sera', 'weekend'] as const;
export type Shift = (typeof SHIFTS)[number];
export const SHIFT_LABELS: Record<Shift, string> = {
  mattina: 'Mattina',
  pomeriggio: 'Pomeriggio',
  sera: 'Sera',
  weekend: 'Fine settimana',
};

/** Art. 9(2) GDPR: why the office may hold health, disability or social-care data. */
export const SPECIAL_LEGAL_BASES = ['art9_2b', 'art9_2a', 'art9_2g', 'art9_2h'] as const;
export type SpecialLegalBasis = (typeof SPECIAL_LEGAL_BASES)[number];
export const SPECIAL_LEGAL_BASIS_LABELS: Record<SpecialLegalBasis, string> = {
  art9_2b: 'Art. 9.2.b – obblighi in materia di lavoro e protezione sociale',
  art9_2a: 'Art. 9.2.a – consenso esplicito dell’interessato',
  art9_2g: 'Art. 9.2.g – motivi di interesse pubblico rilevante',
  art9_2h: 'Art. 9.2.h – finalità di assistenza sociale',
};

export const ATTACHMENT_KINDS = ['cv', 'documento', 'permesso', 'altro'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  cv: 'Curriculum vitae',
  documento: "Documento d'identità",
  permesso: 'Permesso di soggiorno',
  altro: 'Altro documento',
};
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_EXTENSIONS = ['pdf', 'docx', 'jpg', 'jpeg', 'png'] as const;

/**
 * A person's codice fiscale (16 characters) or the provisional 11-digit one given to people
 * waiting for theirs: each checked with its own rule, with the problem said in Italian.
 */
export const candidateTaxCode = z
  .string({ error: personTaxCodeMessage('empty') })
  .transform((v) => normalizeTaxCode(v))
  .superRefine((v, ctx) => {
    if (/^\d{11}$/.test(v) || (/^\d+$/.test(v) && v.length !== 16)) {
      const check = checkNumericTaxCode(v);
      if (!check.ok) {
        const message =
          check.problem === 'check'
            ? 'Codice fiscale provvisorio non valido: la cifra di controllo (l’ultima) non corrisponde'
            : 'Il codice fiscale ha 16 caratteri (quello provvisorio 11 cifre)';
        ctx.addIssue({ code: 'custom', message });
      }
      return;
    }
    const check = checkPersonTaxCode(v);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: personTaxCodeMessage(check.problem) });
  });

export const experienceFields = z.object({
  role: requiredText('Mansione', 150),
  employer: optionalText(150),
  period: optionalText(60),
  description: optionalText(1000),
});
export type Experience = z.output<typeof experienceFields>;

export const languageFields = z.object({
  language: requiredText('Lingua', 60),
  level: z.enum(CEFR_LEVELS, { error: 'Scegli il livello' }),
});

export const candidateFields = z.object({
  firstName: requiredText('Nome', 100),
  lastName: requiredText('Cognome', 100),
  taxCode: candidateTaxCode,
  birthDate: requiredDate('Data di nascita'),
  sex: optionalCode(['M', 'F'] as const),
  birthPlaceCode: z
    .string()
    .nullish()
    .transform((v) => v?.trim().toUpperCase() || null)
    .refine((v) => v === null || /^[A-Z]\d{3}$/.test(v), 'Codice catastale del luogo di nascita non valido'),
  birthPlace: optionalText(120),
  citizenship: optionalText(80),
  permitType: optionalText(120),
  permitExpiry: optionalDate('Scadenza del permesso di soggiorno'),
  resAddress: optionalText(200),
  resCap: optionalCap,
  resComune: optionalText(100),
  resProvince: optionalProvince,
  domicileSame: z.boolean().default(true),
  domAddress: optionalText(200),
  domCap: optionalCap,
  domComune: optionalText(100),
  domProvince: optionalProvince,
  phone: optionalPhone,
  email: optionalEmail(),
  employmentStatus: optionalCode(EMPLOYMENT_STATUSES),
  didDate: optionalDate('Data della DID'),
  cpi: optionalText(120),
  benefits: codeSet(BENEFITS),
  targetCategory: optionalCode(TARGET_CATEGORIES),
  educationLevel: optionalCode(EDUCATION_LEVELS),
  educationTitle: optionalText(200),
  educationYear: optionalInt('Anno del titolo', 1940, 2100),
  experiences: z.array(experienceFields).max(30, 'Al massimo 30 esperienze').default([]),
  skills: textSet('Competenze', 50, 80),
  languages: z.array(languageFields).max(15, 'Al massimo 15 lingue').default([]),
  drivingLicences: codeSet(DRIVING_LICENCES),
  ownVehicle: z.boolean().default(false),
  hoursPerWeek: optionalWeeklyHours,
  shifts: codeSet(SHIFTS),
  availabilityArea: optionalText(200),
  availableFrom: optionalDate('Disponibile dal'),
  privacyNoticeDate: optionalDate("Data dell'informativa"),
  privacyNoticeVersion: optionalText(40),
  specialLegalBasis: optionalCode(SPECIAL_LEGAL_BASES),
  consentContact: z.boolean().default(false),
  consentDate: optionalDate('Data del consenso'),
  status: z.enum(CANDIDATE_STATUSES).default('attivo'),
  operatorId: z.string().nullish().transform((v) => v || null),
  notes: optionalText(4000),
});
export type CandidateInput = z.input<typeof candidateFields>;
export type CandidateData = z.output<typeof candidateFields>;

/** Art. 9 data: its own record, its own permission, every read audited. */
export const candidateSpecialFields = z.object({
  disabilityPercent: optionalInt('Percentuale di invalidità', 0, 100),
  healthNotes: optionalText(2000),
  socialServicesCare: z.boolean().default(false),
  socialServicesNotes: optionalText(1000),
});
export type CandidateSpecialInput = z.input<typeof candidateSpecialFields>;
export type CandidateSpecialData = z.output<typeof candidateSpecialFields>;

export const candidateNoteSchema = z.object({
  ...recordMeta,
  candidateId: z.string(),
  date: z.string(),
  text: z.string(),
  authorName: z.string(),
});
export type CandidateNote = z.output<typeof candidateNoteSchema>;

export const attachmentSchema = z.object({
  ...recordMeta,
  candidateId: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type Attachment = z.output<typeof attachmentSchema>;

export const candidateSchema = candidateFields.extend({
  ...recordMeta,
  operatorName: z.string().nullable(),
  /** The category is one of RESTRICTED_CATEGORIES and this role may not see it: `targetCategory` is null. */
  targetCategoryHidden: z.boolean(),
  /** Set on a profile absorbed by a merge: the survivor's id. */
  mergedInto: z.string().nullable(),
  /** Set once the person's data were erased (GDPR art. 17): the profile keeps only statistics. */
  anonymisedAt: z.string().nullable(),
  notesLog: z.array(candidateNoteSchema),
  attachments: z.array(attachmentSchema),
});
export type Candidate = z.output<typeof candidateSchema>;

export const candidateSpecialSchema = candidateSpecialFields.extend({
  candidateId: z.string(),
  hlc: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type CandidateSpecial = z.output<typeof candidateSpecialSchema>;

export const candidateRowSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  taxCode: z.string(),
  birthDate: z.string(),
  resComune: z.string().nullable(),
  resProvince: z.string().nullable(),
  status: z.enum(CANDIDATE_STATUSES),
  targetCategory: z.enum(TARGET_CATEGORIES).nullable(),
  targetCategoryHidden: z.boolean(),
  skills: z.array(z.string()),
  operatorName: z.string().nullable(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** Code of the office that created it (TO01); null only if that office's row has not arrived here yet. */
  officeCode: z.string().nullable(),
});
export type CandidateRow = z.output<typeof candidateRowSchema>;
