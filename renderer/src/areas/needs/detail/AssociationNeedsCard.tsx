/** On an association's page: its needs with their status, and a way to record a new one for it. */
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate } from '../../../lib/format';
import { NeedStatusBadge } from '../../../components/NeedStatusBadge';
import { NEED_FIELDS as F } from '@shared/fields/need';

export function AssociationNeedsCard({ associationId, canAdd }: { associationId: string; canAdd: boolean }) {
  const session = useSession();
  const needs = useApiQuery('needs.list', { associationId, pageSize: 100 });
  const items = needs.data?.items ?? [];
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>Fabbisogni</Title>
          {canAdd && session.can('needs.write') && (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} component={Link} to={`/fabbisogni/nuovo?associazione=${associationId}`}>
              Nuovo fabbisogno
            </Button>
          )}
        </Group>
        {needs.error && <Text c="red">{needs.error}</Text>}
        {needs.data && items.length === 0 && (
          <Text size="sm" c="dimmed">
            Nessun fabbisogno registrato.
          </Text>
        )}
        {items.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Ruolo</Table.Th>
                <Table.Th>Stato</Table.Th>
                <Table.Th>Posti</Table.Th>
                <Table.Th>{F.receivedOn.short}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/fabbisogni/${n.id}`} size="sm">
                      {n.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <NeedStatusBadge status={n.status} />
                  </Table.Td>
                  <Table.Td>{n.positions}</Table.Td>
                  <Table.Td>{formatDate(n.receivedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
