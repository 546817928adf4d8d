/**
 * The exchange key from a passphrase agreed with the regional office: typed twice, at least 12
 * characters, never kept in clear. The new fingerprint is shown so two offices can compare it.
 */
import { Alert, Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { api } from '../../../api/client';
import { showApiError, showSaved } from '../../../lib/form-errors';

interface Props {
  keySet: boolean;
}

export function PassphraseCard({ keySet }: Props) {
  const [saving, setSaving] = useState(false);
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { passphrase: '', confirm: '' },
    validate: {
      passphrase: (v) => (v.length < 12 ? 'La frase segreta deve avere almeno 12 caratteri' : v.length > 200 ? 'Al massimo 200 caratteri' : null),
      confirm: (v, values) => (v !== values.passphrase ? 'Le due frasi non coincidono' : null),
    },
  });

  async function save(values: { passphrase: string; confirm: string }) {
    setSaving(true);
    try {
      const answer = await api.call('exchange.setPassphrase', values);
      setFingerprint(answer.fingerprint);
      form.reset();
      showSaved(`Impronta della chiave: ${answer.fingerprint}.`, 'Chiave di scambio impostata');
    } catch (e) {
      showApiError(e, form);
    } finally {
      setSaving(false);
    }
  }

  function submit(values: { passphrase: string; confirm: string }) {
    if (!keySet) return void save(values);
    modals.openConfirmModal({
      title: 'Sostituire la chiave di scambio?',
      children: (
        <Text size="sm">
          Da ora i file si preparano e si leggono con la nuova chiave: i file preparati con quella vecchia non si potranno più importare qui. Fallo solo se
          l’ufficio regionale ha cambiato la frase segreta o te lo ha chiesto.
        </Text>
      ),
      labels: { confirm: 'Sostituisci la chiave', cancel: 'Annulla' },
      onConfirm: () => void save(values),
    });
  }

  return (
    <Card withBorder component="section" aria-label="Chiave da frase segreta">
      <form onSubmit={form.onSubmit(submit)}>
        <Stack gap="sm">
          <Title order={4}>Frase segreta</Title>
          <Text size="sm" c="dimmed" maw={760}>
            Una frase lunga (almeno 12 caratteri) concordata con l’ufficio regionale, uguale in tutte le sedi: comunicatevela a voce o di persona, mai nella
            stessa email dei file di dati. L’applicazione non la conserva: ne ricava la chiave.
          </Text>
          <Group align="flex-start" grow maw={760}>
            <PasswordInput label="Frase segreta" autoComplete="new-password" {...form.getInputProps('passphrase')} />
            <PasswordInput label="Ripeti la frase segreta" autoComplete="new-password" {...form.getInputProps('confirm')} />
          </Group>
          <div>
            <Button type="submit" loading={saving}>
              {keySet ? 'Sostituisci la chiave' : 'Imposta la chiave'}
            </Button>
          </div>
          {fingerprint && (
            <Alert color="teal" title="Chiave impostata" data-testid="new-fingerprint">
              Impronta:{' '}
              <Text span ff="monospace" fw={700}>
                {fingerprint}
              </Text>
              . Confrontala con l’ufficio regionale (per telefono): se è uguale, la frase è la stessa.
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
