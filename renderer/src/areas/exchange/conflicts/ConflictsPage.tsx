/**
 * «Conflitti»: records changed at two offices since they last met. The most recent change is in
 * force; the other version waits here until a coordinator keeps, takes or combines it. «Risolti»
 * lists the decisions taken, with who and how.
 */
import { Alert, Anchor, Card, Group, Loader, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import type { ConflictSummary } from '@shared/api/exchange';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../lib/format';
import { count } from '../words';
import { RESOLUTION_LABELS } from './resolution';

function Version({ office, at }: { office: string; at: string }) {
  return (
    <>
      <Text size="sm" ff="monospace" span>
        {office}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(at || null)}
      </Text>
    </>
  );
}

export function ConflictsPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const resolved = params.get('risolti') === '1';
  const list = useApiQuery('exchange.conflicts', { resolved });

  if (!session.can('exchange.resolve')) {
    return <Alert color="gray">Solo un coordinatore o un amministratore rivede i conflitti dello scambio dati.</Alert>;
  }

  const rows = list.data ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={720}>
          {resolved
            ? 'Le decisioni già prese, con chi le ha prese e come.'
            : 'Lo stesso record è stato modificato in due sedi dall’ultimo scambio. Ora vale la modifica più recente; apri ogni conflitto e scegli, campo per campo, quale versione tenere.'}
        </Text>
        <SegmentedControl
          value={resolved ? 'risolti' : 'aperti'}
          onChange={(v) => setParams(v === 'risolti' ? { risolti: '1' } : {}, { replace: true })}
          data={[
            { value: 'aperti', label: 'Da risolvere' },
            { value: 'risolti', label: 'Risolti' },
          ]}
        />
      </Group>
      {list.error && <LoadError message={list.error} />}
      {!list.data && !list.error && <Loader />}
      {list.data && rows.length === 0 && (
        <Alert color={resolved ? 'gray' : 'teal'}>{resolved ? 'Nessun conflitto risolto finora.' : 'Nessun conflitto da risolvere: non c’è nulla da fare qui.'}</Alert>
      )}
      {rows.length > 0 && (
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label={resolved ? 'Conflitti risolti' : 'Conflitti da risolvere'}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Record</Table.Th>
                  <Table.Th>Versione attuale</Table.Th>
                  <Table.Th>Versione arrivata</Table.Th>
                  <Table.Th>{resolved ? 'Risolto' : 'Arrivata il'}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => (
                  <ConflictRow key={c.id} conflict={c} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" c="dimmed" px="md" py="xs">
            {count(rows.length, resolved ? 'conflitto risolto' : 'conflitto da risolvere', resolved ? 'conflitti risolti' : 'conflitti da risolvere')}
          </Text>
        </Card>
      )}
    </Stack>
  );
}

function ConflictRow({ conflict: c }: { conflict: ConflictSummary }) {
  return (
    <Table.Tr data-testid="conflict-row">
      <Table.Td>
        <Text size="xs" c="dimmed">
          {c.what}
        </Text>
        <Anchor component={Link} to={`/scambio/conflitti/${encodeURIComponent(c.id)}`} size="sm" fw={500}>
          {c.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Version office={c.current.officeCode} at={c.current.at} />
      </Table.Td>
      <Table.Td>
        <Version office={c.theirs.officeCode} at={c.theirs.at} />
      </Table.Td>
      <Table.Td>
        {c.resolvedAt ? (
          <>
            <Text size="sm">{c.resolution ? RESOLUTION_LABELS[c.resolution] : 'Risolto'}</Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(c.resolvedAt)} · {c.resolvedBy ?? '—'}
            </Text>
          </>
        ) : (
          <Text size="sm">{formatDateTime(c.receivedAt)}</Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
