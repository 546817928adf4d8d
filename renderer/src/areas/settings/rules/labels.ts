/** The words of the rules screens: short type names, and the history's field names and values. */
import { TARGET_CATEGORIES, TARGET_CATEGORY_LABELS } from '@shared/api/candidate-fields';
import { formatCents } from '@shared/format/money';
import { INTERNSHIP_TYPES, RULE_IDS, RULE_LABELS, type InternshipType } from '@shared/rules/internship-rules';
import type { ChangeValue } from '../../../lib/RecordHistory';
import { formatDate } from '../../../lib/format';

export const TYPE_SHORT_LABELS: Record<InternshipType, string> = {
  formativo: 'Formativo',
  inserimento: 'Inserimento',
  inclusione: 'Inclusione',
};

const SHARES = new Set(['allowance.attendanceThreshold', 'finalCertificateAttendance', 'hostQuota.shareAbove']);
const CENTS = new Set(['allowance.fullMonthlyCents', 'allowance.floorMonthlyCents']);

export const RULE_SET_FIELD_LABELS: Record<string, string> = {
  name: 'Nome',
  validFrom: 'In vigore dal',
  minMonths: 'Durata minima (mesi)',
  seasonalMinMonths: 'Durata minima per attività stagionali (mesi)',
  minAgeYears: 'Età minima del tirocinante',
  'suspension.healthMinDays': 'Sospensione per maternità, malattia o infortunio: giorni minimi',
  'suspension.closureMinDays': 'Sospensione per chiusura dell’ospitante: giorni minimi',
  'allowance.fullMonthlyCents': 'Indennità minima piena',
  'allowance.fullWeeklyHours': 'Ore settimanali per l’indennità piena',
  'allowance.floorMonthlyCents': 'Indennità minima ridotta',
  'allowance.floorWeeklyHours': 'Ore settimanali per l’indennità ridotta',
  'allowance.attendanceThreshold': 'Presenza per l’indennità piena',
  maxWeeklyHours: 'Ore settimanali massime',
  hostTutorMaxInterns: 'Tirocinanti per tutor dell’ospitante',
  noticeDaysBeforeStart: 'Giorni di anticipo della comunicazione obbligatoria',
  finalCertificateAttendance: 'Presenza per l’attestazione finale',
  'hostQuota.bands': 'Fasce di dipendenti',
  'hostQuota.shareAbove': 'Quota oltre l’ultima fascia',
  'hostQuota.protocolExceptionInterns': 'Tirocinanti con l’eccezione del protocollo',
  'eligibility.declarationValidMonths': 'Validità delle dichiarazioni dell’ospitante (mesi)',
  'eligibility.layoffMonths': 'Periodo senza licenziamenti né cassa integrazione (mesi)',
  'eligibility.priorWorkMonths': 'Periodo senza lavoro presso l’ospitante (mesi)',
  ...Object.fromEntries(TARGET_CATEGORIES.map((c) => [`maxMonthsByCategory.${c}`, `Durata massima: ${TARGET_CATEGORY_LABELS[c]}`])),
  ...Object.fromEntries(INTERNSHIP_TYPES.map((t) => [`legalBasisByType.${t}`, `Norma: ${TYPE_SHORT_LABELS[t]}`])),
  ...Object.fromEntries(RULE_IDS.map((r) => [`rules.${r}.waivable`, `${RULE_LABELS[r]}: derogabile`])),
  ...Object.fromEntries(RULE_IDS.map((r) => [`rules.${r}.exemptTypes`, `${RULE_LABELS[r]}: non vale per`])),
};

export function formatRuleSetValue(field: string, value: ChangeValue): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'number' && SHARES.has(field)) return `${(value * 100).toLocaleString('it-IT')}%`;
  if (typeof value === 'number' && CENTS.has(field)) return formatCents(value);
  if (field === 'validFrom' && typeof value === 'string') return formatDate(value);
  if (field.endsWith('.exemptTypes') && typeof value === 'string') {
    const types = JSON.parse(value) as InternshipType[];
    return types.length === 0 ? 'nessuno' : types.map((t) => TYPE_SHORT_LABELS[t]).join(', ');
  }
  if (field === 'hostQuota.bands' && typeof value === 'string') {
    const bands = JSON.parse(value) as { maxEmployees: number; interns: number }[];
    return bands.map((b) => `fino a ${b.maxEmployees}: ${b.interns}`).join('; ');
  }
  return String(value);
}
