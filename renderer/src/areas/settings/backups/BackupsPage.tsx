/**
 * «Copie di sicurezza» (decision 0022), for the administrator: each verified copy of the data with
 * its date, size and content, a copy taken now, and the restore of one. The restore is confirmed by
 * typing a word, because it replaces every record; the page says beforehand what happens (a copy of
 * the current data first, everyone logged out) and, once done, the login says to log in again.
 * Below the list, the second folder where each copy also goes encrypted (OffsiteCard, decision 0028).
 */
import { Alert, Badge, Button, Code, Group, Loader, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { RESTORE_CONFIRM_WORD, type BackupReasonCode, type BackupView } from '@shared/api/backups';
import { count } from '@shared/text/plural';
import { api, errorMessage } from '../../../api/client';
import { apiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useAuth } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../lib/format';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyRow, RowActions, TableCard } from '../../../components/TableParts';
import { formatMegabytes } from './megabytes';
import { OffsiteCard } from './OffsiteCard';

/**
 * «1.234 candidati · 56 associazioni · 3 tirocini»: what a copy holds, the people and hosts always,
 * the rest when there is any (a line of zeros says nothing).
 */
export function contentText(b: BackupView): string {
  const c = b.counts;
  const parts = [count(c.candidates, 'candidato', 'candidati'), count(c.associations, 'associazione', 'associazioni')];
  if (c.needs > 0) parts.push(count(c.needs, 'fabbisogno', 'fabbisogni'));
  if (c.internships > 0) parts.push(count(c.internships, 'tirocinio', 'tirocini'));
  if (c.documents > 0) parts.push(count(c.documents, 'documento', 'documenti'));
  if (b.files > 0) parts.push(count(b.files, 'file', 'file'));
  return parts.join(' · ');
}

const REASON_BADGES: Record<BackupReasonCode, { label: string; color: string } | null> = {
  daily: null,
  manual: { label: 'eseguita a mano', color: 'gray' },
  'before-migration': { label: 'prima di un aggiornamento', color: 'orange' },
  'before-restore': { label: 'prima di un ripristino', color: 'blue' },
};

function RestoreDialog({ backup, onClose }: { backup: BackupView | null; onClose(): void }) {
  const { sessionEnded } = useAuth();
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    if (busy) return;
    setWord('');
    setError(null);
    onClose();
  };
  const confirmed = word.trim() === RESTORE_CONFIRM_WORD;

  async function restore(b: BackupView) {
    setBusy(true);
    setError(null);
    try {
      await api.call('backups.restore', { name: b.name, confirm: word });
      // The core restarted on the restored data: every session, this one too, has ended.
      sessionEnded('Ripristino completato: accedi di nuovo. I dati sono quelli della copia scelta; la copia dei dati di prima è nell’elenco delle copie di sicurezza.');
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Modal opened={backup !== null} onClose={close} title="Ripristinare questa copia?" size="lg" closeOnClickOutside={!busy} withCloseButton={!busy}>
      {backup && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (confirmed && !busy) void restore(backup);
          }}
        >
          <Stack>
            <Text size="sm">
              I dati dell’applicazione tornano come erano il <b>{formatDateTime(backup.takenAt)}</b> ({contentText(backup)}).
            </Text>
            <Stack gap={4}>
              <Text size="sm">Cosa succede:</Text>
              <Text size="sm" component="ul" m={0} pl="lg">
                <li>prima viene fatta una copia dei dati di adesso, che resta nell’elenco: se serve si può tornare indietro;</li>
                <li>quello che è stato inserito o modificato dopo quella data non ci sarà più;</li>
                <li>tutti gli utenti collegati escono e devono accedere di nuovo (anche tu).</li>
              </Text>
            </Stack>
            <TextInput
              label={`Per confermare scrivi ${RESTORE_CONFIRM_WORD}`}
              value={word}
              onChange={(e) => setWord(e.currentTarget.value)}
              autoComplete="off"
              data-autofocus
              disabled={busy}
            />
            {error && <Alert color="red">{error}</Alert>}
            {busy && (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  Ripristino in corso: non chiudere l’applicazione.
                </Text>
              </Group>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={busy}>
                Annulla
              </Button>
              <Button type="submit" color="red" leftSection={<IconRestore size={16} />} disabled={!confirmed} loading={busy}>
                Ripristina
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

export function BackupsPage() {
  // No polling: the core pushes data.changed when the copy ends, and the query layer asks again (decision 0018).
  const list = useQuery(apiQuery('backups.list', {}));
  const [starting, setStarting] = useState(false);
  const [restoring, setRestoring] = useState<BackupView | null>(null);

  if (list.error) return <LoadError message={errorMessage(list.error)} />;
  const data = list.data;
  const running = data?.running ?? null;

  async function takeNow() {
    setStarting(true);
    try {
      await api.call('backups.create', {});
      showSaved('La copia è in corso: comparirà nell’elenco appena verificata.', 'Copia avviata');
    } catch (e) {
      showApiError(e);
    } finally {
      setStarting(false);
    }
  }

  return (
    <Stack maw={1100}>
      <PageHeader title="Copie di sicurezza" maw={760} add={false}>
        Ogni copia contiene l’archivio dei dati e i file allegati (curriculum, documenti firmati), ed è controllata prima di essere tenuta. Da qui puoi
        farne una subito o riportare i dati a una copia precedente.
      </PageHeader>
      {data && (
        <Alert color="blue" variant="light" title="Dove e quando">
          <Stack gap={4}>
            <Text size="sm">
              Le copie sono nella cartella <Code>{data.folder}</Code>.{' '}
              {data.offsite.configured
                ? 'Ognuna va anche, cifrata, nella seconda cartella (qui sotto).'
                : 'Per averne una anche fuori da questo computer, imposta qui sotto una seconda cartella su un disco USB o in rete: le copie ci vanno cifrate.'}
            </Text>
            <Text size="sm">
              {data.scheduled
                ? `Una copia al giorno, fatta in sottofondo mentre si lavora${data.nextBackupAt ? ` (la prossima: ${formatDateTime(data.nextBackupAt)})` : ''}, e una prima di ogni aggiornamento dell’applicazione.`
                : 'Le copie giornaliere non sono attive in questa sessione.'}{' '}
              Si tengono {data.retention.daily} copie giornaliere, {data.retention.weekly} settimanali e {data.retention.monthly} mensili, più l’ultima fatta prima di un aggiornamento.
            </Text>
          </Stack>
        </Alert>
      )}
      <Group justify="space-between">
        {running ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">Copia in corso, iniziata alle {formatDateTime(running.since).slice(11)}: puoi continuare a lavorare.</Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {data ? count(data.items.length, 'copia disponibile', 'copie disponibili') : ' '}
          </Text>
        )}
        <Button leftSection={<IconDatabaseExport size={16} />} onClick={() => void takeNow()} loading={starting || running !== null || (data?.offsite.running ?? null) !== null} disabled={data?.scheduled === false}>
          Esegui ora
        </Button>
      </Group>
      {data?.lastFailure && !running && (
        <Alert color="red" title={`L’ultima copia non è riuscita (${formatDateTime(data.lastFailure.at)})`}>
          {data.lastFailure.message}
        </Alert>
      )}
      <TableCard aria-label="Copie di sicurezza" columns={[{ label: 'Data', w: 230 }, { label: 'Dimensione', ta: 'right', w: 110 }, 'Contenuto', '']}>
        {data?.items.length === 0 && <EmptyRow colSpan={4}>Non c’è ancora nessuna copia: premi «Esegui ora» per farne una.</EmptyRow>}
        {data?.items.map((b) => {
          const badge = REASON_BADGES[b.reason];
          return (
            <Table.Tr key={b.name}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {formatDateTime(b.takenAt)}
                </Text>
                {badge && (
                  <Badge size="sm" variant="light" color={badge.color} tt="none">
                    {badge.label}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMegabytes(b.size)} MB
              </Table.Td>
              <Table.Td>
                <Text size="sm">{contentText(b)}</Text>
                {b.problems > 0 && (
                  <Text size="xs" c="orange.8">
                    {count(b.problems, 'file era già mancante o alterato', 'file erano già mancanti o alterati')} quando è stata fatta (vedi il registro dell’applicazione).
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <RowActions>
                  <Button size="xs" variant="light" color="red" leftSection={<IconRestore size={14} />} aria-label={`Ripristina la copia del ${formatDateTime(b.takenAt)}`} onClick={() => setRestoring(b)}>
                    Ripristina
                  </Button>
                </RowActions>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </TableCard>
      {data && <OffsiteCard offsite={data.offsite} />}
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  );
}
