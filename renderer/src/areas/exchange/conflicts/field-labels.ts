/**
 * A conflict's fields in the desk's words: the core gives each column's camelCase name (`label`)
 * and its stored value; the areas' own label maps and formatters name and show them as the record's
 * page and history do. Fields no area names are shown by their column name.
 */
import { formatAssociationValue, ASSOCIATION_FIELD_LABELS } from '../../associations/labels';
import { CANDIDATE_FIELD_LABELS, formatCandidateValue } from '../../candidates/labels';
import { formatNeedValue, NEED_FIELD_LABELS } from '../../needs/detail/labels';
import { RULE_SET_FIELD_LABELS } from '../../settings/rules/labels';
import { formatInternshipValue, INTERNSHIP_FIELD_LABELS } from '../../internships/labels';
import { formatDateTime } from '../../../lib/format';
import { SITE_EMPLOYEES } from '@shared/api/associations';

type Value = string | number | boolean | null;

interface TableWords {
  labels: Record<string, string>;
  format?(field: string, value: Value): string;
  /** Stored as 0/1 in the database: shown as «sì»/«no». */
  booleans?: readonly string[];
}

/** Columns many records share, for the tables no area describes (sedi operative, pratiche…). */
const COMMON_LABELS: Record<string, string> = {
  name: 'Nome',
  label: 'Nome',
  address: 'Indirizzo',
  cap: 'CAP',
  comune: 'Comune',
  province: 'Provincia',
  notes: 'Note',
  status: 'Stato',
  deletedAt: 'Eliminato il',
};

const CANDIDATES: TableWords = {
  labels: CANDIDATE_FIELD_LABELS,
  format: formatCandidateValue,
  booleans: ['domicileSame', 'ownVehicle', 'consentContact', 'socialServicesCare'],
};

const TABLES: Record<string, TableWords> = {
  associations: { labels: ASSOCIATION_FIELD_LABELS, format: formatAssociationValue },
  association_sites: { labels: { ...COMMON_LABELS, associationId: 'Associazione', employees: SITE_EMPLOYEES } },
  candidates: CANDIDATES,
  candidate_special: CANDIDATES,
  needs: { labels: NEED_FIELD_LABELS, format: formatNeedValue, booleans: ['vehicleNeeded', 'hostTutorAvailable'] },
  rule_sets: { labels: RULE_SET_FIELD_LABELS },
  internships: { labels: { ...COMMON_LABELS, ...INTERNSHIP_FIELD_LABELS }, format: formatInternshipValue, booleans: ['protocolException', 'workedForHost'] },
  operators: { labels: { ...COMMON_LABELS, fullName: 'Nome e cognome', username: 'Nome utente', role: 'Ruolo', active: 'Attivo' }, booleans: ['active'] },
};

function wordsOf(table: string): TableWords {
  return TABLES[table] ?? { labels: COMMON_LABELS };
}

/** «Telefono» for `phone` of an association; the column's own name when nobody named it. */
export function conflictFieldLabel(table: string, field: string, column: string): string {
  return wordsOf(table).labels[field] ?? COMMON_LABELS[field] ?? column;
}

export function conflictFieldValue(table: string, field: string, value: Value): string {
  const words = wordsOf(table);
  if (value === null || value === '') return '—';
  if (words.booleans?.includes(field) && (value === 0 || value === 1)) return value === 1 ? 'sì' : 'no';
  if (words.format) return words.format(field, value);
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (field === 'deletedAt' && typeof value === 'string') return formatDateTime(value);
  return String(value);
}
