/**
 * The internship files: search by number, person or host; filter by status or by those ending
 * soon. A file is opened from an accepted proposal (on the need's page), so the way in is there.
 */
import { Anchor, Card, Checkbox, Group, Pagination, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { INTERNSHIP_STATUS_LABELS, INTERNSHIP_STATUSES, INTERNSHIP_TYPE_LABELS, INTERNSHIP_TYPES, type InternshipStatus, type InternshipType } from '../../../../shared/api/internships';
import { useApiQuery } from '../../api/useApiQuery';
import { LoadError } from '../../app/LoadError';
import { formatDate, formatInteger } from '../../lib/format';
import { useDebouncedText } from '../../lib/useDebouncedText';
import { InternshipStatusBadge } from './InternshipStatusBadge';

const PAGE_SIZE = 50;

export function InternshipsListPage() {
  const [query, setQuery] = useState('');
  const [typed, setTyped] = useDebouncedText('', setQuery, 200);
  const [status, setStatus] = useState<InternshipStatus | null>(null);
  const [ending, setEnding] = useState('tutti');
  const [type, setType] = useState<InternshipType | null>(null);
  const [attendanceMissing, setAttendanceMissing] = useState(false);
  const [page, setPage] = useState(1);
  const list = useApiQuery('internships.list', {
    query,
    status,
    endingWithinDays: ending === 'tutti' ? null : Number(ending),
    type,
    attendanceMissing,
    page,
    pageSize: PAGE_SIZE,
  });
  const data = list.data;

  return (
    <Stack>
      <Title order={2}>Tirocini</Title>
      <Text size="sm" c="dimmed">
        Una pratica si apre dalla proposta accettata, nella pagina del fabbisogno («Apri la pratica di tirocinio»).
      </Text>
      <Card withBorder>
        <Group align="flex-end">
          <TextInput
            aria-label="Cerca tirocini"
            placeholder="Numero, cognome, associazione…"
            leftSection={<IconSearch size={16} />}
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: 1 }}
            autoFocus
          />
          <Select
            label="Stato"
            placeholder="Tutti"
            clearable
            data={INTERNSHIP_STATUSES.map((s) => ({ value: s, label: INTERNSHIP_STATUS_LABELS[s] }))}
            value={status}
            onChange={(v) => {
              setStatus(v as InternshipStatus | null);
              setPage(1);
            }}
          />
          <Select
            label="Tipo"
            placeholder="Tutti"
            clearable
            data={INTERNSHIP_TYPES.map((t) => ({ value: t, label: INTERNSHIP_TYPE_LABELS[t].replace('Tirocinio ', '') }))}
            value={type}
            onChange={(v) => {
              setType(v as InternshipType | null);
              setPage(1);
            }}
          />
          <Checkbox
            label="Senza le ore del mese scorso"
            checked={attendanceMissing}
            onChange={(e) => {
              setAttendanceMissing(e.currentTarget.checked);
              setPage(1);
            }}
            mb={8}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Finiscono entro
            </Text>
            <SegmentedControl
              aria-label="Finiscono entro"
              value={ending}
              onChange={(v) => {
                setEnding(v);
                setPage(1);
              }}
              data={[
                { value: 'tutti', label: 'Tutti' },
                { value: '30', label: '30 giorni' },
                { value: '60', label: '60 giorni' },
              ]}
            />
          </Stack>
        </Group>
      </Card>
      {list.error && <LoadError message={list.error} />}
      {data && (
        <>
          <Text size="sm" aria-live="polite">
            {data.total === 1 ? '1 pratica' : `${formatInteger(data.total)} pratiche`}
          </Text>
          {data.items.length === 0 ? (
            <Text c="dimmed">Nessuna pratica da mostrare.</Text>
          ) : (
            <Table striped highlightOnHover aria-label="Elenco dei tirocini">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Numero</Table.Th>
                  <Table.Th>Tirocinante</Table.Th>
                  <Table.Th>Ospitante</Table.Th>
                  <Table.Th>Tipo</Table.Th>
                  <Table.Th>Stato</Table.Th>
                  <Table.Th>Dal</Table.Th>
                  <Table.Th>Al</Table.Th>
                  <Table.Th>Tutor Exar</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/tirocini/${i.id}`} fw={500}>
                        {i.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{i.candidateName}</Table.Td>
                    <Table.Td>{i.associationName}</Table.Td>
                    <Table.Td>{INTERNSHIP_TYPE_LABELS[i.type].replace('Tirocinio ', '')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <InternshipStatusBadge status={i.status} size="sm" styles={{ label: { overflow: "visible" } }} />
                    </Table.Td>
                    <Table.Td>{formatDate(i.startDate)}</Table.Td>
                    <Table.Td>{formatDate(i.plannedEndDate)}</Table.Td>
                    <Table.Td>{i.promoterTutorName ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} aria-label="Pagine" />}
        </>
      )}
    </Stack>
  );
}
