/** What an import does (or did), area by area: new, updated, unchanged, conflicts, possible duplicates, waiting. */
import { Table, Text } from '@mantine/core';
import type { AreaCounts, ImportPreview } from '@shared/api/exchange';
import { formatInteger } from '../../../lib/format';

const COLUMNS: { key: keyof AreaCounts; label: string; alert?: string }[] = [
  { key: 'new', label: 'Nuovi' },
  { key: 'updated', label: 'Aggiornati' },
  { key: 'unchanged', label: 'Invariati' },
  { key: 'conflicts', label: 'Conflitti', alert: 'orange.8' },
  { key: 'duplicates', label: 'Possibili doppioni', alert: 'orange.8' },
  { key: 'pending', label: 'In attesa', alert: 'blue.8' },
];

interface Props {
  areas: ImportPreview['areas'];
  totals: AreaCounts;
  label: string;
}

function Cell({ value, alert, bold }: { value: number; alert?: string; bold?: boolean }) {
  return (
    <Table.Td ta="right">
      <Text span size="sm" fw={bold || (alert && value > 0) ? 700 : undefined} c={value === 0 ? 'dimmed' : alert}>
        {formatInteger(value)}
      </Text>
    </Table.Td>
  );
}

export function CountsTable({ areas, totals, label }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={label} verticalSpacing={6} withTableBorder withColumnBorders={false} data-testid="exchange-counts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Dati</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c.key} ta="right" style={{ whiteSpace: 'nowrap' }}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {areas.map((a) => (
            <Table.Tr key={a.area}>
              <Table.Td>{a.label}</Table.Td>
              {COLUMNS.map((c) => (
                <Cell key={c.key} value={a.counts[c.key]} alert={c.alert} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr bg="gray.0">
            <Table.Th>Totale</Table.Th>
            {COLUMNS.map((c) => (
              <Cell key={c.key} value={totals[c.key]} alert={c.alert} bold />
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What the less obvious columns mean, under the table. */
export function CountsLegend() {
  return (
    <Text size="xs" c="dimmed" maw={820}>
      <b>Conflitti</b>: record modificati sia qui sia nell’altra sede dall’ultimo scambio; vale la modifica più recente e l’altra versione resta da
      rivedere. <b>Possibili doppioni</b>: persone con lo stesso codice fiscale già registrate qui; non vengono unite da sole. <b>In attesa</b>: record
      che arrivano prima di quello a cui si riferiscono (ad esempio un fabbisogno prima della sua associazione); entrano appena arriva.
    </Text>
  );
}
