/**
 * The internship files: search by number, person or host; filters by status, type, host, Exar's
 * tutor, ending soon and missing hours, kept in the address so they survive opening a file. Most
 * files open from an accepted proposal; «Nuova pratica» starts one from scratch.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileStack } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { useOffices } from '../../lib/offices';
import { ListHeader, ListPagination, ListSearch, NewRecordButton } from '../../lib/ListPage';
import { useListParams } from '../../lib/useListParams';
import { InternshipFilters } from './list/InternshipFilters';
import { InternshipsTable } from './list/InternshipsTable';
import { ShortSuspensionsAlert } from './list/ShortSuspensionsAlert';
import { P, PAGE_SIZE, readListInput } from './list/list-params';
import { count } from '@shared/text/plural';

export function InternshipsListPage() {
  const session = useSession();
  const filters = useListParams(P.page);
  const { params, setParams } = filters;
  // The last page stays on screen, dimmed, while the next filter's answer is on its way.
  const list = useApiQuery('internships.list', readListInput(params), { keepPrevious: true });
  const offices = useOffices();
  const data = list.data;
  const page = readListInput(params).page ?? 1;

  return (
    <Stack>
      <ListHeader
        title="Tirocini"
        exportable={{ list: 'internships', filters: readListInput(params) }}
        actions={
          <Group gap="sm">
            {session.can('documents.write') && (
              <Button component={Link} to="/tirocini/registri" variant="default" leftSection={<IconFileStack size={16} />}>
                Registri presenze del mese
              </Button>
            )}
            {session.can('internships.write') && <NewRecordButton to="/tirocini/nuovo">Nuova pratica</NewRecordButton>}
          </Group>
        }
      />
      {session.can('attendance.close') && <ShortSuspensionsAlert />}
      <Text size="sm" c="dimmed">
        Di solito una pratica si apre dalla proposta accettata, nella pagina del fabbisogno («Apri la pratica di tirocinio»): arriva già compilata.
      </Text>
      <ListSearch filters={filters} param={P.query} delay={200} label="Cerca tirocini" placeholder="Numero, cognome, associazione…">
        <InternshipFilters filters={filters} onReplace={(next) => setParams(next, { replace: true })} myId={session.operator.id} offices={offices} />
      </ListSearch>
      {list.error && <LoadError message={list.error} />}
      {data && (
        <Stack gap="sm" style={{ opacity: list.loading ? 0.6 : 1 }}>
          <Text size="sm" aria-live="polite">
            {count(data.total, 'pratica', 'pratiche')}
          </Text>
          {data.items.length === 0 ? <Text c="dimmed">Nessuna pratica da mostrare.</Text> : <InternshipsTable items={data.items} offices={offices} />}
          <ListPagination filters={filters} total={data.total} pageSize={PAGE_SIZE} page={page} />
        </Stack>
      )}
    </Stack>
  );
}
