/** The one thing to do next on «Scambio dati», so whoever opens it knows where to start. */
import { Alert, Button, Text } from '@mantine/core';
import { IconArrowRight, IconBulb } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ExchangeStatus } from '@shared/api/exchange';
import { useSession } from '../../../auth/AuthProvider';
import { count, records } from '../words';

interface Step {
  text: string;
  to?: string;
  action?: string;
}

function nextStep(status: ExchangeStatus, can: (p: 'exchange.resolve' | 'exchange.publish' | 'exchange.import') => boolean): Step | null {
  if (!status.key.set) return null; // the key alert says it
  if (status.openConflicts > 0 && can('exchange.resolve')) {
    return { text: `Ci sono ${count(status.openConflicts, 'conflitto', 'conflitti')} da rivedere: record modificati in due sedi.`, to: '/scambio/conflitti', action: 'Rivedi i conflitti' };
  }
  if (status.proposedDuplicates > 0 && can('exchange.resolve')) {
    return { text: `Ci sono ${count(status.proposedDuplicates, 'possibile doppione', 'possibili doppioni')} da decidere: persone con lo stesso codice fiscale.`, to: '/scambio/doppioni', action: 'Decidi sui doppioni' };
  }
  if (status.office.kind === 'sportello') {
    if (status.changedSinceLastExport > 0) {
      return {
        text: status.lastExport ? `${records(status.changedSinceLastExport)} da inviare all’ufficio regionale dall’ultima esportazione.` : 'Non hai ancora inviato nulla all’ufficio regionale.',
        to: '/scambio/esporta',
        action: 'Esporta',
      };
    }
    return { text: 'Tutto è già stato inviato all’ufficio regionale. Quando ricevi da esso un file di pubblicazione, importalo nella scheda «Importa».' };
  }
  return {
    text: 'Quando arriva il file di uno sportello, importalo nella scheda «Importa». Per mandare agli sportelli regole, modelli e anagrafica delle associazioni usa «Pubblica».',
    to: can('exchange.import') ? '/scambio/importa' : undefined,
    action: 'Importa un file',
  };
}

export function NextStep({ status }: { status: ExchangeStatus }) {
  const session = useSession();
  const step = nextStep(status, (p) => session.can(p));
  if (!step) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconBulb size={18} />} title="Prossimo passo" data-testid="next-step">
      <Text size="sm">{step.text}</Text>
      {step.to && step.action && (
        <Button component={Link} to={step.to} size="xs" mt="xs" rightSection={<IconArrowRight size={14} />}>
          {step.action}
        </Button>
      )}
    </Alert>
  );
}
