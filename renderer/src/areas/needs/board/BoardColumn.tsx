/** One status on the board: its own query, the count in the header, the first 50 cards. */
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { NEED_STATUS_LABELS, type NeedStatus } from '@shared/api/need-fields';
import { useApiQuery } from '../../../api/query';
import { formatInteger } from '../../../lib/format';
import { NEED_STATUS_COLORS } from '../../../components/NeedStatusBadge';
import { needsAddress } from '../list/list-params';
import { NeedCard } from './NeedCard';

export const COLUMN_SIZE = 50;

export function BoardColumn({ status, column }: { status: NeedStatus; column: number }) {
  const list = useApiQuery('needs.list', { status, pageSize: COLUMN_SIZE });
  const label = NEED_STATUS_LABELS[status];
  const total = list.data?.total;
  const hidden = list.data ? list.data.total - list.data.items.length : 0;

  return (
    <Paper
      component="section"
      withBorder
      p="xs"
      bg="gray.1"
      aria-label={total === undefined ? `Colonna ${label}` : `Colonna ${label} (${total})`}
      style={{ minWidth: 175, flex: '1 1 0', display: 'flex', flexDirection: 'column' }}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={700} size="sm">
          {label}
        </Text>
        <Badge color={NEED_STATUS_COLORS[status]} variant="filled" size="sm" aria-hidden>
          {total === undefined ? '…' : formatInteger(total)}
        </Badge>
      </Group>
      {list.error && (
        <Text size="xs" c="red">
          {list.error}
        </Text>
      )}
      {/* A long column scrolls on its own, so the headers of the others stay in view. Padding leaves room for the focus ring. */}
      <Stack gap="xs" p={4} style={{ maxHeight: 'calc(100vh - 230px)', overflowY: 'auto' }}>
        {list.data?.items.map((n, row) => <NeedCard key={n.id} need={n} column={column} row={row} />)}
        {list.data && list.data.items.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            Nessun fabbisogno
          </Text>
        )}
      </Stack>
      {hidden > 0 && (
        // The board shows the most recent ones; the list, filtered by this status, shows them all.
        <Anchor component={Link} to={`/fabbisogni?${needsAddress.toParams({ status }).toString()}`} size="xs" mt="xs" ta="center">
          Altri {formatInteger(hidden)}: apri l’elenco
        </Anchor>
      )}
    </Paper>
  );
}
