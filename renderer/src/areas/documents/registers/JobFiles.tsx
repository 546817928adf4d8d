/**
 * The registers a batch prepared, one link each (20 a page): the name comes with the file, so each
 * row asks for its own document when it is shown.
 */
import { Anchor, Button, Center, Group, Loader, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import type { BridgeFile } from '../../../../../shared/api/bridge';
import { useApiQuery } from '../../../api/useApiQuery';
import { canOpenFiles, deliverFile } from '../../../lib/files';

const PAGE = 20;

export function JobFiles({ documentIds }: { documentIds: readonly string[] }) {
  const [page, setPage] = useState(1);
  const pages = Math.ceil(documentIds.length / PAGE);
  const shown = documentIds.slice((page - 1) * PAGE, page * PAGE);
  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} aria-label="Registri preparati">
        <Table.Tbody>
          {shown.map((id, i) => (
            <JobFileRow key={id} id={id} position={(page - 1) * PAGE + i + 1} />
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

function JobFileRow({ id, position }: { id: string; position: number }) {
  const file = useApiQuery('documents.content', { id, signed: false });
  const deliver = (f: BridgeFile, how: 'save' | 'open') => void deliverFile(f, how);
  return (
    <Table.Tr data-testid="batch-file">
      <Table.Td w={40}>
        <Text size="sm" c="dimmed">
          {position}.
        </Text>
      </Table.Td>
      <Table.Td>
        {file.data ? (
          <Anchor component="button" type="button" size="sm" onClick={() => deliver(file.data!, 'save')}>
            {file.data.fileName}
          </Anchor>
        ) : file.error ? (
          <Text size="sm" c="red">
            {file.error}
          </Text>
        ) : (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              Registro {position}
            </Text>
          </Group>
        )}
      </Table.Td>
      <Table.Td w={120} ta="right">
        {file.data && canOpenFiles() && (
          <Button size="compact-sm" variant="subtle" leftSection={<IconExternalLink size={14} />} onClick={() => deliver(file.data!, 'open')}>
            Apri
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
