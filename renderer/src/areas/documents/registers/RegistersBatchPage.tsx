/**
 * «Registri presenze del mese»: the attendance register of one month for every internship running
 * in it, prepared in one go. Progress while it runs, «Annulla» (what is done stays), then how many
 * were prepared, the files skipped and why, the .zip and each file. The month and the running job
 * are in the address, so leaving the page and coming back shows the same preparation.
 */
import { Alert, Anchor, Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconCalendar, IconFileZip, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import 'dayjs/locale/it';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { JobView } from '@shared/api/documents';
import { today as todayInRome } from '@shared/validation/italian-time';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { deliverFile } from '../../../lib/files';
import { showApiError } from '../../../lib/form-errors';
import { JobFiles } from './JobFiles';
import { isMonthKey, monthToPicker, monthWords, nextMonth, pickerToMonth, previousMonth } from './months';
import { useJob } from './useJob';
import { count, plural } from '@shared/text/plural';

const registers = (n: number) => plural(n, '1 registro preparato', '# registri preparati');
const files = (n: number) => count(n, 'pratica', 'pratiche');

export function RegistersBatchPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const today = todayInRome();
  const asked = params.get('mese');
  const month = isMonthKey(asked) ? asked : previousMonth(today);
  const jobId = params.get('lavoro');
  const { job, error, update } = useJob(jobId);
  const [starting, setStarting] = useState(false);
  const running = starting || job?.state === 'in_corso' || (jobId !== null && job === null && error === null);

  if (!session.can('documents.write')) {
    return <Alert color="gray">Il tuo ruolo non prevede la preparazione dei documenti.</Alert>;
  }

  function chooseMonth(next: string) {
    setParams({ mese: next }, { replace: true });
  }

  async function start() {
    setStarting(true);
    try {
      const started = await api.call('documents.startRegisters', { month });
      setParams({ mese: month, lavoro: started.id }, { replace: true });
    } catch (e) {
      showApiError(e, undefined, 'La preparazione non è partita. Riprova.');
    } finally {
      setStarting(false);
    }
  }

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/tirocini" size="sm">
        ← Tirocini
      </Anchor>
      <div>
        <Title order={1}>Registri presenze del mese</Title>
        <Text size="sm" c="dimmed" maw={720}>
          Prepara in una volta il registro presenze di un mese per ogni tirocinio in corso in quel mese (attivo, sospeso, o concluso durante il mese). Ogni
          registro è archiviato nella sua pratica, come quelli preparati uno per uno.
        </Text>
      </div>
      <Card withBorder>
        <Group align="flex-end">
          <MonthPickerInput
            label="Mese"
            locale="it"
            valueFormat="MMMM YYYY"
            value={monthToPicker(month)}
            onChange={(value) => value && chooseMonth(pickerToMonth(value))}
            maxDate={monthToPicker(nextMonth(today.slice(0, 7)))}
            disabled={running}
            w={220}
            leftSection={<IconCalendar size={16} />}
            popoverProps={{ withinPortal: true }}
          />
          <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => void start()} loading={starting} disabled={running}>
            Prepara i registri
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          Se per una pratica il registro del mese c’è già, ne viene preparata una nuova versione; le precedenti restano nella pratica.
        </Text>
      </Card>
      {error && (
        <Alert color="yellow" title="Preparazione non disponibile">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{error}</Text>
            <Text size="sm">I registri eventualmente già preparati sono comunque archiviati nelle loro pratiche.</Text>
            <Button size="xs" variant="light" onClick={() => chooseMonth(month)}>
              Ricomincia
            </Button>
          </Stack>
        </Alert>
      )}
      {job && <JobProgress job={job} month={month} onCancelled={update} />}
      {job && job.state !== 'in_corso' && <JobOutcome job={job} month={month} />}
    </Stack>
  );
}

