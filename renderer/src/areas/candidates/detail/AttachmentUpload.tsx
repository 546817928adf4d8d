/**
 * Adding a document: pick its kind, then the file (or drop it on the box). Wrong types and files
 * over 10 MB are refused here, before a long upload that the core would refuse anyway.
 */
import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ATTACHMENT_KINDS, ATTACHMENT_KIND_LABELS, type AttachmentKind } from '@shared/api/candidates';
import { api, errorMessage } from '../../../api/client';
import { showSaved } from '../../../lib/form-errors';
import { FileDropZone, FilePickButton } from '../../../components/FileDropZone';
import { bytesToBase64, fileProblem } from './attachment-files';

const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png';

export function AttachmentUpload({ candidateId }: { candidateId: string }) {
  const [kind, setKind] = useState<AttachmentKind>('cv');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function upload(file: File) {
    const wrong = fileProblem(file);
    setProblem(wrong);
    if (wrong) return;
    setBusy(true);
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      await api.call('candidates.addAttachment', { candidateId, kind, fileName: file.name, contentBase64 });
      showSaved(`«${file.name}» è allegato come ${ATTACHMENT_KIND_LABELS[kind].toLowerCase()}.`, 'Documento allegato');
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FileDropZone p="md" idleBg="gray.0" disabled={busy} onFile={(f) => void upload(f)}>
      <Stack gap="sm">
        <Text fw={600} size="sm">
          Aggiungi un documento
        </Text>
        <Group align="flex-end" gap="sm">
          <Select
            label="Tipo di documento"
            data={ATTACHMENT_KINDS.map((k) => ({ value: k, label: ATTACHMENT_KIND_LABELS[k] }))}
            value={kind}
            onChange={(v) => v && setKind(v as AttachmentKind)}
            allowDeselect={false}
            w={240}
          />
          <FilePickButton onFile={(f) => void upload(f)} accept={ACCEPT} inputLabel="File da allegare" icon={<IconUpload size={16} />} loading={busy}>
            Scegli il file e allega…
          </FilePickButton>
        </Group>
        <Text size="xs" c="dimmed">
          PDF, Word (.docx), JPG o PNG, al massimo 10 MB. Puoi anche trascinare il file in questo riquadro.
        </Text>
        {problem && (
          <Alert color="red" variant="light" p="xs" role="alert">
            <Text size="sm">{problem}</Text>
          </Alert>
        )}
      </Stack>
    </FileDropZone>
  );
}
