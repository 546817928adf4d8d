/** The internship files of one person or one host, on their page, with a way to open a new one. */
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth/AuthProvider';
import { formatDate } from '../../lib/format';
import { InternshipStatusBadge } from './InternshipStatusBadge';

interface InternshipsCardProps {
  /** Whose files: a person's (the host is shown) or a host's (the person is shown). */
  of: { candidateId: string } | { associationId: string };
  /** Where «Nuova pratica» goes, when a new file makes sense here. */
  newFileLink: string | null;
}

export function InternshipsCard({ of, newFileLink }: InternshipsCardProps) {
  const session = useSession();
  const files = useApiQuery('internships.list', { ...of, pageSize: 100 });
  const items = files.data?.items ?? [];
  const byPerson = 'candidateId' in of;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>Tirocini</Title>
          {newFileLink && session.can('internships.write') && (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} component={Link} to={newFileLink}>
              Nuova pratica di tirocinio
            </Button>
          )}
        </Group>
        {files.error && <Text c="red">{files.error}</Text>}
        {files.data && items.length === 0 && (
          <Text size="sm" c="dimmed">
            Nessuna pratica di tirocinio.
          </Text>
        )}
        {items.length > 0 && (
          <Table aria-label={byPerson ? 'Tirocini della persona' : 'Tirocini ospitati'}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Numero</Table.Th>
                <Table.Th>{byPerson ? 'Ospitante' : 'Tirocinante'}</Table.Th>
                <Table.Th>Stato</Table.Th>
                <Table.Th>Dal</Table.Th>
                <Table.Th>Al</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/tirocini/${i.id}`} size="sm">
                      {i.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{byPerson ? i.associationName : i.candidateName}</Table.Td>
                  <Table.Td>
                    <InternshipStatusBadge status={i.status} startDate={i.startDate} size="sm" />
                  </Table.Td>
                  <Table.Td>{formatDate(i.startDate)}</Table.Td>
                  <Table.Td>{formatDate(i.plannedEndDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {files.data && files.data.total > items.length && (
          <Text size="sm">
            Sono mostrate le {items.length} più recenti di {files.data.total}.{' '}
            {'associationId' in of && (
              <Anchor component={Link} to={`/tirocini?associazione=${of.associationId}`} size="sm">
                Vedile tutte nei Tirocini
              </Anchor>
            )}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
