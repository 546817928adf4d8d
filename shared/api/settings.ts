import { z } from 'zod';
import { method } from './define';
import {
  boundedNumber,
  id,
  numericTaxCode,
  personTaxCode,
  requiredNumericTaxCode,
  optionalCap,
  optionalEmail,
  optionalPhone,
  optionalProvince,
  optionalText,
  requiredText,
} from './fields';

export const OFFICE_KINDS = ['sportello', 'ufficio_regionale'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];
export const OFFICE_KIND_LABELS: Record<OfficeKind, string> = {
  sportello: 'Sportello',
  ufficio_regionale: 'Ufficio regionale',
};

export const officeSchema = z.object({
  name: requiredText('Nome dello sportello', 120),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,10}$/, 'Codice sportello: da 2 a 10 lettere o cifre, senza spazi (es. TO01)'),
  kind: z.enum(OFFICE_KINDS, { error: 'Scegli il tipo di sede' }),
});

/** The promoter organisation (Exar): printed on every agreement and training plan. */
export const promoterSchema = z.object({
  name: requiredText('Denominazione', 200),
  taxCode: requiredNumericTaxCode(),
  vatNumber: numericTaxCode(false),
  address: optionalText(200),
  cap: optionalCap,
  comune: optionalText(100),
  province: optionalProvince,
  legalRepName: optionalText(120),
  legalRepRole: optionalText(120),
  accreditationRef: optionalText(300),
  email: optionalEmail(),
  pec: optionalEmail('Indirizzo PEC'),
  phone: optionalPhone,
});

/**
 * How long the office keeps personal data, per kind of record: printed in the informativa (GDPR
 * art. 13 par. 2 lett. a) and the reference for erasure. The defaults are the office's own choice
 * to confirm with its DPO, not figures from a law (docs/decisions/0016-documents-wording.md).
 */
export const retentionSchema = z.object({
  /** A person's profile with no tirocinio started, counted from the last contact. */
  candidateMonths: boundedNumber('Conservazione dei profili senza tirocinio', { min: 1, max: 120, unit: 'mesi' }),
  /** An internship file with its documents and registers, counted from its end. */
  internshipYears: boundedNumber('Conservazione delle pratiche di tirocinio', { min: 1, max: 30, unit: 'anni' }),
});
export type RetentionPeriods = z.output<typeof retentionSchema>;
export const DEFAULT_RETENTION: RetentionPeriods = { candidateMonths: 24, internshipYears: 10 };

/** The privacy part of the settings: the DPO's contact and the retention periods, both printed in the informativa. */
export const privacySettingsSchema = z.object({
  /** «Avv. Maria Rossi, dpo@exar.example.it»: name and how to reach the Data Protection Officer. */
  dpoContact: optionalText(300),
  retention: retentionSchema,
});
export type PrivacySettings = z.output<typeof privacySettingsSchema>;

/**
 * The promoter's tutor's own data, per operator: the PFI prints the codice fiscale and the role of
 * the operator who follows the file. Kept in the office's settings (the operators have no such
 * columns): a tutor tutors for this office.
 */
export const promoterTutorSchema = z.object({
  operatorId: id,
  taxCode: personTaxCode(true),
  role: requiredText('Ruolo del tutor', 120),
});
export type PromoterTutorData = z.output<typeof promoterTutorSchema>;

export const IDLE_LOCK_CHOICES = [5, 10, 15, 30, 60] as const;

export const settingsSchema = z.object({
  office: officeSchema,
  promoter: promoterSchema,
  idleLockMinutes: z.number().int().min(1, 'Almeno 1 minuto').max(240, 'Al massimo 240 minuti'),
  // Optional on the way in: a caller (or a form) that leaves them out keeps what is stored; always returned.
  privacy: privacySettingsSchema.optional(),
  promoterTutors: z.array(promoterTutorSchema).max(500, 'Al massimo 500 tutor').optional(),
});

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': method({
    reads: true,
    summary: "Dati dello sportello e dell'ente promotore",
    access: 'session',
    input: z.object({}),
    output: settingsSchema,
  }),
  'settings.update': method({
    summary: "Aggiorna i dati dello sportello, dell'ente promotore e il blocco per inattività",
    access: 'settings.manage',
    input: settingsSchema,
    output: settingsSchema,
  }),
};
