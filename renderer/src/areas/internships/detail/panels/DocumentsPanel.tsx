/**
 * The signing pack of the file: whether the convenzione and the PFI are signed (what the start
 * needs), each document with what stops it, «Prepara», its versions and the signed scans; a
 * coordinator may let the file start without the signed pack, with a reason.
 */
import { Alert, Button, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Internship } from '@shared/api/internship-fields';
import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../api/query';
import { LoadError } from '../../../../app/LoadError';
import { useSession } from '../../../../auth/AuthProvider';
import { showApiError, showSaved } from '../../../../lib/form-errors';
import { formatDateTime } from '../../../../lib/format';
import { KindCard } from '../documents/KindCard';

function SignaturesWaiver({ file }: { file: Internship }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    try {
      await api.call('documents.waiveSignatures', { internshipId: file.id, reason });
      showSaved('Il tirocinio si potrà avviare senza le scansioni firmate.', 'Deroga registrata');
      setOpen(false);
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      {/* White, not light: a light orange button on the yellow notice fell short of 4.5:1 (axe). */}
      <Button size="xs" variant="white" color="orange" onClick={() => setOpen(true)}>
        Consenti l’avvio senza firme
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Consenti l’avvio senza convenzione e PFI firmati">
        <Stack>
          <Text size="sm">Scrivi perché il tirocinio può partire prima di avere le scansioni firmate: resta nella cronologia della pratica.</Text>
          <Textarea label="Motivo" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Annulla
            </Button>
            <Button color="orange" loading={busy} disabled={reason.trim().length < 10} onClick={() => void save()}>
              Registra la deroga
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function DocumentsPanel({ file }: { file: Internship }) {
  const session = useSession();
  const query = useApiQuery('documents.forInternship', { internshipId: file.id });
  const data = query.data;
  if (query.error) return <LoadError message={query.error} />;
  if (!data) return <Loader aria-label="Caricamento dei documenti" />;
  const canWrite = session.can('documents.write') && !file.deletedAt;
  const beforeStart = file.status === 'bozza' || file.status === 'in_firma';

  return (
    <Stack>
      {beforeStart &&
        (data.signaturesComplete ? (
          <Alert color="green" variant="light" title="Firme complete per l’avvio">
            {data.signaturesWaiver
              ? `Avvio consentito senza le scansioni firmate da ${data.signaturesWaiver.grantedBy} il ${formatDateTime(data.signaturesWaiver.at)}: ${data.signaturesWaiver.reason}`
              : 'La convenzione e il progetto formativo sono firmati: il tirocinio si può avviare.'}
          </Alert>
        ) : (
          <Alert color="yellow" variant="light" title="Per avviare il tirocinio servono la convenzione e il PFI firmati">
            <Group justify="space-between">
              <Text size="sm">Preparali qui sotto, falli firmare e allega le copie firmate: la scansione, o il file firmato digitalmente (.p7m o PDF firmato).</Text>
              {session.can('internships.waive') && !file.deletedAt && <SignaturesWaiver file={file} />}
            </Group>
          </Alert>
        ))}
      {data.kinds.map((k) => (
        <KindCard key={k.kind} file={file} status={k} registerMonths={data.registerMonths} canWrite={canWrite} />
      ))}
    </Stack>
  );
}
