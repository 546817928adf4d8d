/** The import log (`exchange.imports`): which files came in, from whom, and what they did. */
import { Card, Loader, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useApiQuery } from '../../../api/query';
import { formatDateTime, formatInteger } from '../../../lib/format';

export function ImportLog() {
  const log = useApiQuery('exchange.imports', {});
  const rows = log.data ?? [];
  return (
    <Card withBorder component="section" aria-label="Importazioni fatte">
      <Stack gap="xs">
        <Title order={4}>Importazioni fatte</Title>
        {log.error && (
          <Text size="sm" c="red">
            {log.error}
          </Text>
        )}
        {!log.data && !log.error && <Loader size="sm" />}
        {log.data && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            Nessuna importazione finora.
          </Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing={6} aria-label="Importazioni fatte" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Quando</Table.Th>
                  <Table.Th>Chi</Table.Th>
                  <Table.Th>Da</Table.Th>
                  <Table.Th>Preparato il</Table.Th>
                  <Table.Th ta="right">Nuovi</Table.Th>
                  <Table.Th ta="right">Aggiornati</Table.Th>
                  <Table.Th ta="right">Conflitti</Table.Th>
                  <Table.Th>File</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
