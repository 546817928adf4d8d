/** The rows of the associations list, with the columns it can be sorted by. */
import { Anchor, Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { AssociationRow } from '@shared/api/associations';
import { OfficeCell, OfficeHeader, type Offices } from '../../lib/offices';
import { EmployeesBadge } from './EmployeesBadge';
import type { AssociationSort } from './list-params';
import { ASSOCIATION_FIELDS as F } from '@shared/fields/association';

interface AssociationsTableProps {
  rows: AssociationRow[];
  sort: AssociationSort;
  direction: 'asc' | 'desc';
  onSort(column: AssociationSort): void;
  offices: Offices;
}

function SortHeader({ column, active, direction, onSort, children }: { column: AssociationSort; active: boolean; direction: 'asc' | 'desc'; onSort(column: AssociationSort): void; children: string }) {
  const Icon = direction === 'desc' ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th>
      <UnstyledButton onClick={() => onSort(column)} aria-label={`Ordina per ${children.toLowerCase()}`}>
        <Group gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {children}
          </Text>
          {active && <Icon size={14} />}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function AssociationsTable({ rows, sort, direction, onSort, offices }: AssociationsTableProps) {
  const header = (column: AssociationSort, label: string) => (
    <SortHeader column={column} active={sort === column} direction={direction} onSort={onSort}>
      {label}
    </SortHeader>
  );
  return (
    <Table striped highlightOnHover verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          {header('name', F.name.label)}
          <Table.Th>{F.legalForm.short}</Table.Th>
          <Table.Th>{F.taxCode.label}</Table.Th>
          {header('comune', F.comune.label)}
          <Table.Th>{F.committee.short}</Table.Th>
          {header('employees', F.employees.short)}
          {offices.several && <OfficeHeader />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>
              <Anchor component={Link} to={`/associazioni/${a.id}`} fw={500}>
                {a.name}
              </Anchor>
              {a.deletedAt && (
                <Badge ml="xs" color="red" variant="light" size="sm">
                  Eliminata
                </Badge>
              )}
            </Table.Td>
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
      </Table.Tbody>
    </Table>
  );
}
