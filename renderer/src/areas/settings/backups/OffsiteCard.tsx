/**
 * The second folder of «Copie di sicurezza» (decision 0028): a USB drive or a network share where
 * each copy also goes, encrypted with a key from a passphrase the application does not keep. The
 * administrator sets or removes it here, sees the copies it holds, and is warned, with the time of
 * the last copy that got there, when the drive was unplugged or the share was down.
 */
import { Alert, Anchor, Button, Card, Code, Group, Loader, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconLock, IconUsb } from '@tabler/icons-react';
import { useState } from 'react';
import { OFFSITE_PASSPHRASE_MIN, OFFSITE_PASSPHRASE_TOO_SHORT, OFFSITE_PASSPHRASES_DIFFER, type OffsiteView } from '@shared/api/backups';
import { api } from '../../../api/client';
import { formatDateTime } from '../../../lib/format';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { EmptyRow, TableCard } from '../../../components/TableParts';
import { formatMegabytes } from './megabytes';

interface Values {
  folder: string;
  passphrase: string;
  confirm: string;
}

function OffsiteForm({ initialFolder, onDone }: { initialFolder: string; onDone(): void }) {
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { folder: initialFolder, passphrase: '', confirm: '' },
    validate: {
      folder: (v) => (v.trim() === '' ? 'Indica la cartella' : null),
      passphrase: (v) => (v.length < OFFSITE_PASSPHRASE_MIN ? OFFSITE_PASSPHRASE_TOO_SHORT : v.length > 200 ? 'Al massimo 200 caratteri' : null),
      confirm: (v, values) => (v !== values.passphrase ? OFFSITE_PASSPHRASES_DIFFER : null),
    },
  });

  async function save(values: Values) {
    setSaving(true);
    try {
      await api.call('backups.setOffsite', values);
      form.reset();
      showSaved('Da ora ogni copia viene scritta anche nella seconda cartella, cifrata.', 'Seconda cartella impostata');
      onDone();
    } catch (e) {
      showApiError(e, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} aria-label="Imposta la seconda cartella">
      <Stack gap="sm" maw={760}>
        <TextInput
          label="Cartella"
          description="Il percorso completo di una cartella su un disco USB o in rete, riservata a questo ufficio"
          placeholder="E:\CopieExar oppure /media/usb/copie-exar"
          {...form.getInputProps('folder')}
        />
        <Group align="flex-start" grow>
          <PasswordInput label="Frase segreta" description={`Almeno ${OFFSITE_PASSPHRASE_MIN} caratteri`} autoComplete="new-password" {...form.getInputProps('passphrase')} />
          <PasswordInput label="Ripeti la frase segreta" description="Per essere sicuri di averla scritta bene" autoComplete="new-password" {...form.getInputProps('confirm')} />
        </Group>
        <Text size="sm" c="dimmed">
          L’applicazione non conserva la frase: serve per aprire le copie cifrate (per esempio su un computer nuovo) e senza di essa non si possono aprire.
          Scrivila e conservala in un luogo sicuro, lontano dal disco.
        </Text>
        <div>
          <Button type="submit" loading={saving} leftSection={<IconLock size={16} />}>
            Imposta la seconda cartella
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function OffsiteStatus({ offsite }: { offsite: OffsiteView }) {
  const lastSuccess = offsite.lastSuccess ? `L’ultima copia arrivata nella seconda cartella è del ${formatDateTime(offsite.lastSuccess.at)}.` : 'Nessuna copia è ancora arrivata nella seconda cartella.';
  if (offsite.running) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm">Copia cifrata nella seconda cartella in corso: puoi continuare a lavorare.</Text>
      </Group>
    );
  }
  if (offsite.lastFailure) {
    return (
      <Alert color="orange" title={`La copia nella seconda cartella non è riuscita (${formatDateTime(offsite.lastFailure.at)})`}>
        <Stack gap={4}>
          <Text size="sm">{offsite.lastFailure.message}</Text>
          <Text size="sm" fw={500}>
            {lastSuccess}
          </Text>
        </Stack>
      </Alert>
    );
  }
  if (!offsite.reachable) {
    return (
      <Alert color="orange" title="La seconda cartella non è raggiungibile ora">
        Collega il disco USB o controlla la cartella di rete prima della prossima copia. {lastSuccess}
      </Alert>
    );
  }
  return offsite.lastSuccess ? <Text size="sm">{lastSuccess}</Text> : null;
}

export function OffsiteCard({ offsite }: { offsite: OffsiteView }) {
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);

  function confirmRemove() {
    modals.openConfirmModal({
      title: 'Togliere la seconda cartella?',
      children: (
        <Text size="sm">
          Le prossime copie resteranno solo in questo computer. Le copie cifrate già nella cartella {offsite.folder} restano dove sono: se non servono più,
          cancellale a mano.
        </Text>
      ),
      labels: { confirm: 'Togli la seconda cartella', cancel: 'Annulla' },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove(),
    });
  }

  async function remove() {
    setRemoving(true);
    try {
      await api.call('backups.removeOffsite', {});
      showSaved('Le prossime copie resteranno solo in questo computer.', 'Seconda cartella tolta');
    } catch (e) {
      showApiError(e);
    } finally {
      setRemoving(false);
    }
  }

  return (
    <Card withBorder component="section" aria-label="Seconda copia cifrata">
      <Stack gap="sm">
        <Group gap="xs">
          <IconUsb size={20} />
          <Title order={4}>Seconda copia cifrata</Title>
        </Group>
        <Text size="sm" c="dimmed" maw={760}>
          Ogni copia può andare anche in una seconda cartella, su un disco USB o in rete, cifrata con una frase segreta: chi trova il disco o apre la cartella
          non può leggerla. Per ripristinarla serve la frase (vedi la guida, «npm run restore -- --from»).
        </Text>
        {!offsite.configured || editing ? (
          <>
            {editing && (
              <Text size="sm">
                Una nuova frase vale per le prossime copie; quelle già scritte si aprono con la frase di quando sono state fatte.{' '}
                <Anchor component="button" type="button" size="sm" onClick={() => setEditing(false)}>
                  Annulla
                </Anchor>
              </Text>
            )}
            <OffsiteForm initialFolder={offsite.folder ?? ''} onDone={() => setEditing(false)} />
          </>
        ) : (
          <>
            <Text size="sm">
              Cartella: <Code>{offsite.folder}</Code>
              {offsite.setAt ? ` (impostata il ${formatDateTime(offsite.setAt)})` : ''}. Si tengono le copie con la stessa regola di questo computer.
            </Text>
            <OffsiteStatus offsite={offsite} />
            <TableCard aria-label="Copie nella seconda cartella" columns={[{ label: 'Data', w: 230 }, { label: 'Dimensione', ta: 'right', w: 110 }, 'File']}>
              {offsite.items.length === 0 && (
                <EmptyRow colSpan={3}>{offsite.reachable ? 'Nessuna copia cifrata ancora: comparirà dopo la prossima copia.' : 'La cartella non si può leggere ora.'}</EmptyRow>
              )}
              {offsite.items.map((c) => (
                <Table.Tr key={c.name}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {formatDateTime(c.takenAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMegabytes(c.size)} MB
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {c.name}.exarbak
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </TableCard>
            <Group>
              <Button variant="default" onClick={() => setEditing(true)}>
                Cambia cartella o frase
              </Button>
              <Button variant="light" color="red" onClick={confirmRemove} loading={removing}>
                Togli la seconda cartella
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
