import { z } from 'zod';
import { method } from './define';
import { officeFilter } from './reference';
import {
  id,
  numericTaxCode,
  requiredNumericTaxCode,
  optionalCap,
  optionalCode,
  optionalDate,
  optionalEmail,
  optionalInt,
  optionalPhone,
  optionalProvince,
  optionalText,
  pageInput,
  personTaxCode,
  recordMeta,
  requiredText,
} from './fields';

export const LEGAL_FORMS = ['APS', 'ASD', 'SSD', 'ODV', 'ETS', 'ALTRO'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  APS: 'APS – Associazione di promozione sociale',
  ASD: 'ASD – Associazione sportiva dilettantistica',
  SSD: 'SSD – Società sportiva dilettantistica',
  ODV: 'ODV – Organizzazione di volontariato',
  ETS: 'ETS – Altro ente del Terzo settore',
  ALTRO: 'Altra forma giuridica',
};

/** The convenzione's stamp duty: a €16 marca («assolta») or an exemption with its legal basis. */
export const STAMP_DUTY = ['assolta', 'esente'] as const;
export type StampDuty = (typeof STAMP_DUTY)[number];
export const STAMP_DUTY_LABELS: Record<StampDuty, string> = {
  assolta: 'Assolta (marca da bollo da 16 €)',
  esente: 'Esente',
};

/** The exemption of Third-Sector entities (DOMAIN.md «Stamp duty»), offered to ETS, APS and ODV; never written by itself. */
export const THIRD_SECTOR_STAMP_EXEMPTION = 'Esenzione per gli enti del Terzo settore, art. 82, comma 5, D.Lgs. 117/2017';

/** The legal basis the form suggests for a legal form, or null when the sources give none. */
export function suggestedStampExemption(legalForm: LegalForm): string | null {
  return legalForm === 'ETS' || legalForm === 'APS' || legalForm === 'ODV' ? THIRD_SECTOR_STAMP_EXEMPTION : null;
}

/** The site's headcount box, as the form and the messages name it. */
export const SITE_EMPLOYEES = 'Dipendenti in questa sede';

export const operatingSiteFields = z.object({
  /** Present when editing a site that already exists. */
  id: z.string().nullish(),
  label: optionalText(100),
  address: requiredText('Indirizzo della sede', 200),
  cap: optionalCap,
  comune: requiredText('Comune della sede', 100),
  province: optionalProvince,
  /**
   * People employed at this site, when the association says (the quota counts per operating site:
   * shared/rules/quota-basis.ts); null = not given, and the association's headcount is used.
   */
  employees: optionalInt(SITE_EMPLOYEES, 0, 100000),
});

const atecoCode = z
  .string()
  .nullish()
  .transform((v) => (v ?? '').trim() || null)
  .refine((v) => v === null || /^\d{2}(\.\d{1,2}){0,2}$/.test(v), 'Codice ATECO nel formato 93.12 o 93.12.00');

const associationShape = z.object({
  name: requiredText('Denominazione', 200),
  legalForm: z.enum(LEGAL_FORMS, { error: 'Scegli la forma giuridica' }),
  taxCode: requiredNumericTaxCode(),
  vatNumber: numericTaxCode(false),
  aicsAffiliation: optionalText(50),
  committee: optionalText(100),
  registryNumber: optionalText(50),
  address: requiredText('Indirizzo della sede legale', 200),
  cap: optionalCap,
  comune: requiredText('Comune della sede legale', 100),
  province: optionalProvince,
  legalRepName: optionalText(120),
  legalRepTaxCode: personTaxCode(false),
  legalRepRole: optionalText(100),
  contactName: optionalText(120),
  phone: optionalPhone,
  email: optionalEmail(),
  pec: optionalEmail('Indirizzo PEC'),
  employees: z
    .number({ error: 'Indica il numero di dipendenti (0 se non ne ha)' })
    .int('Il numero di dipendenti è un numero intero')
    .min(0, 'Il numero di dipendenti non può essere negativo')
    .max(100000, 'Numero di dipendenti troppo alto'),
  ccnl: optionalText(150),
  atecoCode,
  sector: optionalText(150),
  notes: optionalText(4000),
  sites: z.array(operatingSiteFields).max(50, 'Al massimo 50 sedi operative'),
  // Eligibility declarations (decision 0015): the date each was declared, empty = not declared.
  noLayoffsDeclaredOn: optionalDate('Dichiarazione su licenziamenti e cassa integrazione'),
  safetyDeclaredOn: optionalDate('Dichiarazione sulla sicurezza'),
  disabilityQuotaDeclaredOn: optionalDate('Dichiarazione sulla L. 68/99'),
  stampDuty: optionalCode(STAMP_DUTY),
  stampDutyExemptionBasis: optionalText(300),
});

