/**
 * «Panoramica»: this office, the exchange key, the last export, what waits for a decision, and
 * the offices known here; on top, the next thing to do.
 */
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ExchangeStatus } from '@shared/api/exchange';
import { useSession } from '../../../auth/AuthProvider';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { useExchangeStatus } from '../status-store';
import { kindLabel, records } from '../words';
import { KeyCard } from './KeyCard';
import { NextStep } from './NextStep';

export function OverviewPage() {
  const { status } = useExchangeStatus(false);
  if (!status) return null;
  const desk = status.office.kind === 'sportello';
  return (
    <Stack>
      <NextStep status={status} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-label="Questo ufficio">
          <Stack gap={6}>
            <Title order={4}>Questo ufficio</Title>
            <Group gap="xs">
              <Badge variant="light" ff="monospace" size="lg">
                {status.office.code}
              </Badge>
              <Text fw={600}>{status.office.name}</Text>
            </Group>
            <Text size="sm" c="dimmed">
              {kindLabel(status.office.kind)}:{' '}
              {desk ? 'invia i propri dati all’ufficio regionale e riceve da esso regole, modelli e anagrafica.' : 'riceve i dati degli sportelli e pubblica per loro regole, modelli e anagrafica.'}
            </Text>
          </Stack>
        </Card>
        <KeyCard keyState={status.key} />
        {desk && <LastExportCard status={status} />}
        <WaitingCard status={status} />
      </SimpleGrid>
      <OfficesCard offices={status.offices} />
    </Stack>
  );
}

function LastExportCard({ status }: { status: ExchangeStatus }) {
  const last = status.lastExport;
  return (
    <Card withBorder component="section" aria-label="Ultima esportazione">
      <Stack gap={6}>
        <Title order={4}>Ultima esportazione</Title>
        {last ? (
          <Text size="sm">
            {formatDateTime(last.at)} · {last.full ? 'completa' : 'modifiche'} ·{' '}
            <Text span ff="monospace" size="sm">
              {last.fileName}
            </Text>
          </Text>
        ) : (
          <Text size="sm">Nessuna finora.</Text>
        )}
        <Text size="sm">
          Da inviare ora: <b>{records(status.changedSinceLastExport)}</b>.{' '}
          <Anchor component={Link} to="/scambio/esporta" size="sm" underline="always">
            Vai a «Esporta»
          </Anchor>
        </Text>
      </Stack>
    </Card>
  );
}

function WaitingCard({ status }: { status: ExchangeStatus }) {
  const session = useSession();
  const canResolve = session.can('exchange.resolve');
  const line = (n: number, label: string, to: string | null) => (
    <Group justify="space-between" gap="xs">
      <Text size="sm">{label}</Text>
      {to && canResolve && n > 0 ? (
        <Anchor component={Link} to={to} fw={700} size="sm">
          {formatInteger(n)}
        </Anchor>
      ) : (
        <Text size="sm" fw={n > 0 ? 700 : undefined} c={n > 0 ? undefined : 'dimmed'}>
          {formatInteger(n)}
        </Text>
      )}
    </Group>
  );
  return (
    <Card withBorder component="section" aria-label="Da decidere">
      <Stack gap={6}>
        <Title order={4}>Da decidere</Title>
        {line(status.openConflicts, 'Conflitti (record modificati in due sedi)', '/scambio/conflitti')}
        {line(status.proposedDuplicates, 'Possibili doppioni (stesso codice fiscale)', '/scambio/doppioni')}
        {line(status.pending, 'Record in attesa di quelli a cui si riferiscono', null)}
        {status.pending > 0 && (
          <Text size="xs" c="dimmed">
            I record in attesa entrano da soli quando arriva il file con i dati a cui si riferiscono.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function OfficesCard({ offices }: { offices: ExchangeStatus['offices'] }) {
  return (
    <Card withBorder component="section" aria-label="Sedi conosciute">
      <Stack gap="xs">
        <Title order={4}>Sedi conosciute</Title>
        <Text size="sm" c="dimmed">
          Le sedi da cui sono arrivati dati qui, più questa. Una nuova sede si aggiunge importando il suo primo file.
        </Text>
        <Table verticalSpacing={4} aria-label="Sedi conosciute">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>Codice</Table.Th>
              <Table.Th>Nome</Table.Th>
              <Table.Th>Tipo</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offices.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td ff="monospace">{o.code}</Table.Td>
                <Table.Td>
                  {o.name}{' '}
                  {o.isLocal && (
                    <Badge size="xs" variant="light">
                      questo ufficio
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{kindLabel(o.kind)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
