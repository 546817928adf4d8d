/**
 * The candidates list: search as you type, filters kept in the address (they survive opening a
 * profile and coming back), saved filters, sortable columns, pages.
 */
import { Alert, Button, Card, Center, Group, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useListParams } from '../../lib/useListParams';
import { SEARCH_RESULT_CAP, type CandidateList } from '@shared/api/candidates';
import { errorMessage } from '../../api/client';
import { apiQuery, useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { formatInteger } from '../../lib/format';
import { useOffices } from '../../lib/offices';
import { filterParams, SavedFilters } from '../../lib/SavedFilters';
import { useDebouncedText } from '../../lib/useDebouncedText';
import { CandidateFilters } from './list/CandidateFilters';
import { CandidatesTable } from './list/CandidatesTable';
import { hasNarrowing, P, PAGE_SIZE, readListInput, withoutFilters, type CandidateSort } from './list/list-params';
import { today as todayInRome } from '@shared/validation/italian-time';

function countLabel(list: CandidateList, deleted: boolean): string {
  // Written out with its dot: Italian number formatting leaves four-digit numbers ungrouped ("1000").
  if (list.broad) return `Oltre ${String(SEARCH_RESULT_CAP).replace(/\B(?=(\d{3})+$)/g, '.')} candidati`;
  const one = list.total === 1;
  return `${formatInteger(list.total)} ${one ? 'candidato' : 'candidati'}${deleted ? (one ? ' eliminato' : ' eliminati') : ''}`;
}

export function CandidatesListPage() {
  const session = useSession();
  const navigate = useNavigate();
  const { params, setParams, update } = useListParams(P.page);
  const today = todayInRome();
  const input = readListInput(params, today);
  // The last answer stays on screen (dimmed) while the next one loads, so the table never blinks; but
  // Enter opens the only match of the search sent, never of the one before (`isPlaceholderData`).
  const list = useQuery({ ...apiQuery('candidates.list', input), placeholderData: keepPreviousData });
  const answer = list.isPlaceholderData ? undefined : list.data;
  const options = useApiQuery('candidates.filterOptions', {});
  const offices = useOffices();
  const canWrite = session.can('candidates.write');

  const [typed, setTyped, flush] = useDebouncedText(params.get(P.query) ?? '', (v) => update({ [P.query]: v }, { fromTyping: true }), 150);

  // Enter opens the only match; if the search has not been sent yet, it waits for its answer.
  const [openWhenSingle, setOpenWhenSingle] = useState<string | null>(null);
  useEffect(() => {
    if (openWhenSingle === null || !answer || (input.query ?? '') !== openWhenSingle) return;
    setOpenWhenSingle(null);
    const only = answer.total === 1 && !answer.broad ? answer.items[0] : undefined;
    if (only) void navigate(`/candidati/${only.id}`);
  }, [openWhenSingle, answer, input.query, navigate]);

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    flush();
    setOpenWhenSingle(typed);
  }

  function sortBy(column: CandidateSort) {
    const direction = input.sort === column && input.direction === 'asc' ? 'desc' : 'asc';
    update({ [P.sort]: column === 'name' ? null : column, [P.direction]: direction === 'asc' ? null : 'desc' }, { keepPage: true });
  }

  const anyFilter = hasNarrowing(params);
  const deleted = input.deleted ?? false;
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Candidati</Title>
        <Group gap="xs">
          <SavedFilters area="candidates" current={filterParams(params)} onApply={(p) => setParams(new URLSearchParams(p), { replace: true })} />
          {canWrite && (
            <Button component={Link} to="/candidati/nuovo" leftSection={<IconPlus size={16} />}>
              Nuovo candidato
            </Button>
          )}
        </Group>
      </Group>

      <Card withBorder>
        <Stack gap="sm">
          <TextInput
            aria-label="Cerca candidati"
            placeholder="Cerca per cognome, nome, codice fiscale, comune, competenza… (Invio apre il profilo se c’è un solo risultato)"
            leftSection={<IconSearch size={16} />}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={onSearchKey}
            autoFocus
          />
          <CandidateFilters
            params={params}
            update={update}
            operators={options.data?.operators ?? []}
            offices={offices}
            canSeeDeleted={session.can('candidates.delete')}
            anyFilter={anyFilter}
            onClear={() => setParams(withoutFilters(params), { replace: true })}
          />
        </Stack>
      </Card>

      {list.error && <LoadError message={errorMessage(list.error)} />}

      <Text size="sm" c="dimmed" aria-live="polite">
        {data ? countLabel(data, deleted) : 'Caricamento…'}
      </Text>

      {data?.broad && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
          Più di 1.000 risultati: sono mostrati i più recenti. Continua a scrivere o usa i filtri per restringere.
        </Alert>
      )}

      {data && data.items.length === 0 ? (
        <Card withBorder p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={500}>{anyFilter ? 'Nessun candidato corrisponde alla ricerca.' : deleted ? 'Nessun candidato eliminato.' : 'Non ci sono ancora candidati.'}</Text>
              <Text size="sm" c="dimmed" ta="center">
                {anyFilter
                  ? 'Controlla come è scritto, prova a togliere qualche filtro, oppure registra la persona come nuovo candidato.'
                  : 'Registra la prima persona che si è rivolta allo sportello.'}
              </Text>
              {!deleted && canWrite && (
                <Button component={Link} to="/candidati/nuovo" mt="xs" leftSection={<IconPlus size={16} />}>
                  Nuovo candidato
                </Button>
              )}
            </Stack>
          </Center>
        </Card>
      ) : (
        data && (
          <Card withBorder p={0} style={{ opacity: list.isFetching ? 0.6 : 1, transition: 'opacity 120ms' }}>
            <CandidatesTable rows={data.items} today={today} sort={input.sort ?? 'name'} direction={input.direction ?? 'asc'} sortable={!data.broad} onSort={sortBy} offices={offices} />
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
