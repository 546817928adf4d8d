/**
 * The exchange key as a file: the regional office creates a random one and hands it to the desks
 * by hand; a desk loads the one it received.
 */
import { Alert, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconFileUpload, IconKey } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { api } from '../../../api/client';
import { deliverFile, fileToBase64 } from '../../../lib/files';
import { showApiError, showSaved } from '../../../lib/form-errors';

interface Props {
  regional: boolean;
  keySet: boolean;
}

const REPLACES =
  'La chiave attuale viene sostituita: i file preparati con quella vecchia non si potranno più importare qui, e le altre sedi dovranno usare la nuova.';

export function KeyFileCard({ regional, keySet }: Props) {
  const [busy, setBusy] = useState<'create' | 'load' | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);

  async function create() {
    setBusy('create');
    try {
      const file = await api.call('exchange.createKeyFile', {});
      setCreated(file.fingerprint);
      await deliverFile(file, 'save');
    } catch (e) {
      showApiError(e, undefined, 'Il file chiave non è stato creato. Riprova.');
    } finally {
      setBusy(null);
    }
  }

  function chosen(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    if (!keySet) return void load(file);
    modals.openConfirmModal({
      title: 'Sostituire la chiave di scambio?',
      children: <Text size="sm">{REPLACES}</Text>,
      labels: { confirm: 'Usa il file chiave', cancel: 'Annulla' },
      onConfirm: () => void load(file),
    });
  }

  async function load(file: File) {
    setBusy('load');
    try {
      const answer = await api.call('exchange.loadKeyFile', { contentBase64: await fileToBase64(file) });
      showSaved(`Impronta della chiave: ${answer.fingerprint}. Confrontala con quella dell’ufficio regionale.`, 'Chiave di scambio caricata');
    } catch (e) {
      showApiError(e, undefined, 'Il file chiave non è stato caricato.');
    } finally {
      setBusy(null);
    }
  }

  function confirmCreate() {
    if (!keySet) return void create();
    modals.openConfirmModal({
      title: 'Creare un nuovo file chiave?',
      children: <Text size="sm">{REPLACES}</Text>,
      labels: { confirm: 'Crea il file chiave', cancel: 'Annulla' },
      onConfirm: () => void create(),
    });
  }

  return (
    <Card withBorder component="section" aria-label="File chiave">
      <Stack gap="sm">
        <Title order={4}>File chiave</Title>
        <Text size="sm" c="dimmed" maw={760}>
          In alternativa alla frase segreta:{' '}
          {regional
            ? 'crea un file chiave casuale e consegnalo agli sportelli, che lo caricano qui nella loro applicazione.'
            : 'carica il file chiave (.exarkey) che ti ha consegnato l’ufficio regionale.'}
        </Text>
        <Group>
          {regional && (
            <Button leftSection={<IconKey size={16} />} loading={busy === 'create'} disabled={busy !== null} onClick={confirmCreate}>
              Crea file chiave
            </Button>
          )}
          <FileButton onChange={chosen} accept=".exarkey" resetRef={resetRef} inputProps={{ 'aria-label': 'File chiave da caricare' }}>
            {(props) => (
              <Button {...props} variant={regional ? 'default' : 'filled'} leftSection={<IconFileUpload size={16} />} loading={busy === 'load'} disabled={busy !== null}>
                Carica file chiave…
              </Button>
            )}
          </FileButton>
        </Group>
        {created && (
          <Alert color="orange" title={`File chiave creato (impronta ${created})`}>
            Consegnalo agli sportelli <b>a mano</b> (ad esempio su una chiavetta USB) o con un canale diverso da quello dei file di dati: mai nella stessa email.
            Chi ha il file chiave può leggere tutti i file di scambio. Da ora questo ufficio usa la nuova chiave.
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
