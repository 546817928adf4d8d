/** Administrators manage who can log in, and with which role. */
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Operator } from '@shared/api/operators';
import { ROLE_LABELS } from '@shared/api/permissions';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { formatDateTime } from '../../lib/format';
import { OperatorDialogs, type OperatorDialog } from './OperatorDialogs';

export function OperatorsPage() {
  const list = useApiQuery('operators.list', {});
  const [dialog, setDialog] = useState<OperatorDialog>(null);

  if (list.error) return <LoadError message={list.error} />;

  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <div>
          <Title order={2}>Operatori</Title>
          <Text size="sm" c="dimmed">
            Chi può accedere a questo sportello. Gli operatori disattivati non possono più entrare; il loro storico resta.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
          Nuovo operatore
        </Button>
      </Group>
      <Card withBorder p={0}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nome</Table.Th>
              <Table.Th>Utente</Table.Th>
              <Table.Th>Ruolo</Table.Th>
              <Table.Th>Stato</Table.Th>
              <Table.Th>Ultimo accesso</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.map((o: Operator) => (
              <Table.Tr key={o.id}>
                <Table.Td>{o.fullName}</Table.Td>
                <Table.Td ff="monospace">{o.username}</Table.Td>
                <Table.Td>{ROLE_LABELS[o.role]}</Table.Td>
                <Table.Td>{o.active ? <Badge color="teal" variant="light">Attivo</Badge> : <Badge color="gray">Disattivato</Badge>}</Table.Td>
                <Table.Td>{formatDateTime(o.lastLoginAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'edit', operator: o })}>
                      Modifica
                    </Button>
                    <Button size="xs" variant="subtle" onClick={() => setDialog({ kind: 'password', operator: o })}>
                      Nuova password
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <OperatorDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        onSaved={() => setDialog(null)}
      />
    </Stack>
  );
}
