/** A person, searched by name or codice fiscale as the operator types (e.g. for a new internship file). */
import { CANDIDATE_STATUS_LABELS } from '@shared/api/candidate-fields';
import { api } from '../api/client';
import { SearchSelect, type SearchSelectProps } from '../lib/SearchSelect';

type CandidateSelectProps = Omit<SearchSelectProps, 'search' | 'nothingFoundMessage'>;

async function searchCandidates(query: string) {
  const found = await api.call('candidates.list', { query, pageSize: 20 });
  return found.items.map((c) => ({
    value: c.id,
    // The status tells at once who is not available (already in tirocinio, archived…).
    label: `${c.lastName} ${c.firstName} — ${c.taxCode}${c.status === 'attivo' ? '' : ` (${CANDIDATE_STATUS_LABELS[c.status].toLowerCase()})`}`,
  }));
}

export function CandidateSelect({ label = 'Candidato', placeholder = 'Scrivi cognome o codice fiscale', ...props }: CandidateSelectProps) {
  return <SearchSelect label={label} placeholder={placeholder} search={searchCandidates} nothingFoundMessage="Nessun candidato trovato" {...props} />;
}
