/**
 * Italian names of the file's fields where a screen shows a column by name (a conflict of the
 * regional exchange): the declarations and references of decision 0015, and the fields around them.
 */
import { INSURER_LABELS, type Insurer } from '../../../../shared/api/internship-fields';
import { formatDate } from '../../lib/format';

export const INTERNSHIP_FIELD_LABELS: Record<string, string> = {
  number: 'Numero della pratica',
  startDate: 'Data di inizio',
  plannedEndDate: 'Fine prevista',
  inailPosition: 'Posizione INAIL',
  liabilityPolicy: 'Polizza di responsabilità civile',
  portalReference: 'Riferimento sul Portale Tirocini',
  professionCode: 'Professione: codice ISTAT CP2011',
  professionName: 'Professione: nome ISTAT CP2011',
  insurer: 'Chi assicura il tirocinante',
  workedForHost: 'Ha lavorato per l’ospitante negli ultimi 2 anni',
  workedForHostDeclaredOn: 'Data della dichiarazione sul lavoro presso l’ospitante',
  hostOtherPromoterInterns: 'Tirocinanti di altri promotori nella sede',
  protocolException: 'Eccezione del protocollo AICS–Exar',
};

const DATES = new Set(['startDate', 'plannedEndDate', 'workedForHostDeclaredOn']);

/** A stored value as the file's page shows it. */
export function formatInternshipValue(field: string, value: string | number | boolean | null): string {
  if (value === null || value === '') return '—';
  if (DATES.has(field) && typeof value === 'string') return formatDate(value);
  if (field === 'insurer' && typeof value === 'string') return INSURER_LABELS[value as Insurer] ?? value;
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  return String(value);
}
