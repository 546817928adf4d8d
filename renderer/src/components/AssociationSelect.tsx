/** An association, searched by name as the operator types (needs, internship files, filters). */
import { api } from '../api/client';
import { SearchSelect, type SearchSelectProps } from '../lib/SearchSelect';

type AssociationSelectProps = Omit<SearchSelectProps, 'search' | 'nothingFoundMessage'>;

async function searchAssociations(query: string) {
  const found = await api.call('associations.list', { query, pageSize: 20 });
  return found.items.map((a) => ({ value: a.id, label: `${a.name} — ${a.comune}${a.province ? ` (${a.province})` : ''}` }));
}

export function AssociationSelect({ label = 'Associazione', placeholder = 'Scrivi il nome per cercarla', ...props }: AssociationSelectProps) {
  return <SearchSelect label={label} placeholder={placeholder} search={searchAssociations} nothingFoundMessage="Nessuna associazione trovata" {...props} />;
}
