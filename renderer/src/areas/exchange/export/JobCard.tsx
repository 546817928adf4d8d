/**
 * A running or finished export (or publication): the progress pushed by the core, «Annulla» while
 * it runs, and at the end the file to download, what went wrong, or that nothing was left.
 */
import { Alert, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExchangeJob } from '@shared/api/exchange';
import { api } from '../../../api/client';
import { formatSize } from '../../../lib/files';
import { formatInteger } from '../../../lib/format';
import { showApiError } from '../../../lib/form-errors';
import { shortSha } from '../words';
import { DownloadExportButton } from './DownloadExportButton';

interface Props {
  job: ExchangeJob;
  onUpdate(job: ExchangeJob): void;
  /** Who the file goes to, in the outcome: «all’ufficio regionale», «agli sportelli». */
  destination: string;
  /** «esportazione» or «pubblicazione», for the outcome's titles. */
  noun?: string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function JobCard({ job, onUpdate, destination, noun = 'esportazione' }: Props) {
  const [cancelling, setCancelling] = useState(false);
  const running = job.state === 'in_corso';
  const share = job.total === 0 ? (running ? 0 : 100) : Math.round((job.done / job.total) * 100);

  async function cancel() {
    setCancelling(true);
    try {
      onUpdate(await api.call('exchange.cancelJob', { id: job.id }));
    } catch (e) {
      showApiError(e, undefined, 'Non è stato possibile annullare. Riprova.');
      setCancelling(false);
    }
  }

  return (
    <Card withBorder data-testid="exchange-job">
      <Stack gap="xs">
        <Text fw={600}>{job.label}</Text>
        <Progress
          value={share}
          size="lg"
          animated={running}
          color={job.state === 'annullato' ? 'yellow' : job.state === 'fallito' ? 'red' : job.state === 'completato' ? 'teal' : 'blue'}
          aria-label={`Avanzamento della ${noun}`}
        />
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" aria-live="polite" data-testid="exchange-job-progress">
            {job.total === 0 && running ? 'Preparazione…' : `${formatInteger(job.done)} di ${formatInteger(job.total)} record`}
            {running && job.total > 0 && job.done >= job.total ? ' · ultimi controlli e file allegati…' : ''}
          </Text>
          {running && (
            <Button size="xs" color="red" variant="light" leftSection={<IconPlayerStop size={14} />} loading={cancelling} onClick={() => void cancel()}>
              Annulla
            </Button>
          )}
        </Group>
        {running && cancelling && (
          <Text size="sm" c="dimmed">
            Annullamento in corso: si ferma alla fine del gruppo di record che sta scrivendo.
          </Text>
        )}
        <JobOutcome job={job} destination={destination} noun={noun} />
      </Stack>
    </Card>
  );
}

function JobOutcome({ job, destination, noun }: { job: ExchangeJob; destination: string; noun: string }) {
  if (job.state === 'annullato') {
    return (
      <Alert color="yellow" title={`${capitalize(noun)} annullata`} data-testid="exchange-job-outcome">
        Nessun file è stato creato{noun === 'esportazione' ? ' e la prossima esportazione ripartirà dallo stesso punto' : ''}: non si perde nulla.
      </Alert>
    );
  }
  if (job.state === 'fallito') {
    return (
      <Alert color="red" title={`La ${noun} non è riuscita`} data-testid="exchange-job-outcome">
        {job.error ?? 'Si è verificato un errore imprevisto. Riprova.'}
      </Alert>
    );
  }
  if (job.state !== 'completato' || !job.result) return null;
  const { result } = job;
  return (
    <Alert color="teal" title="Il file è pronto" data-testid="exchange-job-outcome">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          <Text span fw={600} ff="monospace" size="sm">
            {result.fileName}
          </Text>{' '}
          ({formatSize(result.size)}, impronta {shortSha(result.sha256)}). Scaricalo e invialo {destination}: è cifrato con la chiave di scambio, quindi può
          viaggiare per email o su una chiavetta.
        </Text>
        <DownloadExportButton exportId={result.exportId} />
      </Stack>
    </Alert>
  );
}
