/** The associations list as a file: nothing of a person in it, the same columns for every role. */
import { LEGAL_FORM_LABELS, type associationListInput, type LegalForm } from '@shared/api/associations';
import type { z } from 'zod';
import { italianDate } from '@shared/validation/italian-time';
import { associationListSelection } from '../associations/list';
import { date, integer, text, type Column } from './columns';
import { byRowids, inWords, officeCode, type ExportSource } from './source';

export type AssociationFilters = z.output<typeof associationListInput>;

interface Row {
  name: string;
  legalForm: LegalForm;
  taxCode: string;
  committee: string | null;
  address: string;
  comune: string;
  province: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  employees: number;
  officeCode: string | null;
  updatedAt: string;
}

const SQL = `SELECT a.name, a.legal_form AS legalForm, a.tax_code AS taxCode, a.committee, a.address, a.comune, a.province,
    a.contact_name AS contactName, a.phone, a.email, a.employees, office.code AS officeCode, a.updated_at AS updatedAt
  FROM json_each(?) m CROSS JOIN associations a ON a.rowid = m.value LEFT JOIN sites office ON office.id = a.site_id
  ORDER BY m.key`;

const COLUMNS: Column<Row>[] = [
  text('Denominazione', 34, (r) => r.name),
  text('Forma giuridica', 28, (r) => LEGAL_FORM_LABELS[r.legalForm] ?? r.legalForm),
  text('Codice fiscale', 16, (r) => r.taxCode),
  text('Comitato AICS', 24, (r) => r.committee),
  text('Indirizzo', 28, (r) => r.address),
  text('Comune', 20, (r) => r.comune),
  text('Provincia', 10, (r) => r.province),
  text('Referente', 22, (r) => r.contactName),
  text('Telefono', 16, (r) => r.phone),
  text('Email', 28, (r) => r.email),
  integer('Dipendenti', 11, (r) => r.employees),
  text('Sportello', 10, (r) => r.officeCode),
  date('Aggiornata il', (r) => italianDate(new Date(r.updatedAt))),
];

const EMPLOYEES: Record<AssociationFilters['employees'], string | null> = { any: null, none: 'senza dipendenti', some: 'con dipendenti' };

export const associationsSource: ExportSource<AssociationFilters, Row> = {
  list: 'associations',
  sheet: 'Associazioni',
  fileStem: 'associazioni',
  selection: associationListSelection,
  rows: (ctx, rowids) => byRowids<Row>(ctx, SQL, rowids),
  columns: () => COLUMNS,
  filtersInWords: (ctx, f) =>
    inWords(f.query, [
      ['comitato', f.committee],
      ['forma giuridica', f.legalForm && LEGAL_FORM_LABELS[f.legalForm]],
      ['provincia', f.province],
      ['dipendenti', EMPLOYEES[f.employees]],
      ['sportello', f.site && officeCode(ctx, f.site)],
      ['solo eliminate', f.deleted],
    ]),
};
