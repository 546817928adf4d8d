/** Who each of the two profiles is, at a glance, and what becomes of it. */
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Candidate } from '@shared/api/candidates';
import { formatDate, formatDateTime } from '../../../lib/format';
import { agree } from '@shared/text/agreement';
import { useOffices } from '../../../lib/offices';
import { count } from '@shared/text/plural';

export function ProfileSummary({ candidate: c, kept }: { candidate: Candidate; kept: boolean }) {
  // At the regional office the two profiles often share name and code: the office tells them apart.
  const offices = useOffices();
  const office = offices.several ? offices.options.find((o) => o.value === c.siteId)?.label : undefined;
  return (
    <Card withBorder style={{ flex: 1, borderColor: kept ? 'var(--mantine-color-blue-5)' : undefined }}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to={`/candidati/${c.id}`} fw={700}>
            {c.lastName} {c.firstName}
          </Anchor>
          {kept ? <Badge color="blue">Resta</Badge> : <Badge color="gray">Diventa un rimando</Badge>}
        </Group>
        <Text size="sm">
          <Text span ff="monospace" size="sm">
            {c.taxCode}
          </Text>{' '}
          · {agree(c.sex, 'nato/a')} il {formatDate(c.birthDate)}
          {c.resComune ? ` · ${c.resComune}` : ''}
        </Text>
        {office && (
          <Text size="sm">
            Sportello <b>{office}</b>
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {agree(c.sex, 'Registrato/a')} il {formatDate(c.createdAt)} · ultima modifica {formatDateTime(c.updatedAt)} · {count(c.notesLog.length, 'nota di colloquio', 'note di colloquio')} ·{' '}
          {count(c.attachments.length, 'allegato', 'allegati')}
        </Text>
      </Stack>
    </Card>
  );
}
