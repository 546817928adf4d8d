/** One page of internship files: number (the link), who, where, type, status, dates and Exar's tutor. */
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { INTERNSHIP_TYPE_LABELS, type InternshipRow } from '@shared/api/internships';
import { formatDate } from '../../../lib/format';
import { OfficeCell, OfficeHeader, type Offices } from '../../../lib/offices';
import { InternshipStatusBadge } from '../InternshipStatusBadge';

export function InternshipsTable({ items, offices }: { items: readonly InternshipRow[]; offices: Offices }) {
  return (
    <Table striped highlightOnHover aria-label="Elenco dei tirocini">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Numero</Table.Th>
          <Table.Th>Tirocinante</Table.Th>
          <Table.Th>Ospitante</Table.Th>
          <Table.Th>Tipo</Table.Th>
          <Table.Th>Stato</Table.Th>
          <Table.Th>Dal</Table.Th>
          <Table.Th>Al</Table.Th>
          <Table.Th>Tutor Exar</Table.Th>
          {offices.several && <OfficeHeader />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((i) => (
          <Table.Tr key={i.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component={Link} to={`/tirocini/${i.id}`} fw={500}>
                {i.number}
              </Anchor>
            </Table.Td>
            <Table.Td>{i.candidateName}</Table.Td>
            <Table.Td>{i.associationName}</Table.Td>
            <Table.Td>{INTERNSHIP_TYPE_LABELS[i.type].replace('Tirocinio ', '')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <InternshipStatusBadge status={i.status} startDate={i.startDate} size="sm" styles={{ label: { overflow: 'visible' } }} />
            </Table.Td>
            <Table.Td>{formatDate(i.startDate)}</Table.Td>
            <Table.Td>{formatDate(i.plannedEndDate)}</Table.Td>
            <Table.Td>{i.promoterTutorName ?? '—'}</Table.Td>
            {offices.several && <OfficeCell offices={offices} code={i.officeCode} />}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
