/**
 * The internships list as a file. The file's category is hidden from a role without
 * `candidates.special` as `internships.get` hides it: when the category the file started with, or
 * the person's now, is a protected one, it reads as RESTRICTED_LABEL.
 */
import { isRestrictedCategory, RESTRICTED_LABEL, TARGET_CATEGORY_LABELS } from '@shared/api/candidates';
import {
  INTERNSHIP_STATUS_LABELS,
  INTERNSHIP_TYPE_LABELS,
  type InternshipListParams,
  type InternshipStatus,
  type InternshipType,
} from '@shared/api/internships';
import type { ReadCtx } from '../../context';
import { internshipListSelection } from '../internships/list';
import { date, euro, text, type Column } from './columns';
import { associationName, byRowids, inWords, officeCode, operatorName, personName, type ExportSource } from './source';

interface Row {
  number: string;
  candidateName: string;
  taxCode: string;
  /** The person's category now and the one the file was checked on. */
  personCategory: string | null;
  fileCategory: string | null;
  associationName: string;
  type: InternshipType;
  status: InternshipStatus;
  startDate: string | null;
  plannedEndDate: string | null;
  actualEndDate: string | null;
  monthlyAllowanceCents: number | null;
  professionName: string | null;
  promoterTutorName: string | null;
  hostTutorName: string | null;
  officeCode: string | null;
}

const SQL = `SELECT i.number, c.last_name || ' ' || c.first_name AS candidateName, c.tax_code AS taxCode,
    c.target_category AS personCategory, i.target_category AS fileCategory, a.name AS associationName, i.type, i.status,
    i.start_date AS startDate, i.planned_end_date AS plannedEndDate, i.actual_end_date AS actualEndDate,
    i.monthly_allowance_cents AS monthlyAllowanceCents, i.profession_name AS professionName,
    o.full_name AS promoterTutorName, i.host_tutor_name AS hostTutorName, office.code AS officeCode
  FROM json_each(?) m CROSS JOIN internships i ON i.rowid = m.value
  JOIN candidates c ON c.id = i.candidate_id JOIN associations a ON a.id = i.association_id
  LEFT JOIN operators o ON o.id = i.promoter_tutor_id LEFT JOIN sites office ON office.id = i.site_id
  ORDER BY m.key`;

function category(r: Row, seesSpecial: boolean): string | null {
  if (!seesSpecial && (isRestrictedCategory(r.fileCategory) || isRestrictedCategory(r.personCategory))) return RESTRICTED_LABEL;
  if (r.fileCategory === null) return null;
  return TARGET_CATEGORY_LABELS[r.fileCategory as keyof typeof TARGET_CATEGORY_LABELS] ?? r.fileCategory;
}

function columns(_ctx: ReadCtx, seesSpecial: boolean): Column<Row>[] {
  return [
    text('Numero', 16, (r) => r.number),
    text('Tirocinante', 26, (r) => r.candidateName),
    text('Codice fiscale', 18, (r) => r.taxCode),
    text('Categoria', 34, (r) => category(r, seesSpecial)),
    text('Associazione ospitante', 30, (r) => r.associationName),
    text('Tipo', 30, (r) => INTERNSHIP_TYPE_LABELS[r.type]),
    text('Stato', 14, (r) => INTERNSHIP_STATUS_LABELS[r.status]),
    date('Inizio', (r) => r.startDate),
    date('Fine prevista', (r) => r.plannedEndDate),
    date('Fine effettiva', (r) => r.actualEndDate),
    euro('Indennità mensile', (r) => r.monthlyAllowanceCents),
    text('Profilo professionale', 26, (r) => r.professionName),
    text('Tutor del promotore', 22, (r) => r.promoterTutorName),
    text('Tutor dell’ospitante', 22, (r) => r.hostTutorName),
    text('Sportello', 10, (r) => r.officeCode),
  ];
}

export const internshipsSource: ExportSource<InternshipListParams, Row> = {
  list: 'internships',
  sheet: 'Tirocini',
  fileStem: 'tirocini',
  selection: internshipListSelection,
  rows: (ctx, rowids) => byRowids<Row>(ctx, SQL, rowids),
  columns,
  filtersInWords: (ctx, f) =>
    inWords(f.query, [
      ['stato', f.status && INTERNSHIP_STATUS_LABELS[f.status]],
      ['associazione', f.associationId && associationName(ctx, f.associationId)],
      ['tutor del promotore', f.promoterTutorId && operatorName(ctx, f.promoterTutorId)],
      ['tirocinante', f.candidateId && personName(ctx, f.candidateId)],
      ['tipo', f.type && INTERNSHIP_TYPE_LABELS[f.type]],
      ['in scadenza entro', f.endingWithinDays === null ? null : `${f.endingWithinDays} giorni`],
      ['senza presenze del mese scorso', f.attendanceMissing],
      ['sportello', f.site && officeCode(ctx, f.site)],
      ['solo bozze eliminate', f.deleted],
    ]),
};
