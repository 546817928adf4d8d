/**
 * «Esporta» in a list's header: Excel or CSV of what the list's filters show now. A long export
 * (a few thousand rows and up) opens a window with its progress and «Annulla»; a short one just
 * keeps the button busy until the file is handed over. A cancelled or failed export says so.
 */
import { Alert, Button, Group, Menu, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet, IconFileTypeCsv, IconPlayerStop, IconTableExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ListExportJob } from '@shared/api/exports';
import { formatInteger } from './format';
import { useListExport, type ListExport, type ListExportTarget } from './ListExportJob';

export type { ListExportTarget } from './ListExportJob';

/** From this many rows the progress shows in a window: below it the file is there in a moment. */
export const PROGRESS_FROM = 2000;

export function ListExportMenu({ target }: { target: ListExportTarget }) {
  const exporting = useListExport(target);
  const { job } = exporting;
  const ended = job !== null && (job.state === 'annullato' || job.state === 'fallito');
  const open = job !== null && (ended || job.total >= PROGRESS_FROM);
  const running = job?.state === 'in_corso';

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={280}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconTableExport size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={exporting.busy && !open}
            disabled={exporting.busy}
            data-testid="list-export"
          >
            Esporta
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Tutti i risultati dei filtri, non solo questa pagina</Menu.Label>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void exporting.begin('xlsx')}>
            Excel (.xlsx)
          </Menu.Item>
          <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void exporting.begin('csv')}>
            CSV per Excel (.csv)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={open}
        // A running export stops only through «Annulla», so it is never left running unseen.
        onClose={() => !running && exporting.dismiss()}
        withCloseButton={!running}
        closeOnClickOutside={!running}
        closeOnEscape={!running}
        title={job?.label ?? 'Esportazione'}
        centered
      >
        {job && <ExportProgress job={job} exporting={exporting} />}
      </Modal>
    </>
  );
}

function ExportProgress({ job, exporting }: { job: ListExportJob; exporting: ListExport }) {
  const [cancelling, setCancelling] = useState(false);
  const running = job.state === 'in_corso';
  const share = job.total === 0 ? 100 : Math.round((job.done / job.total) * 100);

  if (job.state === 'annullato') {
    return (
      <Alert color="yellow" title="Esportazione annullata" data-testid="list-export-outcome">
        Nessun file è stato creato.
      </Alert>
    );
  }
  if (job.state === 'fallito') {
    return (
      <Alert color="red" title="L’esportazione non è riuscita" data-testid="list-export-outcome">
        {job.error ?? 'Si è verificato un errore imprevisto. Riprova.'}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Progress value={exporting.fetched ?? share} size="lg" animated aria-label="Avanzamento dell’esportazione" />
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" aria-live="polite" data-testid="list-export-progress">
          {running ? `${formatInteger(job.done)} di ${formatInteger(job.total)} righe` : `Scaricamento del file… ${exporting.fetched ?? 0}%`}
        </Text>
        {running && (
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconPlayerStop size={14} />}
            loading={cancelling}
            onClick={() => {
              setCancelling(true);
              void exporting.cancel().then((asked) => setCancelling(asked));
            }}
          >
            Annulla
          </Button>
        )}
      </Group>
      {running && cancelling && (
        <Text size="sm" c="dimmed">
          Si ferma alla fine del gruppo di righe che sta scrivendo.
        </Text>
      )}
    </Stack>
  );
}
