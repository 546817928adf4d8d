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
 * The categories shown to a role without `candidates.special` as one «categoria tutelata», never
 * which one (decision 0026). Disability and social-care are art. 9 GDPR data in themselves, and
 * L. 381/91 disadvantage mostly is (health, addiction, a sentence: art. 9 and 10); international
 * protection is folded in with them so the shared label does not say "health data" either. The
 * four have the longer maximum durations (12 and 24 months), so the label is what the desk needs
 * to treat the file right, and a coordinator sees which one.
 */
export const RESTRICTED_CATEGORIES: readonly TargetCategory[] = ['disabile', 'servizi', 'svantaggiato', 'protezione'];
/** The token a masked category reads as in a history line or a ranking's facts. */
export const RESTRICTED_CATEGORY_VALUE = 'riservata';
export const RESTRICTED_LABEL = 'Categoria tutelata (il dettaglio lo vede il coordinatore)';
/** A need asking one or more protected categories, as such a role reads it. */
export const PROTECTED_CATEGORIES_LABEL = 'Categorie tutelate (il dettaglio lo vede il coordinatore)';
export function isRestrictedCategory(value: string | null): boolean {
  return value !== null && (RESTRICTED_CATEGORIES as readonly string[]).includes(value);
}

/** A need's categories as a role without the clearance sees them: the protected ones folded into one flag. */
export function visibleCategories<C extends string>(categories: readonly C[]): { categories: C[]; hidden: boolean } {
  const shown = categories.filter((c) => !isRestrictedCategory(c));
  return { categories: shown, hidden: shown.length < categories.length };
}
