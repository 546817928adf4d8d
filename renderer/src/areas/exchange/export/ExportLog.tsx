/** The export log (`exchange.exports`) of one kind: when, who, what, and each file again to download. */
import { Card, Loader, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useApiQuery } from '../../../api/query';
import { formatSize } from '../../../lib/files';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { shortSha } from '../words';
import { DownloadExportButton } from './DownloadExportButton';

interface Props {
  kind: 'dati' | 'pubblicazione';
}

export function ExportLog({ kind }: Props) {
  const log = useApiQuery('exchange.exports', {});
  const rows = (log.data ?? []).filter((r) => r.kind === kind);
  const title = kind === 'dati' ? 'Esportazioni fatte' : 'Pubblicazioni fatte';

  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={4}>{title}</Title>
        {log.error && (
          <Text size="sm" c="red">
            {log.error}
          </Text>
        )}
        {!log.data && !log.error && <Loader size="sm" />}
        {log.data && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {kind === 'dati' ? 'Nessuna esportazione finora.' : 'Nessuna pubblicazione finora.'}
          </Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing={6} aria-label={title} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Quando</Table.Th>
                  <Table.Th>Chi</Table.Th>
                  {kind === 'dati' && <Table.Th>Contenuto</Table.Th>}
                  <Table.Th ta="right">Record</Table.Th>
                  <Table.Th ta="right">Allegati</Table.Th>
                  <Table.Th>File</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.operatorName}</Table.Td>
                    {kind === 'dati' && <Table.Td>{r.full ? 'Completa' : 'Modifiche'}</Table.Td>}
                    <Table.Td ta="right">{formatInteger(r.records)}</Table.Td>
                    <Table.Td ta="right">{formatInteger(r.files)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                        {r.fileName}
                      </Text>
                      <Tooltip label={`sha256 ${r.sha256}`} openDelay={300} multiline maw={320}>
                        <Text size="xs" c="dimmed">
                          {formatSize(r.size)} · impronta {shortSha(r.sha256)}
                        </Text>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td ta="right">
                      <DownloadExportButton exportId={r.id} label="Scarica" size="compact-sm" variant="subtle" />
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
