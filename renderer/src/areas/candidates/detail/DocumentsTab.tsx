/**
 * The person's documents (CV, ID, permit). Photos open in a preview; PDF and Word files are
 * saved to the computer, because the app's security policy allows no embedded viewers.
 */
import { Button, Card, Group, Image, Modal, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconDownload, IconEye, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Attachment, Candidate } from '@shared/api/candidates';
import { ATTACHMENT_KIND_LABELS } from '@shared/api/candidates';
import { agree } from '@shared/text/agreement';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useRemoval } from '../../../lib/useRemoval';
import { RowActions, TableHead } from '../../../components/TableParts';
import { AttachmentUpload } from './AttachmentUpload';
import { base64ToBytes, formatSize, isImage } from './attachment-files';

interface Preview {
  url: string;
  fileName: string;
}

function download(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

export function DocumentsTab({ candidate: c }: { candidate: Candidate }) {
  const session = useSession();
  const canWrite = session.can('candidates.write') && !c.deletedAt;
  const [openingId, setOpeningId] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  // An object URL holds the file in memory until it is revoked: free it when the preview closes.
  useEffect(() => {
    if (!preview) return;
    return () => URL.revokeObjectURL(preview.url);
  }, [preview]);

  async function open(a: Attachment) {
    setOpeningId(a.id);
    try {
      const file = await api.call('candidates.attachmentContent', { id: a.id });
      const url = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }));
      if (isImage(file.mimeType)) {
        setPreview({ url, fileName: file.fileName });
      } else {
        download(url, file.fileName);
        // The browser has taken the file once the click is handled; give it a moment, then free it.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
    } catch (e) {
      showApiError(e, undefined, 'Il documento non si apre.');
    } finally {
      setOpeningId(null);
    }
  }

  // The page has no list to ask again: a refused removal leaves the document where it is.
  const removal = useRemoval(
    (a: Attachment) => a.id,
    async (a) => {
      await api.call('candidates.removeAttachment', { id: a.id });
      showSaved(`«${a.fileName}» non è più tra i documenti ${agree(c.sex, 'del/della candidato/a')}.`, 'Documento rimosso');
    },
  );

  const confirmRemove = (a: Attachment) =>
    removal.confirm(a, {
      title: 'Rimuovere il documento?',
      body: <>«{a.fileName}» ({ATTACHMENT_KIND_LABELS[a.kind].toLowerCase()}) sarà tolto dal profilo. Se serve ancora, dovrai allegarlo di nuovo.</>,
      confirm: 'Rimuovi',
    });

  return (
    <Stack>
      <Card withBorder>
        <Title order={4} mb="sm">
          Documenti allegati
        </Title>
        {c.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nessun documento allegato.{canWrite ? ' Aggiungi il curriculum o un documento d’identità qui sotto.' : ''}
          </Text>
        ) : (
          <Table withTableBorder fz="sm" aria-label="Documenti allegati">
            <TableHead columns={['Tipo', 'File', 'Dimensione', 'Allegato il', 'Impronta', '']} />
            <Table.Tbody>
              {c.attachments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{ATTACHMENT_KIND_LABELS[a.kind]}</Table.Td>
                  <Table.Td fw={500}>{a.fileName}</Table.Td>
                  <Table.Td>{formatSize(a.size)}</Table.Td>
                  <Table.Td>{formatDate(a.createdAt)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={`SHA-256 ${a.sha256}: serve a dimostrare che il file non è stato alterato`} multiline w={320}>
                      <Text span ff="monospace" size="xs">
                        {a.sha256.slice(0, 12)}…
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <RowActions>
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={isImage(a.mimeType) ? <IconEye size={14} /> : <IconDownload size={14} />}
                        loading={openingId === a.id}
                        onClick={() => void open(a)}
                        aria-label={`Apri ${a.fileName}`}
                      >
                        Apri
                      </Button>
                      {canWrite && (
                        <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => confirmRemove(a)} aria-label={`Rimuovi ${a.fileName}`}>
                          Rimuovi
                        </Button>
                      )}
                    </RowActions>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {canWrite && <AttachmentUpload candidateId={c.id} />}
      <Modal opened={preview !== null} onClose={() => setPreview(null)} title={preview?.fileName} size="xl" centered>
        {preview && (
          <Stack>
            <Image src={preview.url} alt={`Anteprima di ${preview.fileName}`} fit="contain" mah="70vh" />
            <Group justify="flex-end">
              <Button variant="default" leftSection={<IconDownload size={14} />} onClick={() => download(preview.url, preview.fileName)}>
                Salva sul computer
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
