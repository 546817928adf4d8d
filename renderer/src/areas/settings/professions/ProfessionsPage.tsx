/**
 * «Classificazione delle professioni (ISTAT CP2011)» (decision 0017): what the internship form
 * searches for the role's code. The app cannot ship ISTAT's file; an administrator or a
 * coordinator loads it here, and a new file replaces the whole list. A refused file changes nothing
 * and says which line to fix.
 */
import { Alert, Button, Card, FileButton, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFileUpload, IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { PROFESSIONS_FILE_MAX_BYTES, type ProfessionsStatus } from '@shared/api/professions';
import { api, errorMessage } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { fileToBase64, formatSize } from '../../../lib/files';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { showSaved } from '../../../lib/form-errors';

function StatusText({ status }: { status: ProfessionsStatus }) {
  if (status.count === 0) {
    return (
      <Text size="sm">
        Non ancora caricata: nella pratica di tirocinio codice e nome della professione si scrivono a mano.
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {formatInteger(status.count)} voci, di cui {formatInteger(status.units)} unità professionali
      </Text>
      <Text size="sm" c="dimmed">
        Caricata il {formatDateTime(status.importedAt)} da {status.importedBy ?? '—'}
        {status.fileName ? ` (file «${status.fileName}»)` : ''}.
      </Text>
    </Stack>
  );
}

export function ProfessionsPage() {
  const status = useApiQuery('professions.status', {});
  const canImport = useSession().can('rules.manage');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);

  async function upload(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    if (file.size > PROFESSIONS_FILE_MAX_BYTES) {
      setProblem(`«${file.name}» pesa ${formatSize(file.size)}: il file della classificazione dell’ISTAT è molto più piccolo. Controlla di aver scelto quello giusto.`);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const loaded = await api.call('professions.import', { fileName: file.name, contentBase64: await fileToBase64(file) });
      showSaved(`${formatInteger(loaded.count)} voci caricate: la pratica di tirocinio ora le cerca per codice o per nome.`, 'Classificazione caricata');
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  if (status.error) return <LoadError message={status.error} />;
  return (
    <Stack maw={900}>
      <div>
        <Title order={1}>Classificazione delle professioni (ISTAT CP2011)</Title>
        <Text size="sm" c="dimmed" maw={720}>
          Il progetto formativo e l’attestazione finale riportano la professione di riferimento del tirocinio con il suo codice ISTAT CP2011. Caricato qui
          l’elenco pubblicato dall’ISTAT, la pratica lo cerca per codice o per parole del nome.
        </Text>
      </div>
      <Card withBorder component="section" aria-label="Elenco caricato">
        <Stack>
          <Title order={4}>Elenco caricato</Title>
          {status.data ? <StatusText status={status.data} /> : <Loader size="sm" />}
          {problem && (
            <Alert color="red" variant="light" p="xs" role="alert">
              <Text size="sm">{problem}</Text>
            </Alert>
          )}
          {canImport ? (
            <Stack gap="xs" align="flex-start">
              <Text size="sm" c="dimmed">
                Il file CSV della classificazione come lo pubblica l’ISTAT: una riga di intestazione, poi codice e nome di ogni voce (es.
                «5.1.2.2.0;Commessi delle vendite al minuto»), separati da punto e virgola o da virgola. Sostituisce tutto l’elenco; le pratiche già salvate
                tengono codice e nome che hanno.
              </Text>
              <FileButton onChange={(f) => void upload(f)} accept=".csv,text/csv,text/plain" resetRef={resetRef} inputProps={{ 'aria-label': 'File della classificazione CP2011' }}>
                {(props) => (
                  <Button {...props} leftSection={<IconFileUpload size={16} />} loading={busy}>
                    {status.data && status.data.count > 0 ? 'Carica un nuovo file' : 'Carica il file dell’ISTAT'}
                  </Button>
                )}
              </FileButton>
            </Stack>
          ) : (
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
              L’elenco lo carica un amministratore o un coordinatore.
            </Alert>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
