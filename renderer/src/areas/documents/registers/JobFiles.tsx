/** The registers a batch prepared, one link each (20 a page); a file is fetched only when asked for. */
import { Anchor, Button, Center, Group, Loader, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { JobView } from '@shared/api/documents';
import { api } from '../../../api/client';
import { canOpenFiles, deliverFile } from '../../../lib/files';
import { showApiError } from '../../../lib/form-errors';

const PAGE = 20;

type Made = JobView['documents'][number];

export function JobFiles({ documents }: { documents: readonly Made[] }) {
  const [page, setPage] = useState(1);
  const pages = Math.ceil(documents.length / PAGE);
  const shown = documents.slice((page - 1) * PAGE, page * PAGE);
  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} aria-label="Registri preparati">
        <Table.Tbody>
          {shown.map((doc, i) => (
            <JobFileRow key={doc.id} doc={doc} position={(page - 1) * PAGE + i + 1} />
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && (
        <Center>
          <Pagination total={pages} value={page} onChange={setPage} aria-label="Pagine dei registri" size="sm" />
        </Center>
      )}
    </Stack>
  );
}

function JobFileRow({ doc, position }: { doc: Made; position: number }) {
  const [busy, setBusy] = useState<'save' | 'open' | null>(null);
  async function deliver(how: 'save' | 'open') {
    setBusy(how);
    try {
      await deliverFile(await api.call('documents.content', { id: doc.id, signed: false }), how);
    } catch (e) {
      showApiError(e, undefined, 'Il registro non si apre.');
    } finally {
      setBusy(null);
    }
  }
  return (
    <Table.Tr data-testid="batch-file">
      <Table.Td w={40}>
        <Text size="sm" c="dimmed">
          {position}.
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Anchor component="button" type="button" size="sm" onClick={() => void deliver('save')} disabled={busy !== null}>
            {doc.fileName}
          </Anchor>
          {busy && <Loader size="xs" />}
          <Anchor component={Link} to={`/tirocini/${doc.internshipId}?scheda=documenti`} size="xs" c="dimmed">
            pratica
          </Anchor>
        </Group>
      </Table.Td>
      <Table.Td w={120} ta="right">
        {canOpenFiles() && (
          <Button size="compact-sm" variant="subtle" leftSection={<IconExternalLink size={14} />} loading={busy === 'open'} onClick={() => void deliver('open')}>
            Apri
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
