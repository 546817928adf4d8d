/** The needs table: one row per request, the whole row opens the need. */
import { Table, Text } from '@mantine/core';
import { NEED_OFFER_LABELS, type NeedRow } from '@shared/api/needs';
import { formatDate } from '../lib/format';
import { ListTable, OpeningRow, RecordLinkCell } from '../lib/ListTable';
import { OfficeCell, type Offices } from '../lib/offices';
import { NeedStatusBadge } from './NeedStatusBadge';
import { count } from '@shared/text/plural';
import { NEED_FIELDS as F } from '@shared/fields/need';

export function placeLabel(comune: string, province: string | null): string {
  if (!comune) return '—';
  return province ? `${comune} (${province})` : comune;
}

export function NeedsTable({ rows, offices }: { rows: NeedRow[]; offices: Offices }) {
  return (
    <ListTable
      label="Elenco dei fabbisogni"
      offices={offices}
      head={
        <>
          <Table.Th>Ruolo</Table.Th>
          <Table.Th>{F.associationId.label}</Table.Th>
          <Table.Th>Comune</Table.Th>
          <Table.Th>Stato</Table.Th>
          <Table.Th ta="right">{F.positions.label}</Table.Th>
          <Table.Th>Proposte</Table.Th>
          <Table.Th>{F.offers.short}</Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>{F.receivedOn.short}</Table.Th>
          <Table.Th>Operatore</Table.Th>
        </>
      }
    >
      {rows.map((n) => (
        <OpeningRow key={n.id} to={`/fabbisogni/${n.id}`}>
          <RecordLinkCell to={`/fabbisogni/${n.id}`} deleted={n.deletedAt ? 'Eliminato' : null}>
            {n.title}
          </RecordLinkCell>
          <Table.Td>{n.associationName}</Table.Td>
          <Table.Td>{placeLabel(n.comune, n.province)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {/* Never cut short: "Chiuso senza esito" must read in full in a narrow column. */}
            <NeedStatusBadge status={n.status} size="sm" styles={{ label: { overflow: 'visible' } }} />
          </Table.Td>
          <Table.Td ta="right">{n.positions}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm">{proposalsLabel(n)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{n.offers.length === 0 ? '—' : n.offers.map((o) => NEED_OFFER_LABELS[o]).join(', ')}</Text>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(n.receivedOn)}</Table.Td>
          <Table.Td>{n.operatorName ?? '—'}</Table.Td>
          {offices.several && <OfficeCell offices={offices} code={n.officeCode} />}
        </OpeningRow>
      ))}
    </ListTable>
  );
}

/** "2 proposti, 1 accettato" — or a dash when nobody has been proposed yet. */
export function proposalsLabel(n: Pick<NeedRow, 'proposals' | 'accepted'>): string {
  if (n.proposals === 0) return '—';
  const proposed = count(n.proposals, 'proposto', 'proposti');
  if (n.accepted === 0) return proposed;
  return `${proposed}, ${count(n.accepted, 'accettato', 'accettati')}`;
}
