/** Italian names of a need's fields and how its stored values read, for the page and the history. */
import { EDUCATION_LEVEL_LABELS, PROTECTED_CATEGORIES_LABEL, RESTRICTED_CATEGORY_VALUE, SHIFT_LABELS, TARGET_CATEGORY_LABELS } from '@shared/api/candidates';
import { NEED_OFFER_LABELS, NEED_STATUS_LABELS } from '@shared/api/needs';
import { MASCULINE_ACTION_LABELS } from '../../../lib/action-labels';
import { formatDate, formatDateTime } from '../../../lib/format';
import { NEED_FIELDS, NEED_HISTORY_FIELDS } from '@shared/fields/need';
import { fieldsIn, labelsOf } from '@shared/fields/field-info';

const FIELDS = { ...NEED_FIELDS, ...NEED_HISTORY_FIELDS };

export const NEED_FIELD_LABELS: Record<string, string> = labelsOf(FIELDS);

/** How the history names each action on a need (masculine: "il fabbisogno"). */
export const NEED_ACTION_LABELS = MASCULINE_ACTION_LABELS;

const CODE_LABELS: Record<string, Record<string, string>> = {
  educationLevel: EDUCATION_LEVEL_LABELS,
  shifts: SHIFT_LABELS,
  offers: NEED_OFFER_LABELS,
  // The protected categories, as a role without the clearance reads them (decision 0026).
  categories: { ...TARGET_CATEGORY_LABELS, [RESTRICTED_CATEGORY_VALUE]: PROTECTED_CATEGORIES_LABEL },
  status: NEED_STATUS_LABELS,
};

const DATE_FIELDS = fieldsIn(FIELDS, 'date');

/** The history stores lists as JSON text. */
function asList(value: string): unknown[] | null {
  if (!value.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

const code = (field: string, value: string) => CODE_LABELS[field]?.[value] ?? value;

/** A stored value as the desk reads it: "—" for empty, "sì"/"no", dates dd/mm/yyyy, codes as labels. */
export function formatNeedValue(field: string, value: string | number | boolean | null, operatorNames: Record<string, string> = {}): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'number') return String(value);
  const list = asList(value);
  if (list) return list.length === 0 ? '—' : list.map((item) => code(field, String(item))).join(', ');
  if (DATE_FIELDS.has(field)) return formatDate(value);
  if (field === 'deletedAt') return formatDateTime(value);
  if (field === 'operatorId') return operatorNames[value] ?? 'un altro operatore';
  return code(field, value);
}
