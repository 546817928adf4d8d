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
} from '../../../../shared/api/candidate-fields';
import { agree, type PersonSex } from '../../../../shared/text/agreement';
import { candidateStatusOf } from '../../../../shared/text/person-labels';
import { formatDate, formatDateTime } from '../../lib/format';

export const CANDIDATE_FIELD_LABELS: Record<string, string> = {
  firstName: 'Nome',
  lastName: 'Cognome',
  taxCode: 'Codice fiscale',
  birthDate: 'Data di nascita',
  sex: 'Sesso',
  birthPlaceCode: 'Codice del luogo di nascita',
  birthPlace: 'Luogo di nascita',
  citizenship: 'Cittadinanza',
  permitType: 'Permesso di soggiorno',
  permitExpiry: 'Scadenza del permesso di soggiorno',
  resAddress: 'Indirizzo di residenza',
  resCap: 'CAP di residenza',
  resComune: 'Comune di residenza',
  resProvince: 'Provincia di residenza',
  domicileSame: 'Domicilio uguale alla residenza',
  domAddress: 'Indirizzo di domicilio',
  domCap: 'CAP di domicilio',
  domComune: 'Comune di domicilio',
  domProvince: 'Provincia di domicilio',
  phone: 'Telefono',
  email: 'Email',
  employmentStatus: 'Condizione lavorativa',
  didDate: 'Data della DID',
  cpi: 'Centro per l’impiego',
  benefits: 'Sostegni al reddito',
  targetCategory: 'Categoria',
  educationLevel: 'Titolo di studio',
  educationTitle: 'Titolo conseguito',
  educationYear: 'Anno del titolo',
  experiences: 'Esperienze di lavoro',
  skills: 'Competenze',
  languages: 'Lingue',
  drivingLicences: 'Patenti',
  ownVehicle: 'Automunito/a',
  hoursPerWeek: 'Ore settimanali',
  shifts: 'Turni',
  availabilityArea: 'Zona in cui può lavorare',
  availableFrom: 'Disponibile dal',
  privacyNoticeDate: 'Data dell’informativa privacy',
  privacyNoticeVersion: 'Versione dell’informativa',
  specialLegalBasis: 'Base giuridica per i dati particolari',
  consentContact: 'Consenso a essere contattato/a',
  consentDate: 'Data del consenso',
  status: 'Stato',
  operatorId: 'Operatore di riferimento',
  notes: 'Note',
  // Art. 9 data (its own record, shown only to who may see it).
  disabilityPercent: 'Percentuale di invalidità',
  healthNotes: 'Note sanitarie',
  socialServicesCare: 'In carico ai servizi sociali',
  socialServicesNotes: 'Note sui servizi sociali',
  // Written only by the core into the history.
  nonDuplicato: 'Segnato come non duplicato di',
  unitoDa: 'Unito con il profilo',
  mergedInto: 'Unito nel profilo',
  notaColloquio: 'Nota di colloquio',
  allegato: 'Allegato',
  deletedAt: 'Eliminato il',
};

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

const DATE_FIELDS = new Set(['birthDate', 'permitExpiry', 'didDate', 'availableFrom', 'privacyNoticeDate', 'consentDate']);
const DATE_TIME_FIELDS = new Set(['deletedAt']);
const PERCENT_FIELDS = new Set(['disabilityPercent']);

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
