/** The associations list: search as you type, filters kept in the address, saved filters, sortable columns, pages. */
import { Button, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth/AuthProvider';
import { ListHeader, ListResults, ListSearch, NewRecordButton } from '../../lib/ListPage';
import { sortOrder } from '../../lib/ListTable';
import { useOffices } from '../../lib/offices';
import { filterParams, SavedFilters } from '../../lib/SavedFilters';
import { useListParams } from '../../lib/useListParams';
import { AssociationFilters } from './AssociationFilters';
import { AssociationsTable } from './AssociationsTable';
import { hasNarrowing, P, PAGE_SIZE, readListInput, type AssociationSort } from './list-params';

const NOUN = { one: 'associazione', many: 'associazioni', feminine: true };

export function AssociationsListPage() {
  const session = useSession();
  const filters = useListParams(P.page);
  const { params, setParams } = filters;
  const input = readListInput(params);
  // The last answer stays on screen, dimmed, while the next one loads.
  const list = useApiQuery('associations.list', input, { keepPrevious: true });
  const options = useApiQuery('associations.filterOptions', {});
  const offices = useOffices();
  const canWrite = session.can('associations.write');

  const order = sortOrder<AssociationSort>(filters, P, 'name', input.sort ?? 'name', input.direction ?? 'asc');
  const anyFilter = hasNarrowing(input);
  const deleted = input.deleted ?? false;

  return (
    <Stack>
      <ListHeader
        title="Associazioni"
        exportable={{ list: 'associations', filters: input }}
        actions={
          <Group gap="xs">
            <SavedFilters area="associations" current={filterParams(params)} onApply={(p) => setParams(new URLSearchParams(p), { replace: true })} />
            {canWrite && <NewRecordButton to="/associazioni/nuova">Nuova associazione</NewRecordButton>}
          </Group>
        }
      />

      <ListSearch filters={filters} param={P.query} delay={200} label="Cerca associazioni" placeholder="Cerca per nome, codice fiscale, comune, comitato, referente…">
        <AssociationFilters
          filters={filters}
          input={input}
          committees={options.data?.committees ?? []}
          provinces={options.data?.provinces ?? []}
          offices={offices}
          canSeeDeleted={session.can('associations.delete')}
        />
      </ListSearch>

      <ListResults
        filters={filters}
        list={list}
        noun={NOUN}
        anyFilter={anyFilter}
        deleted={deleted}
        hint={anyFilter ? 'Prova a togliere qualche filtro o a scrivere meno lettere.' : 'Inizia registrando la prima associazione che ha chiesto il supporto di Exar.'}
        action={
          !anyFilter &&
          !deleted &&
          canWrite && (
            <Button component={Link} to="/associazioni/nuova" mt="xs">
              Nuova associazione
            </Button>
          )
        }
        pageSize={PAGE_SIZE}
        page={input.page ?? 1}
      >
        {(data) => <AssociationsTable rows={data.items} {...order} offices={offices} />}
      </ListResults>
    </Stack>
  );
}
