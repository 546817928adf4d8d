/** The import log (`exchange.imports`): which files came in, from whom, and what they did. */
import { Table, Text, Tooltip } from '@mantine/core';
import { LogCard } from '../../../components/LogCard';
import { useApiQuery } from '../../../api/query';
import { formatDateTime, formatInteger } from '../../../lib/format';

export function ImportLog() {
  const log = useApiQuery('exchange.imports', {});
  const rows = log.data ?? [];
  return (
    <LogCard
      title="Importazioni fatte"
      log={log}
      count={rows.length}
      emptyText="Nessuna importazione finora."
      minWidth={820}
      columns={['Quando', 'Chi', 'Da', 'Preparato il', { label: 'Nuovi', ta: 'right' }, { label: 'Aggiornati', ta: 'right' }, { label: 'Conflitti', ta: 'right' }, 'File']}
    >
      {rows.map((r) => (
        <Table.Tr key={r.exportId}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at)}</Table.Td>
          <Table.Td>{r.operatorName}</Table.Td>
          <Table.Td>
            <Tooltip label={r.officeName} openDelay={300}>
              <Text size="sm" ff="monospace" span>
                {r.officeCode}
              </Text>
            </Tooltip>
            {r.kind === 'pubblicazione' && (
              <Text size="xs" c="dimmed">
                pubblicazione
              </Text>
            )}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.exportedAt)}</Table.Td>
          <Table.Td ta="right">{formatInteger(r.totals.new)}</Table.Td>
          <Table.Td ta="right">{formatInteger(r.totals.updated)}</Table.Td>
          <Table.Td ta="right">{formatInteger(r.totals.conflicts)}</Table.Td>
          <Table.Td>
            <Tooltip label={`sha256 ${r.sha256}`} openDelay={300} multiline maw={320}>
              <Text size="sm" ff="monospace">
                {r.fileName}
              </Text>
            </Tooltip>
          </Table.Td>
        </Table.Tr>
      ))}
    </LogCard>
  );
}
