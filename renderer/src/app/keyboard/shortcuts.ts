/**
 * The desk's keyboard shortcuts (issue 16), in one table: the «?» help lists it and
 * KeyboardShortcuts acts on it, so what is shown is what works. Ctrl+K is the spotlight's own.
 */
export type ShortcutId = 'search' | 'new' | 'save' | 'listSearch' | 'nextTab' | 'previousTab' | 'help';

export interface Shortcut {
  id: ShortcutId;
  /** The keys as the desk reads them, one string per key. */
  keys: string[];
  what: string;
  /** Whether it works while the cursor is in a field (Ctrl+S does; «/» is a character there). */
  inFields: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'search', keys: ['Ctrl', 'K'], what: 'Cerca ovunque: persone, associazioni, fabbisogni, pratiche e azioni', inFields: true },
  { id: 'new', keys: ['Alt', 'N'], what: 'Nuovo record dell’elenco in cui sei (candidato, associazione, fabbisogno, pratica)', inFields: true },
  { id: 'save', keys: ['Ctrl', 'S'], what: 'Salva il modulo aperto', inFields: true },
  { id: 'listSearch', keys: ['/'], what: 'Va alla casella di ricerca dell’elenco', inFields: false },
  { id: 'nextTab', keys: [']'], what: 'Scheda successiva della pagina', inFields: false },
  { id: 'previousTab', keys: ['['], what: 'Scheda precedente della pagina', inFields: false },
  { id: 'help', keys: ['?'], what: 'Mostra queste scorciatoie', inFields: false },
];

/** The shortcut a key press means, if any. `code` keeps Alt+N working whatever Alt+N types on a Mac. */
export function shortcutOf(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): ShortcutId | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && e.key.toLowerCase() === 's') return 'save';
  if (e.altKey && !mod && e.code === 'KeyN') return 'new';
  if (mod || e.altKey) return null;
  if (e.key === '/') return 'listSearch';
  if (e.key === ']') return 'nextTab';
  if (e.key === '[') return 'previousTab';
  if (e.key === '?') return 'help';
  return null;
}

/** Where «Nuovo» leads from each list (and its records), with the permission it needs. */
export const NEW_RECORD: readonly { prefix: string; to: string; permission: 'candidates.write' | 'associations.write' | 'needs.write' | 'internships.write' }[] = [
  { prefix: '/candidati', to: '/candidati/nuovo', permission: 'candidates.write' },
  { prefix: '/associazioni', to: '/associazioni/nuova', permission: 'associations.write' },
  { prefix: '/fabbisogni', to: '/fabbisogni/nuovo', permission: 'needs.write' },
  { prefix: '/tirocini', to: '/tirocini/nuovo', permission: 'internships.write' },
];
