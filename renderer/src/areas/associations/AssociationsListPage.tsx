/** The associations list: search as you type, filters kept in the address, saved filters, sortable columns, pages. */
import { Button, Card, Center, Group, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { formatInteger } from '../../lib/format';
import { useOffices } from '../../lib/offices';
import { filterParams, SavedFilters } from '../../lib/SavedFilters';
import { useDebouncedText } from '../../lib/useDebouncedText';
import { useListParams } from '../../lib/useListParams';
import { AssociationFilters } from './AssociationFilters';
import { AssociationsTable } from './AssociationsTable';
import { hasNarrowing, P, PAGE_SIZE, readListInput, type AssociationSort } from './list-params';

function countLabel(total: number, deleted: boolean): string {
  const one = total === 1;
  return `${formatInteger(total)} ${one ? 'associazione' : 'associazioni'}${deleted ? (one ? ' eliminata' : ' eliminate') : ''}`;
}

export function AssociationsListPage() {
  const session = useSession();
  const { params, setParams, update } = useListParams(P.page);
  const input = readListInput(params);
  // The last answer stays on screen, dimmed, while the next one loads.
  const list = useApiQuery('associations.list', input, { keepPrevious: true });
  const options = useApiQuery('associations.filterOptions', {});
  const offices = useOffices();
  const canWrite = session.can('associations.write');

  const [typed, setTyped] = useDebouncedText(params.get(P.query) ?? '', (v) => update({ [P.query]: v }, { fromTyping: true }), 200);

  function sortBy(column: AssociationSort) {
    const direction = input.sort === column && input.direction === 'asc' ? 'desc' : 'asc';
    update({ [P.sort]: column === 'name' ? null : column, [P.direction]: direction === 'asc' ? null : 'desc' }, { keepPage: true });
  }

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const anyFilter = hasNarrowing(input);
  const deleted = input.deleted ?? false;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Associazioni</Title>
        <Group gap="xs">
          <SavedFilters area="associations" current={filterParams(params)} onApply={(p) => setParams(new URLSearchParams(p), { replace: true })} />
          {canWrite && (
            <Button component={Link} to="/associazioni/nuova" leftSection={<IconPlus size={16} />}>
              Nuova associazione
            </Button>
          )}
        </Group>
      </Group>

      <Card withBorder>
        <Stack gap="sm">
          <TextInput
            aria-label="Cerca associazioni"
            placeholder="Cerca per nome, codice fiscale, comune, comitato, referente…"
            leftSection={<IconSearch size={16} />}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoFocus
          />
          <AssociationFilters
            input={input}
            update={update}
            committees={options.data?.committees ?? []}
            provinces={options.data?.provinces ?? []}
            offices={offices}
            canSeeDeleted={session.can('associations.delete')}
          />
        </Stack>
      </Card>

      {list.error && <LoadError message={list.error} />}

      <Text size="sm" c="dimmed" aria-live="polite">
        {data ? countLabel(data.total, deleted) : 'Caricamento…'}
      </Text>

      {data && data.items.length === 0 ? (
        <Card withBorder p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={500}>{anyFilter ? 'Nessuna associazione corrisponde alla ricerca.' : deleted ? 'Nessuna associazione eliminata.' : 'Non ci sono ancora associazioni.'}</Text>
              <Text size="sm" c="dimmed">
                {anyFilter ? 'Prova a togliere qualche filtro o a scrivere meno lettere.' : 'Inizia registrando la prima associazione che ha chiesto il supporto di Exar.'}
              </Text>
              {!anyFilter && !deleted && canWrite && (
                <Button component={Link} to="/associazioni/nuova" mt="xs">
                  Nuova associazione
                </Button>
              )}
            </Stack>
          </Center>
        </Card>
      ) : (
        data && (
          <Card withBorder p={0} style={{ opacity: list.loading ? 0.6 : 1, transition: 'opacity 120ms' }}>
            <AssociationsTable rows={data.items} sort={input.sort ?? 'name'} direction={input.direction ?? 'asc'} onSort={sortBy} offices={offices} />
          </Card>
        )
      )}

      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={input.page ?? 1} onChange={(p) => update({ [P.page]: p === 1 ? null : String(p) }, { keepPage: true })} />
        </Group>
      )}
    </Stack>
  );
}