/** The form's fields; an exemption from stamp duty says on which legal basis (the convenzione prints it). */
export const associationFields = associationShape.superRefine((v, ctx) => {
  if (v.stampDuty === 'esente' && !v.stampDutyExemptionBasis) {
    ctx.addIssue({ code: 'custom', path: ['stampDutyExemptionBasis'], message: 'Indica la norma dell’esenzione dall’imposta di bollo' });
  }
  // A site's people are the association's: more at one site than in all would be a typing slip.
  v.sites.forEach((site, i) => {
    if (site.employees !== null && site.employees > v.employees) {
      ctx.addIssue({ code: 'custom', path: ['sites', i, 'employees'], message: `${SITE_EMPLOYEES}: non più dei dipendenti dell’associazione (${v.employees})` });
    }
  });
});
export type AssociationInput = z.input<typeof associationFields>;
export type AssociationData = z.output<typeof associationFields>;

const operatingSiteSchema = operatingSiteFields.extend({ ...recordMeta, associationId: z.string() });

export const associationSchema = associationShape.extend({
  ...recordMeta,
  sites: z.array(operatingSiteSchema),
});
export type Association = z.output<typeof associationSchema>;

export const associationRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  legalForm: z.enum(LEGAL_FORMS),
  taxCode: z.string(),
  committee: z.string().nullable(),
  comune: z.string(),
  province: z.string().nullable(),
  employees: z.number(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** Code of the office that created it (TO01); null only if that office's row has not arrived here yet. */
  officeCode: z.string().nullable(),
});
export type AssociationRow = z.output<typeof associationRowSchema>;

export const ASSOCIATION_SORTS = ['name', 'comune', 'employees', 'updated'] as const;

export const associationListInput = z.object({
  query: z.string().max(200).default(''),
  committee: z.string().nullish(),
  legalForm: z.enum(LEGAL_FORMS).nullish(),
  province: z
    .string()
    .nullish()
    .transform((v) => v?.toUpperCase() ?? null),
  employees: z.enum(['any', 'none', 'some']).default('any'),
  /** Only the records of this office (its id). */
  site: officeFilter,
  deleted: z.boolean().default(false),
  sort: z.enum(ASSOCIATION_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  ...pageInput,
});
export type AssociationListInput = z.input<typeof associationListInput>;

export const associationsMethods = {
  'associations.list': method({
    summary: 'Cerca ed elenca le associazioni, a pagine',
    access: 'associations.read',
    input: associationListInput,
    output: z.object({
      items: z.array(associationRowSchema),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  }),
  'associations.filterOptions': method({
    summary: 'Valori per i filtri (comitati presenti e dell’elenco regionale, province presenti)',
    access: 'associations.read',
    input: z.object({}),
    output: z.object({ committees: z.array(z.string()), provinces: z.array(z.string()) }),
  }),
  'associations.get': method({
    summary: "Un'associazione con le sue sedi operative",
    access: 'associations.read',
    input: z.object({ id }),
    output: associationSchema,
  }),
  'associations.create': method({
    summary: 'Nuova associazione',
    access: 'associations.write',
    input: associationFields,
    output: associationSchema,
  }),
  'associations.update': method({
    summary: "Modifica un'associazione (rifiutata se nel frattempo l'ha cambiata qualcun altro)",
    access: 'associations.write',
    input: z.object({ id, hlc: z.string(), data: associationFields }),
    output: associationSchema,
  }),
  'associations.delete': method({
    summary: "Elimina un'associazione (resta recuperabile)",
    access: 'associations.delete',
    input: z.object({ id }),
    output: associationSchema,
  }),
  'associations.restore': method({
    summary: "Ripristina un'associazione eliminata",
    access: 'associations.delete',
    input: z.object({ id }),
    output: associationSchema,
  }),
};
