/**
 * Ctrl+K (issue 16): one box that finds people by name or codice fiscale, associations, needs and
 * files by number, and the moves a desk makes most, grouped by area and driven by the keyboard
 * alone (arrows, Enter, Esc). The records come from `search.everywhere` as one types; the actions
 * are filtered here, by the words typed.
 */
import { Spotlight } from '@mantine/spotlight';
import { IconBuildingCommunity, IconCalendarMonth, IconClipboardList, IconPlus, IconSchool, IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { sortKey } from '@shared/validation/text';
import type { SearchHit } from '@shared/api/search';
import type { Permission } from '@shared/api/permissions';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth/AuthProvider';

interface QuickAction {
  label: string;
  to: string;
  permission: Permission;
  /** Other words a desk might type for it. */
  words: string;
}

const ACTIONS: readonly QuickAction[] = [
  { label: 'Nuovo candidato', to: '/candidati/nuovo', permission: 'candidates.write', words: 'persona profilo iscrizione' },
  { label: 'Nuova pratica di tirocinio', to: '/tirocini/nuovo', permission: 'internships.write', words: 'tirocinio file' },
  { label: 'Registri del mese', to: '/tirocini/registri', permission: 'internships.read', words: 'presenze registro mese' },
  { label: 'Nuova associazione', to: '/associazioni/nuova', permission: 'associations.write', words: 'ente ospitante' },
  { label: 'Nuovo fabbisogno', to: '/fabbisogni/nuovo', permission: 'needs.write', words: 'richiesta posizione' },
  { label: 'Oggi', to: '/oggi', permission: 'candidates.read', words: 'agenda scadenze' },
];

const GROUPS: readonly { key: 'candidates' | 'associations' | 'needs' | 'internships'; label: string; to: (id: string) => string; icon: ReactNode }[] = [
  { key: 'candidates', label: 'Candidati', to: (id) => `/candidati/${id}`, icon: <IconUserSearch size={18} aria-hidden /> },
  { key: 'associations', label: 'Associazioni', to: (id) => `/associazioni/${id}`, icon: <IconBuildingCommunity size={18} aria-hidden /> },
  { key: 'needs', label: 'Fabbisogni', to: (id) => `/fabbisogni/${id}`, icon: <IconClipboardList size={18} aria-hidden /> },
  { key: 'internships', label: 'Tirocini', to: (id) => `/tirocini/${id}`, icon: <IconSchool size={18} aria-hidden /> },
];

/** Every word typed is the start of a word of the action («nuo cand» finds «Nuovo candidato»). */
function matches(action: QuickAction, query: string): boolean {
  const words = sortKey(`${action.label} ${action.words}`).split(/\s+/);
  return sortKey(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((typed) => words.some((w) => w.startsWith(typed)));
}

export function GlobalSearch() {
  const session = useSession();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  // No previous answer kept on screen: Enter must never open a result of the words typed before.
  const results = useApiQuery('search.everywhere', { query: debounced, perGroup: 5 }, { enabled: debounced.length > 0 });
  const actions = ACTIONS.filter((a) => session.can(a.permission) && (query.trim() === '' || matches(a, query)));
  // Only the answer to what is typed now: a result of the words typed before must never be opened by Enter.
  const found = debounced.length > 0 && debounced === query.trim() ? results.data : null;
  const go = (to: string) => navigate(to);

  const recordGroups = GROUPS.map((g) => ({ ...g, hits: (found?.[g.key] ?? []) as SearchHit[] })).filter((g) => g.hits.length > 0);
  const nothing = actions.length === 0 && recordGroups.length === 0;

  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} tagsToIgnore={[]} scrollable maxHeight={480}>
      <Spotlight.Search placeholder="Cerca persone, codici fiscali, associazioni, fabbisogni, pratiche…" leftSection={<IconSearch size={18} aria-hidden />} aria-label="Cerca ovunque" />
      <Spotlight.ActionsList>
        {actions.length > 0 && (
          <Spotlight.ActionsGroup label="Azioni">
            {actions.map((a) => (
              <Spotlight.Action
                key={a.to}
                label={a.label}
                leftSection={a.to.endsWith('registri') ? <IconCalendarMonth size={18} aria-hidden /> : <IconPlus size={18} aria-hidden />}
                onClick={() => go(a.to)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {recordGroups.map((g) => (
          <Spotlight.ActionsGroup key={g.key} label={g.label}>
            {g.hits.map((hit) => (
              <Spotlight.Action key={hit.id} label={hit.label} description={hit.detail} leftSection={g.icon} onClick={() => go(g.to(hit.id))} />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {nothing && <Spotlight.Empty>{results.loading ? 'Ricerca in corso…' : 'Nessun risultato: prova con il cognome, il codice fiscale o il numero della pratica.'}</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
