/**
 * The candidates list: search as you type, filters kept in the address (they survive opening a
 * profile and coming back), saved filters, sortable columns, pages.
 */
import { Alert, Group, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useListParams } from '../../lib/useListParams';
import { SEARCH_RESULT_CAP, type CandidateList } from '@shared/api/candidates';
import { errorMessage } from '../../api/client';
import { apiQuery, useApiQuery } from '../../api/query';
import { useSession } from '../../auth/AuthProvider';
import { useOffices } from '../../lib/offices';
import { filterParams, SavedFilters } from '../../lib/SavedFilters';
import { countLabel, ListHeader, ListResults, ListSearch, NewRecordButton } from '../../lib/ListPage';
import { sortOrder } from '../../lib/ListTable';
import { CandidateFilters } from './list/CandidateFilters';
import { CandidatesTable } from './list/CandidatesTable';
import { hasNarrowing, P, PAGE_SIZE, readListInput, withoutFilters, type CandidateSort } from './list/list-params';
import { today as todayInRome } from '@shared/validation/italian-time';

const NOUN = { one: 'candidato', many: 'candidati', feminine: false };

function countText(list: CandidateList, deleted: boolean): string {
  // Written out with its dot: Italian number formatting leaves four-digit numbers ungrouped ("1000").
  if (list.broad) return `Oltre ${String(SEARCH_RESULT_CAP).replace(/\B(?=(\d{3})+$)/g, '.')} candidati`;
  return countLabel(NOUN, list.total, deleted);
}

export function CandidatesListPage() {
  const session = useSession();
  const navigate = useNavigate();
  const filters = useListParams(P.page);
  const { params, setParams } = filters;
  const today = todayInRome();
  const input = readListInput(params, today);
  // The last answer stays on screen (dimmed) while the next one loads, so the table never blinks; but
  // Enter opens the only match of the search sent, never of the one before (`isPlaceholderData`).
  const list = useQuery({ ...apiQuery('candidates.list', input), placeholderData: keepPreviousData });
  const answer = list.isPlaceholderData ? undefined : list.data;
  const options = useApiQuery('candidates.filterOptions', {});
  const offices = useOffices();
  const canWrite = session.can('candidates.write');

  // Enter opens the only match; if the search has not been sent yet, it waits for its answer.
  const [openWhenSingle, setOpenWhenSingle] = useState<string | null>(null);
  useEffect(() => {
    if (openWhenSingle === null || !answer || (input.query ?? '') !== openWhenSingle) return;
    setOpenWhenSingle(null);
    const only = answer.total === 1 && !answer.broad ? answer.items[0] : undefined;
    if (only) void navigate(`/candidati/${only.id}`);
  }, [openWhenSingle, answer, input.query, navigate]);

  const order = sortOrder<CandidateSort>(filters, P, 'name', input.sort ?? 'name', input.direction ?? 'asc');
  const anyFilter = hasNarrowing(params);
  const deleted = input.deleted ?? false;

  return (
    <Stack>
      <ListHeader
        title="Candidati"
        exportable={{ list: 'candidates', filters: input }}
        actions={
          <Group gap="xs">
            <SavedFilters area="candidates" current={filterParams(params)} onApply={(p) => setParams(new URLSearchParams(p), { replace: true })} />
            {canWrite && <NewRecordButton to="/candidati/nuovo">Nuovo candidato</NewRecordButton>}
          </Group>
        }
      />

      <ListSearch
        filters={filters}
        param={P.query}
        delay={150}
        label="Cerca candidati"
        placeholder="Cerca per cognome, nome, codice fiscale, comune, competenza… (Invio apre il profilo se c’è un solo risultato)"
        onEnter={setOpenWhenSingle}
      >
        <CandidateFilters
          filters={filters}
          operators={options.data?.operators ?? []}
          offices={offices}
          canSeeDeleted={session.can('candidates.delete')}
          anyFilter={anyFilter}
          onClear={() => setParams(withoutFilters(params), { replace: true })}
        />
      </ListSearch>

      <ListResults
        filters={filters}
        list={{ data: list.data, loading: list.isFetching, error: list.error && errorMessage(list.error) }}
        noun={NOUN}
        anyFilter={anyFilter}
        deleted={deleted}
        count={(data) => countText(data, deleted)}
        notice={
          list.data?.broad && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
              Più di 1.000 risultati: sono mostrati i più recenti. Continua a scrivere o usa i filtri per restringere.
            </Alert>
          )
        }
        hint={
          anyFilter ? 'Controlla come è scritto, prova a togliere qualche filtro, oppure registra la persona come nuovo candidato.' : 'Registra la prima persona che si è rivolta allo sportello.'
        }
        action={
          !deleted &&
          canWrite && (
            <NewRecordButton to="/candidati/nuovo" mt="xs">
              Nuovo candidato
            </NewRecordButton>
          )
        }
        pageSize={PAGE_SIZE}
        page={input.page ?? 1}
      >
        {(data) => <CandidatesTable rows={data.items} today={today} {...order} sortable={!data.broad} offices={offices} />}
      </ListResults>
    </Stack>
  );
}
