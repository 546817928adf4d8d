/** A record's change history from the audit log: who, when, which fields, from what to what. */
import { Badge, Card, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { LEGAL_FORM_LABELS, type LegalForm } from '../../../../shared/api/associations';
import type { AuditAction } from '../../../../shared/api/audit';
import { useApiQuery } from '../../api/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { ASSOCIATION_FIELD_LABELS } from './labels';

const ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Creata',
  update: 'Modificata',
  delete: 'Eliminata',
  restore: 'Ripristinata',
  login: 'Accesso',
  view: 'Consultata',
  merge: 'Unione',
};

function show(value: string | number | boolean | null, field: string): string {
  if (value === null || value === '') return '—';
  if (field === 'legalForm' && typeof value === 'string') return LEGAL_FORM_LABELS[value as LegalForm] ?? value;
  if (field === 'deletedAt' && typeof value === 'string') return formatDateTime(value);
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  return String(value);
}

export function AssociationHistory({ id }: { id: string }) {
  const history = useApiQuery('audit.forRecord', { entity: 'associations', id });
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>Storico delle modifiche</Title>
        {history.error && <Text c="red">{history.error}</Text>}
        {history.data?.length === 0 && <Text c="dimmed">Nessuna modifica registrata.</Text>}
        <Timeline bulletSize={14} lineWidth={2}>
          {history.data?.map((entry) => (
            <Timeline.Item
              key={entry.id}
              title={
                <Text size="sm" fw={600}>
                  {ACTION_LABELS[entry.action]} · {formatDateTime(entry.at)} · {entry.operatorName}
                </Text>
              }
            >
              {entry.action === 'update' && entry.changes.length > 0 && (
                <Table withTableBorder fz="xs" mt={4} maw={800}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={220}>Campo</Table.Th>
                      <Table.Th>Prima</Table.Th>
                      <Table.Th>Dopo</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {entry.changes.map((c) => (
                      <Table.Tr key={c.field}>
                        <Table.Td>{ASSOCIATION_FIELD_LABELS[c.field] ?? c.field}</Table.Td>
                        <Table.Td c="dimmed">{show(c.before, c.field)}</Table.Td>
                        <Table.Td>{show(c.after, c.field)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              {entry.action === 'create' && (
                <Badge variant="light" size="sm" mt={4}>
                  {entry.changes.length} campi compilati
                </Badge>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Card>
  );
}
