/**
 * The needs list: search as you type, filters kept in the address (they survive opening a need
 * and coming back), pages, and a switch to the board by status.
 */
import { Button, Card, Center, Group, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useListParams } from '../../lib/useListParams';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { formatInteger } from '../../lib/format';
import { useOffices } from '../../lib/offices';
import { useDebouncedText } from '../../lib/useDebouncedText';
import { hasNarrowing, P, PAGE_SIZE, readListInput, withoutFilters } from './list/list-params';
import { NeedFilters } from './list/NeedFilters';
import { NeedsTable } from '../../components/NeedsTable';
import { NeedsViewSwitch } from './list/NeedsViewSwitch';

function countLabel(total: number, deleted: boolean): string {
  const one = total === 1;
  return `${formatInteger(total)} ${one ? 'fabbisogno' : 'fabbisogni'}${deleted ? (one ? ' eliminato' : ' eliminati') : ''}`;
}

export function NeedsListPage() {
  const session = useSession();
  const { params, setParams, update } = useListParams(P.page);
  const input = readListInput(params);
  // The last answer stays on screen, dimmed, while the next one loads.
  const list = useApiQuery('needs.list', input, { keepPrevious: true });
  const associationOptions = useApiQuery('associations.filterOptions', {});
  const candidateOptions = useApiQuery('candidates.filterOptions', {});
  const offices = useOffices();
  const canWrite = session.can('needs.write');

  const [typed, setTyped] = useDebouncedText(params.get(P.query) ?? '', (v) => update({ [P.query]: v }, { fromTyping: true }), 200);

  const anyFilter = hasNarrowing(params);
  const deleted = input.deleted ?? false;
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="md">
          <Title order={2}>Fabbisogni</Title>
          <NeedsViewSwitch value="elenco" />
        </Group>
        {canWrite && (
          <Button component={Link} to="/fabbisogni/nuovo" leftSection={<IconPlus size={16} />}>
            Nuovo fabbisogno
          </Button>
        )}
      </Group>

      <Card withBorder>
        <Stack gap="sm">
          <TextInput
            aria-label="Cerca fabbisogni"
            placeholder="Cerca per ruolo, associazione, comune…"
            leftSection={<IconSearch size={16} />}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoFocus
          />
          <NeedFilters
            params={params}
            update={update}
            committees={associationOptions.data?.committees ?? []}
            operators={candidateOptions.data?.operators ?? []}
            offices={offices}
            canSeeDeleted={session.can('needs.delete')}
            anyFilter={anyFilter}
            onClear={() => setParams(withoutFilters(params), { replace: true })}
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
              <Text fw={500}>{anyFilter ? 'Nessun fabbisogno corrisponde alla ricerca.' : deleted ? 'Nessun fabbisogno eliminato.' : 'Non ci sono ancora fabbisogni.'}</Text>
              <Text size="sm" c="dimmed" ta="center">
                {anyFilter ? 'Controlla come è scritto o prova a togliere qualche filtro.' : 'Registra la prima richiesta arrivata da un’associazione.'}
              </Text>
              {!deleted && canWrite && (
                <Button component={Link} to="/fabbisogni/nuovo" mt="xs" leftSection={<IconPlus size={16} />}>
                  Nuovo fabbisogno
                </Button>
              )}
            </Stack>
          </Center>
        </Card>
      ) : (
        data && (
          <Card withBorder p={0} style={{ opacity: list.loading ? 0.6 : 1, transition: 'opacity 120ms' }}>
            <NeedsTable rows={data.items} offices={offices} />
          </Card>
        )
      )}

      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={input.page ?? 1} onChange={(p) => update({ [P.page]: p === 1 ? null : String(p) }, { keepPage: true })} aria-label="Pagine" />
        </Group>
      )}
    </Stack>
  );
}
