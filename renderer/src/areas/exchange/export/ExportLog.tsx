/** The export log (`exchange.exports`) of one kind: when, who, what, and each file again to download. */
import { Table, Text, Tooltip } from '@mantine/core';
import { LogCard } from '../../../components/LogCard';
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
    <LogCard
      title={title}
      log={log}
      count={rows.length}
      emptyText={kind === 'dati' ? 'Nessuna esportazione finora.' : 'Nessuna pubblicazione finora.'}
      minWidth={760}
      columns={['Quando', 'Chi', kind === 'dati' && 'Contenuto', { label: 'Record', ta: 'right' }, { label: 'Allegati', ta: 'right' }, 'File', '']}
    >
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
    </LogCard>
  );
}
