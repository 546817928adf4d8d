import { z } from 'zod';
import { method } from './define';
import {
  numericTaxCode,
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

export const IDLE_LOCK_CHOICES = [5, 10, 15, 30, 60] as const;

export const settingsSchema = z.object({
  office: officeSchema,
  promoter: promoterSchema,
  idleLockMinutes: z.number().int().min(1, 'Almeno 1 minuto').max(240, 'Al massimo 240 minuti'),
});

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': method({
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
