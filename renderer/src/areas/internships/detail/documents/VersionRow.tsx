/** One version of a document: when and by whom, its state, who signed it, and what can be done with it. */
import { Alert, Badge, Button, FileButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconExternalLink, IconSignature } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { DOCUMENT_STATE_LABELS, DOCUMENT_UPLOAD_MAX_BYTES, type DocumentView } from '@shared/api/documents';
import { ApiCallError } from '@shared/api/errors';
import { ACCEPTS_DIFFERENT_SIGNED_CONTENT } from '@shared/api/permissions';
import { api, errorMessage } from '../../../../api/client';
import { useSession } from '../../../../auth/AuthProvider';
import { showApiError, showSaved } from '../../../../lib/form-errors';
import { formatDateTime } from '../../../../lib/format';
import { canOpenFiles, deliverFile, extensionOf, fileToBase64, formatSize } from '../../../../lib/files';
import { SignatureDetails } from './SignatureDetails';

/** A scan (PDF, JPG, PNG), a signed PDF (PAdES) or a .p7m (CAdES, decision 0033). */
const SIGNED_COPY_TYPES = ['pdf', 'jpg', 'jpeg', 'png', 'p7m'];

/** A signed content different from the prepared document, waiting for a coordinator's yes. */
interface Different {
  file: File;
  message: string;
}

interface VersionRowProps {
  doc: DocumentView;
  title: string;
  canWrite: boolean;
  /** True when the one looking may open documents that print a restricted category. */
  seesSpecial: boolean;
}

export function VersionRow({ doc, title, canWrite, seesSpecial }: VersionRowProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [different, setDifferent] = useState<Different | null>(null);
  const resetRef = useRef<() => void>(null);
  const session = useSession();
  // The core checks it again: a coordinator's call, like the waiver of the signed pack.
  const canConfirm = session.can(ACCEPTS_DIFFERENT_SIGNED_CONTENT);

  async function hand(signed: boolean, how: 'save' | 'open') {
    setBusy(`${signed ? 'firmato' : 'doc'}-${how}`);
    try {
      await deliverFile(await api.call('documents.content', { id: doc.id, signed }), how);
    } catch (e) {
      showApiError(e, undefined, 'Il file non si apre.');
    } finally {
      setBusy(null);
    }
  }

  async function attach(file: File | null, confirmDifferent = false) {
    resetRef.current?.();
    if (!file) return;
    if (!SIGNED_COPY_TYPES.includes(extensionOf(file.name))) {
      setProblem(`«${file.name}» non è una copia firmata accettata: allega un PDF, una foto JPG/PNG del documento firmato o il file firmato digitalmente (.p7m).`);
      return;
    }
    if (file.size > DOCUMENT_UPLOAD_MAX_BYTES) {
      setProblem(`«${file.name}» pesa ${formatSize(file.size)}: il massimo è ${DOCUMENT_UPLOAD_MAX_BYTES / 1024 / 1024} MB. Scansiona a 150–200 dpi o in bianco e nero.`);
      return;
    }
    setProblem(null);
    setDifferent(null);
    setBusy('attach');
    try {
      const saved = await api.call('documents.attachSigned', { id: doc.id, fileName: file.name, contentBase64: await fileToBase64(file), confirmDifferent });
      showSaved(`${title}: ${saved.signed?.signature ? 'copia firmata digitalmente verificata e allegata' : 'scansione firmata allegata'}.`, 'Documento firmato');
    } catch (e) {
      if (e instanceof ApiCallError && e.error.details?.needsConfirm === true) setDifferent({ file, message: e.error.message });
      else setProblem(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  const desktop = canOpenFiles();
  const closed = doc.restricted && !seesSpecial;
  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          Versione {doc.version}
        </Text>
        <Badge color={doc.state === 'firmato' ? 'green' : 'yellow'} variant="light">
          {DOCUMENT_STATE_LABELS[doc.state]}
        </Badge>
        {doc.stale && (
          <Tooltip label="I dati della pratica sono cambiati dopo che è stato preparato: preparane una nuova versione e falla firmare.">
            <Badge color="red" variant="light">
              Superato
            </Badge>
          </Tooltip>
        )}
        <Text size="xs" c="dimmed">
          preparata il {formatDateTime(doc.generatedAt)} da {doc.generatedBy}
          {doc.templateVersion !== null ? ` · modello dell’ufficio v${doc.templateVersion}` : ''}
        </Text>
      </Group>
      {closed ? (
        <Text size="sm" c="dimmed">
          Riporta la categoria tutelata della persona: lo apre un coordinatore.
        </Text>
      ) : (
        <Group gap="xs">
          {desktop && (
            <Button size="xs" variant="light" leftSection={<IconExternalLink size={14} />} loading={busy === 'doc-open'} onClick={() => void hand(false, 'open')}>
              Apri
            </Button>
          )}
          <Button size="xs" variant="light" leftSection={<IconDownload size={14} />} loading={busy === 'doc-save'} onClick={() => void hand(false, 'save')} aria-label={`Scarica ${title} versione ${doc.version}`}>
            {desktop ? 'Salva' : 'Scarica'}
          </Button>
          {canWrite && (
            <FileButton onChange={(f) => void attach(f)} accept=".pdf,.jpg,.jpeg,.png,.p7m" resetRef={resetRef} inputProps={{ 'aria-label': `Scansione firmata di ${title} versione ${doc.version}` }}>
              {(props) => (
                <Tooltip label="Una scansione (PDF, JPG, PNG) o il file firmato digitalmente (.p7m o PDF firmato): le firme digitali vengono verificate.">
                  <Button {...props} size="xs" variant={doc.signed ? 'subtle' : 'filled'} leftSection={<IconSignature size={14} />} loading={busy === 'attach'}>
                    {doc.signed ? 'Sostituisci la copia firmata' : 'Allega la copia firmata'}
                  </Button>
                </Tooltip>
              )}
            </FileButton>
          )}
          {doc.signed && desktop && (
            <Button size="xs" variant="subtle" leftSection={<IconExternalLink size={14} />} loading={busy === 'firmato-open'} onClick={() => void hand(true, 'open')}>
              Apri la scansione firmata
            </Button>
          )}
          {doc.signed && (
            <Button size="xs" variant="subtle" leftSection={<IconDownload size={14} />} loading={busy === 'firmato-save'} onClick={() => void hand(true, 'save')}>
              {doc.signed.signature ? 'Copia firmata digitalmente' : 'Scansione firmata'} ({doc.signed.fileName})
            </Button>
          )}
        </Group>
      )}
      {doc.signed?.signature && !closed && <SignatureDetails check={doc.signed.signature} title={`${title} versione ${doc.version}`} />}
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      {different && (
        <Alert color="red" variant="light" p="xs" role="alert" title="Contenuto firmato diverso dal documento preparato">
          <Stack gap={6}>
            <Text size="sm">{different.message}</Text>
            <Group gap="xs">
              {canConfirm ? (
                <Button size="xs" color="red" variant="filled" loading={busy === 'attach'} onClick={() => void attach(different.file, true)}>
                  L’ho controllato: accettalo come firmato
                </Button>
              ) : (
                <Text size="sm">Chiedi a un coordinatore di controllarlo e, se va bene, di allegarlo.</Text>
              )}
              <Button size="xs" variant="default" onClick={() => setDifferent(null)}>
                Annulla
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
