/**
 * A record's change history from the audit log: who, when, which fields, from what to what.
 * Each area passes its own field names and value formatter, so the table reads in its words.
 */
import { Badge, Card, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import type { AuditAction, AuditedEntity } from '@shared/api/audit';
import { useApiQuery } from '../api/query';
import { formatDateTime } from './format';

export type ChangeValue = string | number | boolean | null;

export interface RecordHistoryProps {
  entity: AuditedEntity;
  id: string;
  /** Italian name of each field; unknown fields show their code rather than disappear. */
  fieldLabels: Record<string, string>;
  /** A stored value as the desk reads it ("—" for empty). */
  formatValue(field: string, value: ChangeValue): string;
  /** Italian verb for each action, in the gender of the record ("Creata", "Creato"). */
  actionLabels: Record<AuditAction, string>;
  title?: string;
}

/** Lines every record's history may have, whatever its area: where an imported version came from, whose version a conflict was decided against. */
const COMMON_LABELS: Record<string, string> = {
  importatoDa: 'Arrivato dallo sportello',
  conflittoCon: 'Conflitto deciso con la versione di',
};

/** Actions whose field changes are worth a before/after table (create only says how many). */
const DETAILED: ReadonlySet<AuditAction> = new Set(['update', 'merge', 'import', 'resolve']);

export function RecordHistory({ entity, id, fieldLabels, formatValue, actionLabels, title = 'Storico delle modifiche' }: RecordHistoryProps) {
  const history = useApiQuery('audit.forRecord', { entity, id });
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{title}</Title>
        {history.error && <Text c="red">{history.error}</Text>}
        {history.data?.length === 0 && <Text c="dimmed">Nessuna modifica registrata.</Text>}
        <Timeline bulletSize={14} lineWidth={2}>
          {history.data?.map((entry) => (
            <Timeline.Item
              key={entry.id}
              title={
                <Text size="sm" fw={600}>
                  {actionLabels[entry.action]} · {formatDateTime(entry.at)} · {entry.operatorName}
                </Text>
              }
            >
              {DETAILED.has(entry.action) && entry.changes.length > 0 && (
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
                        <Table.Td>{fieldLabels[c.field] ?? COMMON_LABELS[c.field] ?? c.field}</Table.Td>
                        <Table.Td c="dimmed">{formatValue(c.field, c.before)}</Table.Td>
                        <Table.Td>{formatValue(c.field, c.after)}</Table.Td>
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
