/** The associations list: search as you type, filters kept in the address, pages. */
import { Anchor, Badge, Button, Card, Center, Group, Pagination, SegmentedControl, Select, Stack, Switch, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ASSOCIATION_SORTS, LEGAL_FORM_LABELS, LEGAL_FORMS, type AssociationListInput } from '../../../../shared/api/associations';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { formatInteger } from '../../lib/format';
import { OfficeCell, OfficeFilter, OfficeHeader, useOffices } from '../../lib/offices';
import { filterParams, SavedFilters } from '../../lib/SavedFilters';
import { EmployeesBadge } from './EmployeesBadge';

const PAGE_SIZE = 50;
type Sort = (typeof ASSOCIATION_SORTS)[number];

function readFilters(params: URLSearchParams): AssociationListInput {
  const sort = params.get('ordina');
  const legalForm = params.get('forma');
  const employees = params.get('dipendenti');
  return {
    query: params.get('q') ?? '',
    committee: params.get('comitato'),
    legalForm: LEGAL_FORMS.find((f) => f === legalForm) ?? null,
    province: params.get('provincia'),
    employees: employees === 'none' || employees === 'some' ? employees : 'any',
    site: params.get('sportello'),
    deleted: params.get('eliminate') === '1',
    sort: ASSOCIATION_SORTS.find((s) => s === sort) ?? 'name',
    direction: params.get('verso') === 'desc' ? 'desc' : 'asc',
    page: Math.max(1, Number(params.get('pagina')) || 1),
    pageSize: PAGE_SIZE,
  };
}

function countLabel(total: number, deleted: boolean): string {
  const one = total === 1;
  return `${formatInteger(total)} ${one ? 'associazione' : 'associazioni'}${deleted ? (one ? ' eliminata' : ' eliminate') : ''}`;
}

