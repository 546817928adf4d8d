import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LEGAL_FORMS, STAMP_DUTY } from '@shared/api/associations';
import { recordColumns } from './record';

export const associations = sqliteTable(
  'associations',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    /** Accent- and case-folded name, so an ordinary index sorts in Italian order. */
    nameSort: text('name_sort').notNull(),
    legalForm: text('legal_form', { enum: LEGAL_FORMS }).notNull(),
    taxCode: text('tax_code').notNull(),
    vatNumber: text('vat_number'),
    aicsAffiliation: text('aics_affiliation'),
    committee: text('committee'),
    registryNumber: text('registry_number'),
    address: text('address').notNull(),
    cap: text('cap'),
    comune: text('comune').notNull(),
    comuneSort: text('comune_sort').notNull(),
    province: text('province'),
    legalRepName: text('legal_rep_name'),
    legalRepTaxCode: text('legal_rep_tax_code'),
    legalRepRole: text('legal_rep_role'),
    contactName: text('contact_name'),
    phone: text('phone'),
    email: text('email'),
    pec: text('pec'),
    employees: integer('employees').notNull(),
    ccnl: text('ccnl'),
    atecoCode: text('ateco_code'),
    sector: text('sector'),
    notes: text('notes'),
    /**
     * The host's eligibility declarations (DOMAIN.md «Host eligibility»), each the date it was
     * declared ('YYYY-MM-DD'; null = not declared): no collective dismissals nor wage integration
     * (CIG) for the same roles in the previous months the rule set says; safety law (D.Lgs.
     * 81/2008); the disabled workers' quota (L. 68/99). Printed in the convenzione; checked per file.
     */
    noLayoffsDeclaredOn: text('no_layoffs_declared_on'),
    safetyDeclaredOn: text('safety_declared_on'),
    disabilityQuotaDeclaredOn: text('disability_quota_declared_on'),
    /** The convenzione's stamp duty: 'assolta' (a €16 marca) or 'esente' with its legal basis; null = not said yet. */
    stampDuty: text('stamp_duty', { enum: STAMP_DUTY }),
    stampDutyExemptionBasis: text('stamp_duty_exemption_basis'),
    /**
     * Key of this record's row in `associations_fts`. Kept explicitly because SQLite may
     * renumber plain rowids on VACUUM, which would detach the search index from its records.
     */
    searchRowid: integer('search_rowid').unique(),
  },
  (t) => [
    index('associations_hlc_idx').on(t.hlc),
    index('associations_site_idx').on(t.siteId, t.deletedAt, t.nameSort),
    index('associations_name_idx').on(t.deletedAt, t.nameSort),
    index('associations_comune_idx').on(t.deletedAt, t.comuneSort),
    index('associations_updated_idx').on(t.deletedAt, t.updatedAt),
    index('associations_tax_code_idx').on(t.taxCode),
    index('associations_committee_idx').on(t.committee),
    index('associations_province_idx').on(t.province),
  ],
);

export const associationSites = sqliteTable(
  'association_sites',
  {
    ...recordColumns(),
    associationId: text('association_id')
      .notNull()
      .references(() => associations.id),
    label: text('label'),
    address: text('address').notNull(),
    cap: text('cap'),
    comune: text('comune').notNull(),
    province: text('province'),
    /**
     * People employed at this site, when the association says: the national guidelines count the
     * host's quota per operating site; null = not given, and the association's headcount is used.
     */
    employees: integer('employees'),
  },
  (t) => [index('association_sites_association_idx').on(t.associationId), index('association_sites_hlc_idx').on(t.hlc)],
);
