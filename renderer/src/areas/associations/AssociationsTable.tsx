/** The rows of the associations list, with the columns it can be sorted by. */
import { Table } from '@mantine/core';
import type { AssociationRow } from '@shared/api/associations';
import { ListTable, RecordLinkCell, SortHeader, type SortOrder } from '../../lib/ListTable';
import { OfficeCell, type Offices } from '../../lib/offices';
import { EmployeesBadge } from './EmployeesBadge';
import type { AssociationSort } from './list-params';
import { ASSOCIATION_FIELDS as F } from '@shared/fields/association';

interface AssociationsTableProps extends SortOrder<AssociationSort> {
  rows: AssociationRow[];
  offices: Offices;
}

export function AssociationsTable({ rows, offices, ...order }: AssociationsTableProps) {
  const header = (column: AssociationSort, label: string) => (
    <SortHeader order={order} column={column} name={label.toLowerCase()}>
      {label}
    </SortHeader>
  );
  return (
    <ListTable
      offices={offices}
      head={
        <>
          {header('name', F.name.label)}
          <Table.Th>{F.legalForm.short}</Table.Th>
          <Table.Th>{F.taxCode.label}</Table.Th>
          {header('comune', F.comune.label)}
          <Table.Th>{F.committee.short}</Table.Th>
          {header('employees', F.employees.short)}
        </>
      }
    >
      {rows.map((a) => (
        <Table.Tr key={a.id}>
          <RecordLinkCell to={`/associazioni/${a.id}`} deleted={a.deletedAt ? 'Eliminata' : null}>
            {a.name}
          </RecordLinkCell>
          <Table.Td>{a.legalForm === 'ALTRO' ? 'Altra forma' : a.legalForm}</Table.Td>
          <Table.Td ff="monospace">{a.taxCode}</Table.Td>
          <Table.Td>
            {a.comune}
            {a.province ? ` (${a.province})` : ''}
          </Table.Td>
          <Table.Td>{a.committee ?? '—'}</Table.Td>
          <Table.Td>
            <EmployeesBadge employees={a.employees} />
          </Table.Td>
          {offices.several && <OfficeCell offices={offices} code={a.officeCode} />}
        </Table.Tr>
      ))}
    </ListTable>
  );
}
