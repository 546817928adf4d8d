/**
 * The candidates list as a file. A person's protected category reads as the list shows it to a role
 * without `candidates.special` (RESTRICTED_LABEL, decision 0026); the special-data columns exist
 * only for the roles that hold it, and are not even read for the others.
 */
import {
  CANDIDATE_STATUS_LABELS,
  EDUCATION_LEVEL_LABELS,
  isRestrictedCategory,
  RESTRICTED_LABEL,
  SHIFT_LABELS,
  TARGET_CATEGORY_LABELS,
  type CandidateListParams,
  type CandidateStatus,
} from '@shared/api/candidates';
import { ageOn } from '@shared/rules/person-age';
import { italianDate } from '@shared/validation/italian-time';
import type { ReadCtx } from '../../context';
import { candidateListSelection } from '../candidates/list';
import { date, integer, labelsOf, text, yesNo, type Column } from './columns';
import { byRowids, inWords, officeCode, operatorName, type ExportSource } from './source';

interface Row {
  lastName: string;
  firstName: string;
  taxCode: string;
  birthDate: string;
  sex: string | null;
  resComune: string | null;
  resProvince: string | null;
  phone: string | null;
  email: string | null;
  status: CandidateStatus;
  targetCategory: string | null;
  educationLevel: string | null;
  availableFrom: string | null;
  hoursPerWeek: number | null;
  ownVehicle: number;
  drivingLicences: string;
  shifts: string;
  skills: string;
  operatorName: string | null;
  officeCode: string | null;
  updatedAt: string;
  /** Read only for a caller with the clearance. */
  disabilityPercent?: number | null;
  socialServicesCare?: number | null;
}

const SELECT = `SELECT c.last_name AS lastName, c.first_name AS firstName, c.tax_code AS taxCode, c.birth_date AS birthDate, c.sex,
  c.res_comune AS resComune, c.res_province AS resProvince, c.phone, c.email, c.status, c.target_category AS targetCategory,
  c.education_level AS educationLevel, c.available_from AS availableFrom, c.hours_per_week AS hoursPerWeek, c.own_vehicle AS ownVehicle,
  c.driving_licences AS drivingLicences, c.shifts, c.skills, o.full_name AS operatorName, office.code AS officeCode, c.updated_at AS updatedAt`;
const FROM = `FROM json_each(?) m CROSS JOIN candidates c ON c.rowid = m.value
  LEFT JOIN operators o ON o.id = c.operator_id LEFT JOIN sites office ON office.id = c.site_id`;
const SPECIAL = ', sp.disability_percent AS disabilityPercent, sp.social_services_care AS socialServicesCare';
const SPECIAL_JOIN = 'LEFT JOIN candidate_special sp ON sp.candidate_id = c.id AND sp.deleted_at IS NULL';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const label = (labels: Readonly<Record<string, string>>, code: string | null) => (code === null ? null : (labels[code] ?? code));

function columns(ctx: ReadCtx, seesSpecial: boolean): Column<Row>[] {
  const today = ctx.today();
  const category = (r: Row) => (!seesSpecial && isRestrictedCategory(r.targetCategory) ? RESTRICTED_LABEL : label(TARGET_CATEGORY_LABELS, r.targetCategory));
  const all: Column<Row>[] = [
    text('Cognome', 18, (r) => r.lastName),
    text('Nome', 16, (r) => r.firstName),
    text('Codice fiscale', 18, (r) => r.taxCode),
    date('Data di nascita', (r) => r.birthDate),
    // An erased person's row may keep a partial date: no age rather than a wrong one.
    integer('Età', 6, (r) => (ISO_DAY.test(r.birthDate) ? ageOn(r.birthDate, today) : null)),
    text('Sesso', 7, (r) => r.sex),
    text('Comune di residenza', 22, (r) => r.resComune),
    text('Provincia', 10, (r) => r.resProvince),
    text('Telefono', 16, (r) => r.phone),
    text('Email', 28, (r) => r.email),
    text('Stato', 16, (r) => CANDIDATE_STATUS_LABELS[r.status]),
    text('Categoria', 34, category),
    text('Titolo di studio', 30, (r) => label(EDUCATION_LEVEL_LABELS, r.educationLevel)),
    date('Disponibile dal', (r) => r.availableFrom),
    integer('Ore settimanali', 10, (r) => r.hoursPerWeek),
    text('Turni', 22, (r) => labelsOf(r.shifts, SHIFT_LABELS)),
    text('Patenti', 12, (r) => labelsOf(r.drivingLicences, {})),
    text('Mezzo proprio', 10, (r) => yesNo(r.ownVehicle)),
    text('Competenze', 40, (r) => labelsOf(r.skills, {})),
    text('Operatore di riferimento', 24, (r) => r.operatorName),
    text('Sportello', 10, (r) => r.officeCode),
    date('Aggiornato il', (r) => italianDate(new Date(r.updatedAt))),
  ];
  if (!seesSpecial) return all;
  return [
    ...all,
    integer('Invalidità (%)', 10, (r) => r.disabilityPercent ?? null),
    text('In carico ai servizi sociali', 14, (r) => yesNo(r.socialServicesCare ?? null)),
  ];
}

export const candidatesSource: ExportSource<CandidateListParams, Row> = {
  list: 'candidates',
  sheet: 'Candidati',
  fileStem: 'candidati',
  selection: candidateListSelection,
  rows: (ctx, rowids, seesSpecial) =>
    byRowids<Row>(ctx, seesSpecial ? `${SELECT}${SPECIAL} ${FROM} ${SPECIAL_JOIN} ORDER BY m.key` : `${SELECT} ${FROM} ORDER BY m.key`, rowids),
  columns,
  filtersInWords: (ctx, f) =>
    inWords(f.query, [
      ['stato', f.status && CANDIDATE_STATUS_LABELS[f.status]],
      ['categoria', f.targetCategory && TARGET_CATEGORY_LABELS[f.targetCategory]],
      ['provincia', f.province],
      ['comune', f.comune],
      ['disponibile entro il', f.availableBy],
      ['turno', f.shift && SHIFT_LABELS[f.shift]],
      ['patente', f.licence],
      ['mezzo proprio', f.ownVehicle === null ? null : f.ownVehicle ? 'sì' : 'no'],
      ['età minima', f.ageMin],
      ['età massima', f.ageMax],
      ['titolo di studio almeno', f.educationMin && EDUCATION_LEVEL_LABELS[f.educationMin]],
      ['operatore', f.operatorId && operatorName(ctx, f.operatorId)],
      ['sportello', f.site && officeCode(ctx, f.site)],
      ['solo eliminati', f.deleted],
    ]),
};
