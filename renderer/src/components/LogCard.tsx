/**
 * A log of what was done (imports, exports, publications): a titled section whose table appears
 * once the log is read, with the reason when it could not be, and a line when there is nothing yet.
 */
import { Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { TableHead, type Column } from './TableParts';

interface LogCardProps {
  /** The section's heading, also the name of the section and of its table. */
  title: string;
  log: { data: unknown; error: string | null };
  /** How many rows there are to show. */
  count: number;
  emptyText: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  columns: readonly (Column | false)[];
  children: ReactNode;
}

export function LogCard({ title, log, count, emptyText, minWidth, columns, children }: LogCardProps) {
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
        {Boolean(log.data) && count === 0 && (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        )}
        {count > 0 && (
          <Table.ScrollContainer minWidth={minWidth}>
            <Table verticalSpacing={6} aria-label={title} striped>
              <TableHead columns={columns} />
              <Table.Tbody>{children}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
