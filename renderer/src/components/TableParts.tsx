/**
 * The pieces every table of the app is made of: the header row from a list of column names, a row
 * saying the table is empty, the buttons at a row's end, and the bordered card a settings list sits in.
 */
import { ActionIcon, Card, Group, Table, Text, Tooltip, type TableThProps, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column's heading: its text ('' for a column of buttons), or the text with the cell's props (right-aligned, a width). */
export type Column = string | ({ label: string } & Omit<TableThProps, 'children'>);

/** `false` leaves a column out (one shown only to who may write), so callers can write `canWrite && ''`. */
export function TableHead({ columns }: { columns: readonly (Column | false)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c, i) => {
          if (c === false) return null;
          if (typeof c === 'string') return <Table.Th key={i}>{c || undefined}</Table.Th>;
          const { label, ...props } = c;
          return (
            <Table.Th key={i} {...props}>
              {label || undefined}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}

/** A table's only row when it has nothing to list, across all its columns. */
export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text size="sm" c="dimmed" py="xs">
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

interface TableCardProps {
  columns: readonly (Column | false)[];
  'aria-label'?: string;
  verticalSpacing?: TableProps['verticalSpacing'];
  children: ReactNode;
}

/** A whole-width list in a bordered card with no padding, the way the settings pages show theirs. */
export function TableCard({ columns, verticalSpacing = 'sm', children, ...rest }: TableCardProps) {
  return (
    <Card withBorder p={0}>
      <Table striped verticalSpacing={verticalSpacing} aria-label={rest['aria-label']}>
        <TableHead columns={columns} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Card>
  );
}

/** The buttons at the end of a row, pushed right. */
export function RowActions({ gap = 'xs', nowrap = true, children }: { gap?: number | 'xs'; nowrap?: boolean; children: ReactNode }) {
  return (
    <Group gap={gap} justify="flex-end" wrap={nowrap ? 'nowrap' : undefined}>
      {children}
    </Group>
  );
}

interface RowIconButtonProps {
  /** What the tooltip says; the accessible name says it of the row's record («Correggi Torino»). */
  tooltip: string;
  label: string;
  icon: ReactNode;
  color?: string;
  loading?: boolean;
  onClick(): void;
}

/** An icon button at a row's end, with its tooltip. */
export function RowIconButton({ tooltip, label, icon, color, loading, onClick }: RowIconButtonProps) {
  return (
    <Tooltip label={tooltip}>
      <ActionIcon variant="subtle" color={color} aria-label={label} loading={loading} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
