/**
 * Italian names of the file's fields where a screen shows a column by name (a conflict of the
 * regional exchange): the declarations and references of decision 0015, and the fields around them.
 */
import { INSURER_LABELS, type Insurer } from '@shared/api/internship-fields';
import { formatDate } from '../../lib/format';
import { INTERNSHIP_FIELDS, INTERNSHIP_RECORD_FIELDS } from '@shared/fields/internship';
import { fieldsIn, labelsOf } from '@shared/fields/field-info';

const FIELDS = { ...INTERNSHIP_FIELDS, ...INTERNSHIP_RECORD_FIELDS };

export const INTERNSHIP_FIELD_LABELS: Record<string, string> = labelsOf(FIELDS);

const DATES = fieldsIn(FIELDS, 'date');

/** A stored value as the file's page shows it. */
export function formatInternshipValue(field: string, value: string | number | boolean | null): string {
  if (value === null || value === '') return '—';
  if (DATES.has(field) && typeof value === 'string') return formatDate(value);
  if (field === 'insurer' && typeof value === 'string') return INSURER_LABELS[value as Insurer] ?? value;
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  return String(value);
}
