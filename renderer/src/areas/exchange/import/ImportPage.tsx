/**
 * «Importa»: at the regional office the desks' files, at a desk the regional office's publications.
 * Choose the file, watch it upload, read what it would do, confirm; then what it did and what is
 * left to decide. Below, the files imported so far.
 */
import { Alert, Card, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useSession } from '../../../auth/AuthProvider';
import { formatSize } from '../../../lib/files';
import { KeyMissingAlert } from '../KeyMissingAlert';
import { useExchangeStatus } from '../status-store';
import { FileDrop } from './FileDrop';
import { ImportLog } from './ImportLog';
import { ImportResultCard } from './ImportResultCard';
import { PreviewCard } from './PreviewCard';
import { useImportFlow } from './useImportFlow';

export function ImportPage() {
  const session = useSession();
  const { status } = useExchangeStatus(false);
  const flow = useImportFlow();
  const { state, error } = flow;

  if (!session.can('exchange.import')) {
    return <Alert color="gray">Il tuo ruolo non prevede l’importazione dei file di scambio.</Alert>;
  }
  if (!status) return null;

  return (
    <Stack>
      {!status.key.set && <KeyMissingAlert />}
      {error && (
        <Alert color="red" title="Il file non è stato importato" data-testid="exchange-import-error">
          <Text size="sm">{error}</Text>
          <Text size="sm" mt={4}>
            Non è stato scritto nulla. Puoi scegliere un altro file{state.step === 'preview' ? ' o riprovare' : ''}.
          </Text>
        </Alert>
      )}
      {state.step === 'choose' && status.key.set && <FileDrop kind={status.office.kind} onFile={(f) => void flow.choose(f)} />}
      {state.step === 'uploading' && (
        <Card withBorder>
          <Stack gap="xs">
            <Text fw={600}>Caricamento di «{state.fileName}»</Text>
            <Progress value={state.total === 0 ? 100 : (state.done / state.total) * 100} size="lg" animated aria-label="Caricamento del file" />
            <Text size="sm" aria-live="polite">
              {formatSize(state.done)} di {formatSize(state.total)}
            </Text>
          </Stack>
        </Card>
      )}
      {state.step === 'checking' && (
        <Card withBorder>
          <Group gap="sm">
            <Loader size="sm" />
            <Text size="sm">Verifica di «{state.fileName}»: chiave, impronte, versione e sportello di provenienza…</Text>
          </Group>
        </Card>
      )}
      {(state.step === 'preview' || state.step === 'importing') && (
        <PreviewCard preview={state.preview} importing={state.step === 'importing'} onImport={(register) => void flow.importNow(register)} onAnotherFile={flow.reset} />
      )}
      {state.step === 'done' && <ImportResultCard preview={state.preview} result={state.result} onAnother={flow.reset} />}
      <ImportLog />
    </Stack>
  );
}
