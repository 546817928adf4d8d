/**
 * The needs list: search as you type, filters kept in the address (they survive opening a need
 * and coming back), pages, and a switch to the board by status.
 */
import { Stack } from '@mantine/core';
import { useListParams } from '../../lib/useListParams';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth/AuthProvider';
import { ListResults, ListSearch, NewRecordButton } from '../../lib/ListPage';
import { useOffices } from '../../lib/offices';
import { hasNarrowing, P, PAGE_SIZE, readListInput, withoutFilters } from './list/list-params';
import { NeedFilters } from './list/NeedFilters';
import { NeedsTable } from '../../components/NeedsTable';
import { NeedsHeader } from './list/NeedsHeader';

const NOUN = { one: 'fabbisogno', many: 'fabbisogni', feminine: false };

export function NeedsListPage() {
  const session = useSession();
  const filters = useListParams(P.page);
  const { params, setParams } = filters;
  const input = readListInput(params);
  // The last answer stays on screen, dimmed, while the next one loads.
  const list = useApiQuery('needs.list', input, { keepPrevious: true });
  const associationOptions = useApiQuery('associations.filterOptions', {});
  const candidateOptions = useApiQuery('candidates.filterOptions', {});
  const offices = useOffices();
  const canWrite = session.can('needs.write');

  const anyFilter = hasNarrowing(params);
  const deleted = input.deleted ?? false;

  return (
    <Stack>
      <NeedsHeader view="elenco" exportable={{ list: 'needs', filters: input }} />

      <ListSearch filters={filters} param={P.query} delay={200} label="Cerca fabbisogni" placeholder="Cerca per ruolo, associazione, comune…">
        <NeedFilters
          filters={filters}
          committees={associationOptions.data?.committees ?? []}
          operators={candidateOptions.data?.operators ?? []}
          offices={offices}
          canSeeDeleted={session.can('needs.delete')}
          anyFilter={anyFilter}
          onClear={() => setParams(withoutFilters(params), { replace: true })}
        />
      </ListSearch>

      <ListResults
        filters={filters}
        list={list}
        noun={NOUN}
        anyFilter={anyFilter}
        deleted={deleted}
        hint={anyFilter ? 'Controlla come è scritto o prova a togliere qualche filtro.' : 'Registra la prima richiesta arrivata da un’associazione.'}
        action={
          !deleted &&
          canWrite && (
            <NewRecordButton to="/fabbisogni/nuovo" mt="xs">
              Nuovo fabbisogno
            </NewRecordButton>
          )
        }
        pageSize={PAGE_SIZE}
        page={input.page ?? 1}
      >
        {(data) => <NeedsTable rows={data.items} offices={offices} />}
      </ListResults>
    </Stack>
  );
}
