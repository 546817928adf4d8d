/**
 * The records that travel between a desk and the regional office, in the order a bundle carries
 * them (parents before children), with the Italian words the screens use. The core adds what only
 * it needs (columns that stay local, parent links, re-indexing) in `electron/core/exchange/tables.ts`.
 */

export const EXCHANGE_AREAS = ['sportelli', 'operatori', 'associazioni', 'candidati', 'fabbisogni', 'abbinamenti', 'tirocini', 'documenti', 'regole'] as const;
export type ExchangeArea = (typeof EXCHANGE_AREAS)[number];

export const EXCHANGE_AREA_LABELS: Record<ExchangeArea, string> = {
  sportelli: 'Sportelli',
  operatori: 'Operatori',
  associazioni: 'Associazioni',
  candidati: 'Candidati',
  fabbisogni: 'Fabbisogni',
  abbinamenti: 'Abbinamenti',
  tirocini: 'Tirocini',
  documenti: 'Documenti',
  regole: 'Regole e modelli',
};

export interface ExchangeTableInfo {
  table: string;
  area: ExchangeArea;
  /** What one record is, for the screens («Nota di colloquio»). */
  label: string;
  /**
   * Stays at the desk unless an administrator says otherwise (GDPR: special-category data, interview
   * notes). Tables that others depend on cannot be left out (their children would never apply).
   */
  leftOutByDefault: boolean;
  /** Whether an administrator may leave it out: only tables no other travelling table points to. */
  optional: boolean;
}

export const EXCHANGE_TABLES: readonly ExchangeTableInfo[] = [
  { table: 'sites', area: 'sportelli', label: 'Sportello', leftOutByDefault: false, optional: false },
  { table: 'operators', area: 'operatori', label: 'Operatore (senza password)', leftOutByDefault: false, optional: false },
  // Reference data of the regional office (decision 0013): no parent, nothing points at it (an association's
  // committee is free text), listed before the associations whose committee field it suggests.
  { table: 'committees', area: 'associazioni', label: 'Comitato AICS (elenco regionale)', leftOutByDefault: false, optional: false },
  { table: 'associations', area: 'associazioni', label: 'Associazione', leftOutByDefault: false, optional: false },
  { table: 'association_sites', area: 'associazioni', label: 'Sede operativa', leftOutByDefault: false, optional: false },
  { table: 'candidates', area: 'candidati', label: 'Candidato', leftOutByDefault: false, optional: false },
  { table: 'candidate_special', area: 'candidati', label: 'Dati particolari (salute, disabilità, servizi sociali)', leftOutByDefault: true, optional: true },
  { table: 'candidate_notes', area: 'candidati', label: 'Nota di colloquio', leftOutByDefault: true, optional: true },
  { table: 'candidate_attachments', area: 'candidati', label: 'Allegato del candidato (dati del file)', leftOutByDefault: false, optional: true },
  { table: 'candidate_not_duplicates', area: 'candidati', label: 'Coppia segnata «non è un doppione»', leftOutByDefault: false, optional: true },
  { table: 'needs', area: 'fabbisogni', label: 'Fabbisogno', leftOutByDefault: false, optional: false },
  { table: 'need_events', area: 'fabbisogni', label: 'Passaggio di stato del fabbisogno', leftOutByDefault: false, optional: true },
  { table: 'matches', area: 'abbinamenti', label: 'Proposta', leftOutByDefault: false, optional: false },
  { table: 'match_events', area: 'abbinamenti', label: 'Passaggio di stato della proposta', leftOutByDefault: false, optional: true },
  { table: 'rule_sets', area: 'regole', label: 'Versione delle regole regionali', leftOutByDefault: false, optional: false },
  // Rule data any office's coordinator may correct (decision 0017): nothing points at it.
  { table: 'patron_days', area: 'regole', label: 'Festa patronale di un comune', leftOutByDefault: false, optional: true },
  { table: 'internships', area: 'tirocini', label: 'Pratica di tirocinio', leftOutByDefault: false, optional: false },
  { table: 'internship_events', area: 'tirocini', label: 'Evento della pratica', leftOutByDefault: false, optional: true },
  { table: 'internship_suspensions', area: 'tirocini', label: 'Sospensione', leftOutByDefault: false, optional: true },
  { table: 'internship_extensions', area: 'tirocini', label: 'Proroga', leftOutByDefault: false, optional: true },
  { table: 'internship_waivers', area: 'tirocini', label: 'Deroga del coordinatore', leftOutByDefault: false, optional: true },
  { table: 'attendance_months', area: 'tirocini', label: 'Presenze del mese', leftOutByDefault: false, optional: true },
  { table: 'document_templates', area: 'regole', label: 'Modello Word dell’ufficio', leftOutByDefault: false, optional: true },
  { table: 'documents', area: 'documenti', label: 'Documento preparato (dati del file)', leftOutByDefault: false, optional: true },
];

export const EXCHANGE_TABLE_NAMES = EXCHANGE_TABLES.map((t) => t.table);

export function exchangeTableInfo(table: string): ExchangeTableInfo | undefined {
  return EXCHANGE_TABLES.find((t) => t.table === table);
}
