/**
 * «Carica un modello»: pick a .docx for one kind of document. The core reads its placeholders and
 * refuses unknown ones by name; the refusal stays in the dialog so the administrator can correct the
 * file in Word and pick it again without starting over.
 */
import { Alert, Button, Code, FileButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type TemplateView } from '@shared/api/documents';
import { placeholderOf } from '@shared/documents/fields';
import { api, errorMessage } from '../../../api/client';
import { fileToBase64 } from '../../../lib/files';
import { showSaved } from '../../../lib/form-errors';
import { templateFileProblem } from '../file-checks';

interface Props {
  kind: DocumentKind;
  inUse: TemplateView | null;
  opened: boolean;
  onClose(): void;
  onUploaded(template: TemplateView): void;
}

export function TemplateUploadDialog({ kind, inUse, opened, onClose, onUploaded }: Props) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ fileName: string; message: string } | null>(null);
  const resetRef = useRef<() => void>(null);

  function close() {
    if (busy) return;
    setRefusal(null);
    setNote('');
    onClose();
  }

  async function upload(file: File | null) {
    // Picking the same file again (corrected in Word) must fire again.
    resetRef.current?.();
    if (!file) return;
    const problem = templateFileProblem(file);
    if (problem) {
      setRefusal({ fileName: file.name, message: problem });
      return;
    }
    setBusy(true);
    try {
      const template = await api.call('documents.uploadTemplate', { kind, fileName: file.name, contentBase64: await fileToBase64(file), note: note.trim() || null });
      setRefusal(null);
      setNote('');
      showSaved(`Da ora ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} si prepara con «${template.fileName}» (versione ${template.version}).`, 'Modello caricato');
      onUploaded(template);
    } catch (e) {
      setRefusal({ fileName: file.name, message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={`Carica un modello: ${DOCUMENT_KIND_LABELS[kind]}`} size="lg" centered>
      <Stack>
        <Text size="sm">
          Scegli un documento Word (.docx) con i campi tra doppie parentesi graffe, per esempio <Code>{placeholderOf('tirocinante_nome')}</Code>. Il programma
          lo controlla prima di usarlo: se contiene campi che non conosce, li elenca e il modello non viene caricato.
        </Text>
        <Text size="sm" c="dimmed">
          {inUse
            ? `Diventerà la versione ${inUse.version + 1}; la versione ${inUse.version} («${inUse.fileName}») resta tra le versioni precedenti.`
            : 'Sostituirà il documento incorporato nel programma, che torna in uso se ritiri il modello.'}
        </Text>
        <TextInput
          label="Nota (facoltativa)"
          placeholder="Es. testo aggiornato con il nuovo accordo regionale"
          maxLength={300}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {refusal && (
          <Alert color="red" variant="light" title={`«${refusal.fileName}» non è stato caricato`} role="alert">
            <Stack gap={4}>
              <Text size="sm">{refusal.message}</Text>
              <Text size="sm" c="dimmed">
                Correggi il file in Word, salvalo e sceglilo di nuovo qui sotto.
              </Text>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            Chiudi
          </Button>
          <FileButton onChange={(f) => void upload(f)} accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" resetRef={resetRef} inputProps={{ 'aria-label': 'File del modello' }}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} loading={busy}>
                {refusal ? 'Scegli il file corretto…' : 'Scegli il file .docx e carica…'}
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Modal>
  );
}
