/** Italian names of the association's fields, for the history and the detail page. */
import { LEGAL_FORM_LABELS, STAMP_DUTY_LABELS, type LegalForm, type StampDuty } from '@shared/api/associations';
import type { HostDeclaration } from '@shared/rules/host-eligibility';
import type { AuditAction } from '@shared/api/audit';
import { formatDate, formatDateTime } from '../../lib/format';
import { ASSOCIATION_FIELDS, ASSOCIATION_HISTORY_FIELDS } from '@shared/fields/association';
import { fieldsIn, labelsOf } from '@shared/fields/field-info';

/** The host's dated eligibility declarations (decision 0015), as the form and the page name them. */
export const DECLARATION_LABELS: Record<HostDeclaration, string> = {
  noLayoffsDeclaredOn: ASSOCIATION_FIELDS.noLayoffsDeclaredOn.label,
  safetyDeclaredOn: ASSOCIATION_FIELDS.safetyDeclaredOn.label,
  disabilityQuotaDeclaredOn: ASSOCIATION_FIELDS.disabilityQuotaDeclaredOn.label,
};

const FIELDS = { ...ASSOCIATION_FIELDS, ...ASSOCIATION_HISTORY_FIELDS };
const DATES = fieldsIn(FIELDS, 'date');

export const ASSOCIATION_FIELD_LABELS: Record<string, string> = labelsOf(FIELDS);

/** How the history names each action on an association (feminine: "l'associazione"). */
export const ASSOCIATION_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Creata',
  update: 'Modificata',
  delete: 'Eliminata',
  restore: 'Ripristinata',
  login: 'Accesso',
  view: 'Consultata',
  merge: 'Unione',
  import: 'Arrivata con lo scambio dati',
  export: 'Esportata',
  resolve: 'Conflitto risolto',
};

/** A stored value as the history shows it: codes as their labels, dates as dd/mm/yyyy. */
export function formatAssociationValue(field: string, value: string | number | boolean | null): string {
  if (value === null || value === '') return '—';
  if (field === 'legalForm' && typeof value === 'string') return LEGAL_FORM_LABELS[value as LegalForm] ?? value;
  if (field === 'deletedAt' && typeof value === 'string') return formatDateTime(value);
  if (DATES.has(field) && typeof value === 'string') return formatDate(value);
  if (field === 'stampDuty' && typeof value === 'string') return STAMP_DUTY_LABELS[value as StampDuty] ?? value;
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  return String(value);
}
