/**
 * What a person is to the desk, needed by the contract (shared/api) and the pure rules (shared/rules)
 * alike, so it lives below both: the candidate's status and the target categories, with the ones that
 * are special-category data in themselves (art. 9 GDPR).
 */

export const CANDIDATE_STATUSES = ['attivo', 'in_tirocinio', 'occupato', 'non_disponibile', 'archiviato'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];
export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  attivo: 'Attivo',
  in_tirocinio: 'In tirocinio',
  occupato: 'Occupato',
  non_disponibile: 'Non disponibile',
  archiviato: 'Archiviato',
};

export const TARGET_CATEGORIES = [
  'disoccupato',
  'disabile',
  'svantaggiato',
  'servizi',
  'protezione',
  'neet',
  'altro',
] as const;
export type TargetCategory = (typeof TARGET_CATEGORIES)[number];
export const TARGET_CATEGORY_LABELS: Record<TargetCategory, string> = {
  disoccupato: 'Disoccupato/a',
  disabile: 'Persona con disabilità (L. 68/99)',
  svantaggiato: 'Persona svantaggiata (L. 381/91)',
  servizi: 'In carico ai servizi sociali o sanitari',
  protezione: 'Richiedente o titolare di protezione internazionale',
  neet: 'NEET (non studia e non lavora)',
  altro: 'Altro',
};

/**
 * Categories that say a person has a disability or is cared for by social services: art. 9 GDPR
 * data in themselves. Shown only to roles with `candidates.special`; others read RESTRICTED_LABEL.
 */
export const RESTRICTED_CATEGORIES: readonly TargetCategory[] = ['disabile', 'servizi'];
export const RESTRICTED_CATEGORY_VALUE = 'riservata';
export const RESTRICTED_LABEL = 'Riservata (visibile ai coordinatori)';
export function isRestrictedCategory(value: string | null): boolean {
  return value !== null && (RESTRICTED_CATEGORIES as readonly string[]).includes(value);
}

