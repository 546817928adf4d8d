/** The table of a list page: its frame, the headers that sort it and the rows that open a record. */
import { Anchor, Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { MouseEvent, ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { OfficeHeader, type Offices } from './offices';
import type { ListFilters } from './useListParams';

interface ListTableProps {
  /** The table's name for a screen reader. */
  label?: string;
  /** The column headers; the office's comes last by itself where there are several offices. */
  head: ReactNode;
  offices: Offices;
  children: ReactNode;
}

export function ListTable({ label, head, offices, children }: ListTableProps) {
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {head}
          {offices.several && <OfficeHeader />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

export interface SortOrder<C extends string> {
  sort: C;
  direction: 'asc' | 'desc';
  onSort(column: C): void;
  /** False where the order cannot be chosen (the rows come in a fixed one). */
  sortable?: boolean;
}

/**
 * The order the list is in, and the change a click on a column makes: the column sorted by turns
 * round, another one sorts ascending. The first column ascending is the address without an order.
 */
export function sortOrder<C extends string>(filters: Pick<ListFilters, 'update'>, names: { sort: string; direction: string }, first: C, sort: C, direction: 'asc' | 'desc'): SortOrder<C> {
  return {
    sort,
    direction,
    onSort(column) {
      const next = sort === column && direction === 'asc' ? 'desc' : 'asc';
      filters.update({ [names.sort]: column === first ? null : column, [names.direction]: next === 'asc' ? null : 'desc' }, { keepPage: true });
    },
  };
}

interface SortHeaderProps<C extends string> {
  order: SortOrder<C>;
  column: C;
  /** The column as it reads in «Ordina per …». */
  name: string;
  minWidth?: number;
  children: string;
}

export function SortHeader<C extends string>({ order, column, name, minWidth, children }: SortHeaderProps<C>) {
  if (order.sortable === false) return <Table.Th miw={minWidth}>{children}</Table.Th>;
  const active = order.sort === column;
  const Icon = order.direction === 'desc' ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th miw={minWidth} aria-sort={active ? (order.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton onClick={() => order.onSort(column)} aria-label={`Ordina per ${name}`}>
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

/** The cell naming the record, as a link to it, with a red mark when it has been deleted. */
export function RecordLinkCell({ to, deleted, children }: { to: string; /** The mark's word, or null for a live record. */ deleted: string | null; children: ReactNode }) {
  return (
    <Table.Td>
      <Anchor component={Link} to={to} fw={500}>
        {children}
      </Anchor>
      {deleted && (
        <Badge ml="xs" color="red" variant="light" size="sm">
          {deleted}
        </Badge>
      )}
    </Table.Td>
  );
}

/** A row that opens its record: the name is a real link for the keyboard; a click anywhere else on the row does the same. */
export function OpeningRow({ to, children }: { to: string; children: ReactNode }) {
  const navigate = useNavigate();
  function open(event: MouseEvent) {
    if ((event.target as HTMLElement).closest('a')) return;
    void navigate(to);
  }
  return (
    <Table.Tr onClick={open} style={{ cursor: 'pointer' }}>
      {children}
    </Table.Tr>
  );
}
