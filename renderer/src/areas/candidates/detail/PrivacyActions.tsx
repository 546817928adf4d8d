/**
 * The person's rights on the profile (GDPR, decision 0025): «Esporta i dati della persona»
 * (art. 15, roles that may see special data, since the export includes them) and «Anonimizza»
 * (art. 17, coordinators and administrators), irreversible, confirmed by typing the surname.
 */
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconFileExport, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { Candidate } from '@shared/api/candidates';
import { ApiCallError } from '@shared/api/errors';
import { agree } from '@shared/text/agreement';
import { foldText } from '@shared/validation/text';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { deliverFile } from '../../../lib/files';
import { showApiError, showSaved } from '../../../lib/form-errors';

export function PrivacyActions({ candidate: c }: { candidate: Candidate }) {
  const session = useSession();
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const canExport = session.can('candidates.special');
  // Erasure is for the roles that may delete a profile: coordinators and administrators.
  const canErase = session.can('candidates.delete') && !c.anonymisedAt && !c.mergedInto;

  async function exportData() {
    setExporting(true);
    try {
      await deliverFile(await api.call('privacy.exportPerson', { id: c.id }), 'save');
    } catch (e) {
      showApiError(e, undefined, 'Non è stato possibile preparare l’esportazione. Riprova.');
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      {canExport && (
        <Button variant="default" leftSection={<IconFileExport size={16} />} loading={exporting} onClick={exportData}>
          Esporta i dati della persona
        </Button>
      )}
      {canErase && (
        <Button variant="light" color="red" leftSection={<IconUserOff size={16} />} onClick={() => setConfirming(true)}>
          Anonimizza
        </Button>
      )}
      {confirming && <AnonymiseDialog candidate={c} onClose={() => setConfirming(false)} />}
    </>
  );
}

function AnonymiseDialog({ candidate: c, onClose }: { candidate: Candidate; onClose(): void }) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const matches = foldText(typed).trim() === foldText(c.lastName).trim();
  const fullName = `${c.lastName} ${c.firstName}`;

  async function anonymise() {
    setBusy(true);
    setRefusal(null);
    try {
      await api.call('privacy.anonymise', { id: c.id, confirmLastName: typed });
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
          label={`Per confermare scrivi il cognome: ${c.lastName}`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        <Group>
          <Button color="red" disabled={!matches} loading={busy} onClick={anonymise}>
            {agree(c.sex, 'Anonimizza definitivamente')}
          </Button>
          <Button variant="default" onClick={onClose}>
            Annulla
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
