/** «Non sono la stessa persona»: the reason is required, and kept with the decision. */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { DuplicateProposal } from '@shared/api/exchange';
import { api, errorMessage } from '../../../api/client';
import { showSaved } from '../../../lib/form-errors';

interface Props {
  proposal: DuplicateProposal | null;
  onClose(): void;
  onDone(): void;
}

export function DismissDialog({ proposal, onClose, onDone }: Props) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function close() {
    setNote('');
    setError(null);
    onClose();
  }

  async function dismiss() {
    if (!proposal) return;
    if (note.trim().length < 3) {
      setError('Scrivi il motivo');
      return;
    }
    setSaving(true);
    try {
      await api.call('exchange.dismissDuplicate', { firstId: proposal.firstId, secondId: proposal.secondId, note: note.trim() });
      showSaved('I due profili restano separati e non verranno più proposti come doppioni.', 'Non sono la stessa persona');
      setNote('');
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened={proposal !== null} onClose={close} title="Non sono la stessa persona" size="lg">
      <Stack>
        <Text size="sm">
          Hanno lo stesso codice fiscale ({proposal?.taxCode}): di solito vuol dire che sono la stessa persona. Se sei sicuro che non lo siano (ad esempio un
          codice fiscale scritto male in uno dei due profili), scrivi perché: il motivo resta registrato con la decisione.
        </Text>
        <Textarea
          label="Motivo"
          placeholder="Es. verificato con il documento: il codice fiscale di uno dei due è sbagliato"
          autosize
          minRows={3}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={saving}>
            Annulla
          </Button>
          <Button color="red" onClick={() => void dismiss()} loading={saving}>
            Non sono la stessa persona
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
