/** What the import did, and where to go next: conflicts and possible duplicates to review. */
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ImportPreview, ImportResult } from '@shared/api/exchange';
import { useSession } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../lib/format';
import { count, officeName, records } from '../words';
import { CountsLegend, CountsTable } from './CountsTable';

interface Props {
  preview: ImportPreview;
  result: ImportResult;
  onAnother(): void;
}

export function ImportResultCard({ preview, result, onAnother }: Props) {
  const session = useSession();
  const { totals } = result;
  const canResolve = session.can('exchange.resolve');
  const another = (
    <Button variant="default" onClick={onAnother}>
      Importa un altro file
    </Button>
  );

  if (result.alreadyImportedAt) {
    return (
      <Alert color="blue" title="Nulla da importare" data-testid="exchange-import-result">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">Questo file era già stato importato il {formatDateTime(result.alreadyImportedAt)}: non è cambiato nulla.</Text>
          {another}
        </Stack>
      </Alert>
    );
  }

  const written = totals.new + totals.updated;
  return (
    <Card withBorder data-testid="exchange-import-result">
      <Stack gap="md">
        <Alert color="teal" title={`Importato il file di ${officeName(preview.bundle.site)}`}>
          <Text size="sm">
            {count(totals.new, 'record nuovo', 'record nuovi')}, {count(totals.updated, 'aggiornato', 'aggiornati')}, {count(totals.unchanged, 'invariato', 'invariati')}
            {result.filesWritten > 0 ? `; ${count(result.filesWritten, 'file allegato salvato', 'file allegati salvati')}` : ''}
            {result.appliedFromPending > 0 ? `; ${records(result.appliedFromPending)} che erano in attesa ora sono entrati` : ''}.
            {written === 0 && totals.conflicts === 0 ? ' I dati qui erano già aggiornati.' : ''}
          </Text>
        </Alert>
        {result.areas.length > 0 && (
          <>
            <CountsTable areas={result.areas} totals={totals} label="Cosa ha fatto l’importazione" />
            <CountsLegend />
          </>
        )}
        {(totals.conflicts > 0 || totals.duplicates > 0) && (
          <Stack gap="xs">
            <Title order={5}>Cosa resta da decidere</Title>
            {!canResolve && <Text size="sm">Un coordinatore o un amministratore deve rivedere conflitti e possibili doppioni.</Text>}
            {canResolve && (
              <Group>
                {totals.conflicts > 0 && (
                  <Button component={Link} to="/scambio/conflitti" color="orange" rightSection={<IconArrowRight size={16} />}>
                    Rivedi {count(totals.conflicts, 'conflitto', 'conflitti')}
                  </Button>
                )}
                {totals.duplicates > 0 && (
                  <Button component={Link} to="/scambio/doppioni" color="orange" variant="light" rightSection={<IconArrowRight size={16} />}>
                    Rivedi {count(totals.duplicates, 'possibile doppione', 'possibili doppioni')}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        )}
        {totals.pending > 0 && (
          <Text size="sm" c="dimmed">
            {records(totals.pending)} in attesa: entreranno da soli quando arriverà il file con i dati a cui si riferiscono.
          </Text>
        )}
        <div>{another}</div>
      </Stack>
    </Card>
  );
}