export function AssociationsListPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [typed, setTyped] = useState(filters.query ?? '');
  const [debounced] = useDebouncedValue(typed, 200);
  const list = useApiQuery('associations.list', filters);
  const options = useApiQuery('associations.filterOptions', {});
  const offices = useOffices();

  function update(changes: Record<string, string | null>, keepPage = false) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === '') next.delete(k);
          else next.set(k, v);
        }
        if (!keepPage) next.delete('pagina');
        return next;
      },
      { replace: true },
    );
  }

  // Back/forward or the side menu change the address: the search box follows it.
  const urlQuery = params.get('q') ?? '';
  const lastPushed = useRef(urlQuery);
  useEffect(() => {
    if (urlQuery !== lastPushed.current) {
      lastPushed.current = urlQuery;
      setTyped(urlQuery);
    }
  }, [urlQuery]);

  useEffect(() => {
    lastPushed.current = debounced;
    if (debounced !== (params.get('q') ?? '')) update({ q: debounced });
    // Only the debounced text drives this; `update` reads the latest params itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  function sortBy(column: Sort) {
    const direction = filters.sort === column && filters.direction === 'asc' ? 'desc' : 'asc';
    update({ ordina: column === 'name' ? null : column, verso: direction === 'asc' ? null : 'desc' }, true);
  }

  function SortHeader({ column, children }: { column: Sort; children: string }) {
    const active = filters.sort === column;
    const Icon = filters.direction === 'desc' ? IconArrowDown : IconArrowUp;
    return (
      <Table.Th>
        <UnstyledButton onClick={() => sortBy(column)} aria-label={`Ordina per ${children.toLowerCase()}`}>
          <Group gap={4} wrap="nowrap">
            <Text fw={700} size="sm">
              {children}
            </Text>
            {active && <Icon size={14} />}
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  }

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const anyFilter = Boolean(filters.query || filters.committee || filters.legalForm || filters.province || filters.employees !== 'any' || filters.site);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Associazioni</Title>
        <Group gap="xs">
          <SavedFilters area="associations" current={filterParams(params)} onApply={(p) => setParams(new URLSearchParams(p), { replace: true })} />
          {session.can('associations.write') && (
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
          <Group gap="sm" align="flex-end">
            <OfficeFilter offices={offices} value={filters.site ?? null} onChange={(v) => update({ sportello: v })} />
            <Select
              label="Comitato AICS"
              placeholder="Tutti"
              clearable
              searchable
              data={options.data?.committees ?? []}
              value={filters.committee ?? null}
              onChange={(v) => update({ comitato: v })}
              w={220}
            />
            <Select
              label="Forma giuridica"
              placeholder="Tutte"
              clearable
              data={LEGAL_FORMS.map((f) => ({ value: f, label: LEGAL_FORM_LABELS[f] }))}
              value={filters.legalForm ?? null}
              onChange={(v) => update({ forma: v })}
              w={260}
            />
            <Select
              label="Provincia"
              placeholder="Tutte"
              clearable
              searchable
              data={options.data?.provinces ?? []}
              value={filters.province ?? null}
              onChange={(v) => update({ provincia: v })}
              w={130}
            />
            <SegmentedControl
              aria-label="Dipendenti"
              value={filters.employees ?? 'any'}
              onChange={(v) => update({ dipendenti: v === 'any' ? null : v })}
              data={[
                { value: 'any', label: 'Tutte' },
                { value: 'none', label: 'Senza dipendenti' },
                { value: 'some', label: 'Con dipendenti' },
              ]}
            />
            {session.can('associations.delete') && (
              <Switch
                label="Mostra eliminate"
                checked={filters.deleted ?? false}
                onChange={(e) => update({ eliminate: e.currentTarget.checked ? '1' : null })}
                mb={8}
              />
            )}
          </Group>
        </Stack>
      </Card>

      {list.error && <LoadError message={list.error} />}

      <Text size="sm" c="dimmed" aria-live="polite">
        {list.loading && !list.data ? 'Caricamento…' : countLabel(total, filters.deleted ?? false)}
      </Text>

      {list.data && list.data.items.length === 0 ? (
        <Card withBorder p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={500}>{anyFilter ? 'Nessuna associazione corrisponde alla ricerca.' : filters.deleted ? 'Nessuna associazione eliminata.' : 'Non ci sono ancora associazioni.'}</Text>
              <Text size="sm" c="dimmed">
                {anyFilter ? 'Prova a togliere qualche filtro o a scrivere meno lettere.' : 'Inizia registrando la prima associazione che ha chiesto il supporto di Exar.'}
              </Text>
              {!anyFilter && !filters.deleted && session.can('associations.write') && (
                <Button component={Link} to="/associazioni/nuova" mt="xs">
                  Nuova associazione
                </Button>
              )}
            </Stack>
          </Center>
        </Card>
      ) : (
        <Card withBorder p={0}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <SortHeader column="name">Denominazione</SortHeader>
                <Table.Th>Forma</Table.Th>
                <Table.Th>Codice fiscale</Table.Th>
                <SortHeader column="comune">Comune</SortHeader>
                <Table.Th>Comitato</Table.Th>
                <SortHeader column="employees">Dipendenti</SortHeader>
                {offices.several && <OfficeHeader />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/associazioni/${a.id}`} fw={500}>
                      {a.name}
                    </Anchor>
                    {a.deletedAt && (
                      <Badge ml="xs" color="red" variant="light" size="sm">
                        Eliminata
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{a.legalForm === 'ALTRO' ? 'Altra forma' : a.legalForm}</Table.Td>
                  <Table.Td ff="monospace">{a.taxCode}</Table.Td>
                  <Table.Td>
                    {a.comune}
                    {a.province ? ` (${a.province})` : ''}
                  </Table.Td>
                  <Table.Td>{a.committee ?? '—'}</Table.Td>
                  <Table.Td>
                    <EmployeesBadge employees={a.employees} />
                  </Table.Td>
                  {offices.several && <OfficeCell offices={offices} code={a.officeCode} />}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}

      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={filters.page ?? 1} onChange={(p) => update({ pagina: p === 1 ? null : String(p) }, true)} />
        </Group>
      )}
    </Stack>
  );
}
