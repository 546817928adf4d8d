/**
 * «Elimina la bozza» for a draft opened by mistake (a red confirmation first), and on a deleted
 * file the notice with «Ripristina». The core refuses both past the draft, with its reason.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowBackUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Internship } from '@shared/api/internship-fields';
import { api } from '../../../api/client';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';

function useRemoval(file: Internship) {
  const [busy, setBusy] = useState(false);
  async function run(deleted: boolean) {
    setBusy(true);
    try {
      await api.call(deleted ? 'internships.delete' : 'internships.restore', { id: file.id, hlc: file.hlc });
      showSaved(deleted ? `La bozza ${file.number} è stata eliminata: la ritrovi nei Tirocini con il filtro «Bozze eliminate».` : `La pratica ${file.number} è di nuovo in bozza.`, deleted ? 'Eliminata' : 'Ripristinata');
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}

export function DeleteDraftButton({ file }: { file: Internship }) {
  const { busy, run } = useRemoval(file);
  return (
    <Button
      variant="light"
      color="red"
      leftSection={<IconTrash size={16} />}
      loading={busy}
      onClick={() =>
        modals.openConfirmModal({
          title: `Eliminare la bozza ${file.number}?`,
          children: (
            <Text size="sm">
              La pratica di {file.candidateName} presso {file.associationName} sparisce dall’elenco dei tirocini. Resta nello storico e si può ripristinare; il suo numero non
              verrà riusato.
            </Text>
          ),
          labels: { confirm: 'Elimina', cancel: 'Annulla' },
          confirmProps: { color: 'red' },
          onConfirm: () => void run(true),
        })
      }
    >
      Elimina la bozza
    </Button>
  );
}

export function DeletedNotice({ file, canRestore }: { file: Internship; canRestore: boolean }) {
  const { busy, run } = useRemoval(file);
  return (
    <Alert color="red" variant="light" title={`Pratica eliminata il ${formatDateTime(file.deletedAt)}`}>
      <Group justify="space-between">
        <Text size="sm">Non compare nell’elenco dei tirocini e non si può modificare né far avanzare.</Text>
        {canRestore && (
          <Button size="xs" variant="light" leftSection={<IconArrowBackUp size={14} />} loading={busy} onClick={() => void run(false)}>
            Ripristina
          </Button>
        )}
      </Group>
    </Alert>
  );
}
