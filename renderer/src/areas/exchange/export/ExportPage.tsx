/**
 * «Esporta» (desks): the changes since the last export, or everything, in one encrypted file for the
 * regional office; the running export, then the log of every file made, each downloadable again.
 */
import { Alert, Anchor, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../lib/format';
import { showApiError } from '../../../lib/form-errors';
import { KeyMissingAlert } from '../KeyMissingAlert';
import { useExchangeStatus } from '../status-store';
import { records } from '../words';
import { ExportLog } from './ExportLog';
import { JobCard } from './JobCard';
import { JobLostAlert } from './JobLostAlert';
import { useJobInAddress } from './useJobInAddress';
import { plural } from '@shared/text/plural';

export function ExportPage() {
  const session = useSession();
  const { status } = useExchangeStatus(false);
  const { job, error, update, busy, follow, forget } = useJobInAddress();
  const [includeFiles, setIncludeFiles] = useState(false);
  const [starting, setStarting] = useState<'changes' | 'full' | null>(null);
  const running = starting !== null || busy;

  if (!status) return null;
  if (status.office.kind !== 'sportello') {
    return (
      <Alert color="gray" title="L’ufficio regionale non esporta i propri dati">
        Qui si ricevono i file degli sportelli (scheda «Importa») e si pubblicano regole, modelli e anagrafica per loro (scheda «Pubblica»).
      </Alert>
    );
  }

  async function start(full: boolean) {
    setStarting(full ? 'full' : 'changes');
    try {
      const started = await api.call('exchange.startExport', { full, includeFiles });
      follow(started.id);
    } catch (e) {
      showApiError(e, undefined, 'L’esportazione non è partita. Riprova.');
    } finally {
      setStarting(null);
    }
  }

  const last = status.lastExport;
  const changed = status.changedSinceLastExport;
  const leftOut = status.policy.filter((p) => !p.included).map((p) => p.label);
  return (
    <Stack>
      {!status.key.set && <KeyMissingAlert />}
      <Card withBorder>
        <Stack gap="md">
          <div>
            <Title order={4}>Prepara il file per l’ufficio regionale</Title>
            <Text size="sm" c="dimmed" maw={760}>
              {last
                ? `Ultima esportazione: ${formatDateTime(last.at)} (${last.fileName}). `
                : 'Non hai ancora esportato nulla: la prima esportazione contiene tutti i dati dello sportello. '}
              Il file è cifrato con la chiave di scambio; dopo averlo scaricato, invialo all’ufficio regionale.
            </Text>
          </div>
          <Group align="flex-start" gap="xl">
            <Stack gap={6} maw={380}>
              <Button leftSection={<IconFileExport size={16} />} onClick={() => void start(false)} loading={starting === 'changes'} disabled={running || !status.key.set}>
                Esporta per l’ufficio regionale
              </Button>
              <Text size="sm" data-testid="changed-since">
                {changed === 0
                  ? 'Nessuna modifica da inviare dall’ultima esportazione.'
                  : last
                    ? `${records(changed)} ${plural(changed, 'modificato', 'modificati')} dall’ultima esportazione.`
                    : `${records(changed)} da inviare.`}
              </Text>
            </Stack>
            <Stack gap={6} maw={380}>
              <Button variant="default" leftSection={<IconDatabaseExport size={16} />} onClick={() => void start(true)} loading={starting === 'full'} disabled={running || !status.key.set}>
                Esportazione completa
              </Button>
              <Text size="sm" c="dimmed">
                Tutti i dati dello sportello, anche quelli già inviati: serve se l’ufficio regionale ha perso un file o te lo chiede.
              </Text>
            </Stack>
          </Group>
          <Checkbox
            label="Includi allegati, documenti e scansioni firmate"
            description="Il file diventa più grande. Senza, all’ufficio regionale arrivano i dati ma non i file (CV, documenti Word, scansioni)."
            checked={includeFiles}
            onChange={(e) => setIncludeFiles(e.currentTarget.checked)}
            disabled={running}
          />
          <Text size="xs" c="dimmed">
            {leftOut.length > 0 ? `Restano allo sportello e non sono nel file: ${leftOut.join('; ')}.` : 'Per scelta dell’amministratore, tutti i dati viaggiano verso l’ufficio regionale.'}
            {session.can('settings.manage') && (
              <>
                {' '}
                <Anchor component={Link} to="/scambio/impostazioni" size="xs" underline="always">
                  Cambia nelle impostazioni dello scambio
                </Anchor>
                .
              </>
            )}
          </Text>
        </Stack>
      </Card>
      {error && <JobLostAlert message={error} onRestart={forget} />}
      {job && <JobCard job={job} onUpdate={update} destination="all’ufficio regionale" />}
      <ExportLog kind="dati" />
    </Stack>
  );
}
