/** Italian names of a need's fields and how its stored values read, for the page and the history. */
import type { AuditAction } from '../../../../../shared/api/audit';
import { EDUCATION_LEVEL_LABELS, SHIFT_LABELS, TARGET_CATEGORY_LABELS } from '../../../../../shared/api/candidates';
import { NEED_OFFER_LABELS, NEED_STATUS_LABELS } from '../../../../../shared/api/needs';
import { formatDate, formatDateTime } from '../../../lib/format';

export const NEED_FIELD_LABELS: Record<string, string> = {
  associationId: 'Associazione',
  operatingSiteId: 'Sede operativa',
  title: 'Ruolo richiesto',
  tasks: 'Mansioni',
  skills: 'Competenze richieste',
  educationLevel: 'Titolo di studio minimo',
  licence: 'Patente',
  vehicleNeeded: 'Serve un mezzo proprio',
  hoursPerWeek: 'Ore settimanali',
  shifts: 'Turni',
  schedule: 'Orario',
  periodFrom: 'Periodo dal',
  periodTo: 'Periodo al',
  positions: 'Posti',
  offers: 'Cosa offre',
  categories: 'Categorie adatte',
  hostTutorAvailable: 'Tutor dell’ospitante disponibile',
  receivedOn: 'Ricevuto il',
  operatorId: 'Operatore di riferimento',
  notes: 'Note',
  status: 'Stato',
  statusChangedOn: 'Stato cambiato il',
  deletedAt: 'Eliminato il',
};

/** How the history names each action on a need (masculine: "il fabbisogno"). */
export const NEED_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Registrato',
  update: 'Modificato',
  delete: 'Eliminato',
  restore: 'Ripristinato',
  login: 'Accesso',
  view: 'Consultato',
  merge: 'Unione',
  import: 'Arrivato con lo scambio dati',
  export: 'Esportato',
  resolve: 'Conflitto risolto',
};

const CODE_LABELS: Record<string, Record<string, string>> = {
  educationLevel: EDUCATION_LEVEL_LABELS,
  shifts: SHIFT_LABELS,
  offers: NEED_OFFER_LABELS,
  categories: TARGET_CATEGORY_LABELS,
  status: NEED_STATUS_LABELS,
};

const DATE_FIELDS = new Set(['periodFrom', 'periodTo', 'receivedOn', 'statusChangedOn']);

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