function JobProgress({ job, month, onCancelled }: { job: JobView; month: string; onCancelled(job: JobView): void }) {
  const [cancelling, setCancelling] = useState(false);
  const running = job.state === 'in_corso';
  const share = job.total === 0 ? 100 : Math.round((job.done / job.total) * 100);

  async function cancel() {
    setCancelling(true);
    try {
      onCancelled(await api.call('documents.cancelJob', { id: job.id }));
    } catch (e) {
      showApiError(e, undefined, 'Non è stato possibile annullare. Riprova.');
      setCancelling(false);
    }
  }

  if (job.total === 0) return null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{job.label || `Registri presenze di ${monthWords(month)}`}</Text>
        <Progress value={share} size="lg" animated={running} color={job.state === 'annullato' ? 'yellow' : job.state === 'fallito' ? 'red' : 'blue'} aria-label="Avanzamento della preparazione" />
        <Group justify="space-between">
          <Text size="sm" aria-live="polite" data-testid="batch-progress">
            {job.done} di {files(job.total)}
            {job.skipped.length > 0 ? ` · ${job.skipped.length} saltate` : ''}
          </Text>
          {running && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                I registri già preparati restano nelle pratiche.
              </Text>
              <Button size="xs" color="red" variant="light" leftSection={<IconPlayerStop size={14} />} loading={cancelling} onClick={() => void cancel()}>
                Annulla
              </Button>
            </Group>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function JobOutcome({ job, month }: { job: JobView; month: string }) {
  const [zipping, setZipping] = useState(false);
  const made = job.documents.length;

  async function downloadZip() {
    setZipping(true);
    try {
      await deliverFile(await api.call('documents.jobZip', { id: job.id }), 'save');
    } catch (e) {
      showApiError(e, undefined, 'Non è stato possibile preparare il file .zip. Riprova.');
    } finally {
      setZipping(false);
    }
  }

  if (job.total === 0) {
    return (
      <Alert color="gray" title="Nessun registro da preparare">
        Nessun tirocinio è in corso a {monthWords(month)}.
      </Alert>
    );
  }

  const skipped = job.skipped.length;
  const left = job.total - job.done;
  const summary =
    job.state === 'completato'
      ? {
          color: skipped > 0 ? 'yellow' : 'teal',
          title: registers(made),
          text:
            skipped === 0
              ? job.total === 1
                ? `L’unica pratica in corso a ${monthWords(month)} ha il registro.`
                : `Tutte le ${files(job.total)} in corso a ${monthWords(month)} hanno il registro.`
              : `Su ${files(job.total)} in corso a ${monthWords(month)}: ${plural(skipped, '1 saltata', '# saltate')}, qui sotto il motivo.`,
        }
      : job.state === 'annullato'
        ? {
            color: 'yellow',
            title: `Preparazione annullata: ${registers(made)}`,
            text: `I registri preparati prima dell’annullamento restano nelle loro pratiche; ${plural(left, '1 pratica non è stata trattata', '# pratiche non sono state trattate')}.`,
          }
        : {
            color: 'red',
            title: `La preparazione si è interrotta: ${registers(made)}`,
            text: 'Si è verificato un errore imprevisto; i registri preparati restano nelle loro pratiche. Riprova, o prepara il registro dalla pratica.',
          };

  return (
    <Stack>
      <Alert color={summary.color} title={summary.title} data-testid="batch-outcome">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{summary.text}</Text>
          {made > 0 && (
            <Button leftSection={<IconFileZip size={16} />} loading={zipping} onClick={() => void downloadZip()}>
              Scarica tutti (.zip)
            </Button>
          )}
        </Stack>
      </Alert>
      {job.skipped.length > 0 && (
        <Card withBorder>
          <Stack gap="xs">
            <Text fw={600}>Pratiche saltate ({job.skipped.length})</Text>
            <Text size="sm" c="dimmed">
              Per queste pratiche il registro non è stato preparato. Completa quello che manca nella pratica, poi prepara il registro dalla pratica stessa.
            </Text>
            <List size="sm" spacing={4} data-testid="batch-skipped">
              {job.skipped.map((line) => (
                <List.Item key={line}>
                  <SkippedLine line={line} />
                </List.Item>
              ))}
            </List>
          </Stack>
        </Card>
      )}
      {made > 0 && (
        <Card withBorder>
          <Stack gap="xs">
            <Text fw={600}>Registri preparati ({made})</Text>
            <JobFiles documents={job.documents} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

/** «TO01-2027-0004: manca l’orario settimanale» with the file number in bold. */
function SkippedLine({ line }: { line: string }) {
  const colon = line.indexOf(': ');
  if (colon < 0) return <>{line}</>;
  return (
    <>
      <Text span fw={600} size="sm">
        {line.slice(0, colon)}
      </Text>
      {line.slice(colon)}
    </>
  );
}
