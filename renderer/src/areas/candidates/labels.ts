/**
 * Italian names of a candidate's fields and a readable form of their stored values, shared by the
 * detail page, the history and the merge table so one field reads the same everywhere.
 */
import {
  BENEFIT_LABELS,
  CANDIDATE_STATUS_LABELS,
  CEFR_LABELS,
  EDUCATION_LEVEL_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  RESTRICTED_CATEGORY_VALUE,
  RESTRICTED_LABEL,
  SHIFT_LABELS,
  SPECIAL_LEGAL_BASIS_LABELS,
  TARGET_CATEGORY_LABELS,
  type CandidateStatus,
} from '@shared/api/candidate-fields';
import { agree, type PersonSex } from '@shared/text/agreement';
import { candidateStatusOf } from '@shared/text/person-labels';
import { formatDate, formatDateTime } from '../../lib/format';
import { CANDIDATE_FIELDS, CANDIDATE_HISTORY_FIELDS, CANDIDATE_SPECIAL_FIELDS } from '@shared/fields/candidate';
import { fieldsIn, labelsOf } from '@shared/fields/field-info';

/** Every field a candidate's screens name: the form's, the art. 9 record's, and what only the history carries. */
const FIELDS = { ...CANDIDATE_FIELDS, ...CANDIDATE_SPECIAL_FIELDS, ...CANDIDATE_HISTORY_FIELDS };

export const CANDIDATE_FIELD_LABELS: Record<string, string> = labelsOf(FIELDS);

/** Fields holding one code of a fixed list: the code is shown through its Italian label. */
const CODE_LABELS: Record<string, Record<string, string>> = {
  status: CANDIDATE_STATUS_LABELS,
  employmentStatus: EMPLOYMENT_STATUS_LABELS,
  targetCategory: TARGET_CATEGORY_LABELS,
  educationLevel: EDUCATION_LEVEL_LABELS,
  specialLegalBasis: SPECIAL_LEGAL_BASIS_LABELS,
  benefits: BENEFIT_LABELS,
  shifts: SHIFT_LABELS,
  sex: { M: 'Maschio', F: 'Femmina' },
};

const DATE_FIELDS = fieldsIn(FIELDS, 'date');
const DATE_TIME_FIELDS = fieldsIn(FIELDS, 'dateTime');
const PERCENT_FIELDS = fieldsIn(FIELDS, 'percent');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The history stores lists as JSON text; the merge screen passes them as real arrays. */
function asList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' && value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
  return null;
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function listItem(field: string, item: unknown): string {
  if (field === 'experiences' && isRecord(item)) {
    const where = [text(item.employer), text(item.period)].filter(Boolean).join(', ');
    return where ? `${text(item.role)} (${where})` : text(item.role);
  }
  if (field === 'languages' && isRecord(item)) {
    const level = text(item.level);
    return `${text(item.language)} ${(CEFR_LABELS as Record<string, string>)[level] ?? level}`.trim();
  }
  const code = text(item);
  return CODE_LABELS[field]?.[code] ?? code;
}

/** Codes said of the person, agreed with their sex on the profile («Disoccupata», «Attiva»). */
const PERSON_CODES = new Set(['status', 'employmentStatus', 'targetCategory']);

function codeLabel(field: string, code: string, sex: PersonSex): string {
  const label = CODE_LABELS[field]?.[code];
  if (label === undefined) return code;
  if (!PERSON_CODES.has(field) || sex === undefined) return label;
  return field === 'status' ? candidateStatusOf(code as CandidateStatus, sex) : agree(sex, label);
}

/**
 * A stored value as the desk reads it: "—" for empty, "sì"/"no", dates as dd/mm/yyyy, codes as
 * their labels, lists joined by commas. `operatorNames` turns an operator id into a name when known.
 * `sex`, when one person's profile is shown, agrees the codes said of them; the history and the
 * merge table leave it out and keep the lists' own labels.
 */
export function formatCandidateValue(field: string, value: unknown, operatorNames?: Record<string, string>, sex?: PersonSex): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  const list = asList(value);
  if (list) return list.length === 0 ? '—' : list.map((item) => listItem(field, item)).join(', ');
  if (typeof value === 'string') {
    if (DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value);
    if (DATE_TIME_FIELDS.has(field)) return formatDateTime(value);
    if (field === 'operatorId') return operatorNames?.[value] ?? 'un altro operatore';
    // The core writes a note as "2025-03-07: text".
    const dated = field === 'notaColloquio' ? /^(\d{4}-\d{2}-\d{2}): ([\s\S]*)$/.exec(value) : null;
    if (dated) return `${formatDate(dated[1])}: ${dated[2]}`;
    if (field === 'targetCategory' && value === RESTRICTED_CATEGORY_VALUE) return RESTRICTED_LABEL;
    return codeLabel(field, value, sex);
  }
  if (typeof value === 'number') return PERCENT_FIELDS.has(field) ? `${value}%` : String(value);
  return JSON.stringify(value);
}
