/**
 * The confirmation of an erasure by anonymisation (GDPR, decisions 0025 and 0027): what goes, what
 * stays, the surname typed to confirm, and the core's refusal (a running file, documents still kept)
 * shown in the dialog. One dialog for the profile's «Anonimizza» (a person's request) and for «Dati da
 * rivedere», where the erasure is written in the history as the end of the retention period.
 */
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiCallError } from '@shared/api/errors';
import type { ErasureGround } from '@shared/api/privacy';
import { agree } from '@shared/text/agreement';
import { foldText } from '@shared/validation/text';
import { api } from '../api/client';
import { showApiError, showSaved } from '../lib/form-errors';

export interface AnonymisePerson {
  id: string;
  lastName: string;
  firstName: string;
  sex: 'M' | 'F' | null;
}

interface Props {
  person: AnonymisePerson;
  ground: ErasureGround;
  onClose(): void;
}

export function AnonymiseDialog({ person: p, ground, onClose }: Props) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const matches = foldText(typed).trim() === foldText(p.lastName).trim();
  const fullName = `${p.lastName} ${p.firstName}`;

  async function anonymise() {
    setBusy(true);
    setRefusal(null);
    try {
      await api.call('privacy.anonymise', { id: p.id, confirmLastName: typed, ground });
      showSaved('Il profilo ora contiene solo i dati statistici.', 'Profilo anonimizzato');
      onClose();
    } catch (e) {
      // A refusal (a running file, documents still kept) stays in the dialog, where the operator is looking.
      if (e instanceof ApiCallError) setRefusal(e.error.message);
      else showApiError(e, undefined, 'Non è stato possibile anonimizzare il profilo. Riprova.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Anonimizzare ${fullName}?`} size="lg">
      <Stack>
        <Alert color="red" variant="light" title="L’operazione non si può annullare">
          <Text size="sm">Si usa quando la persona chiede la cancellazione dei suoi dati (art. 17 GDPR) o quando il periodo di conservazione è finito.</Text>
        </Alert>
        <div>
          <Text size="sm" fw={500}>
            Vengono cancellati definitivamente:
          </Text>
          <List size="sm">
            <List.Item>nome, cognome, codice fiscale, recapiti, indirizzi, luogo e giorno di nascita;</List.Item>
            <List.Item>note, note di colloquio, esperienze, competenze e dati particolari (salute, servizi sociali);</List.Item>
            <List.Item>gli allegati e i documenti delle pratiche, anche dal disco;</List.Item>
            <List.Item>i valori cancellati nello storico delle modifiche.</List.Item>
          </List>
          <Text size="sm" mt="xs">
            Restano, per le statistiche: fascia d’età, sesso, categoria, titolo di studio, provincia ed esiti dei tirocini. Le copie di sicurezza già fatte
            conservano i dati finché non vengono sostituite.
          </Text>
        </div>
        {refusal && (
          <Alert color="orange" title="Non si può anonimizzare adesso">
            {refusal}
          </Alert>
        )}
        <TextInput
          label={`Per confermare scrivi il cognome: ${p.lastName}`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        <Group>
          <Button color="red" disabled={!matches} loading={busy} onClick={anonymise}>
            {agree(p.sex, 'Anonimizza definitivamente')}
          </Button>
          <Button variant="default" onClick={onClose}>
            Annulla
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
