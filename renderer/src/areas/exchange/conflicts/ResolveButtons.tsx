/** The three ways out of a conflict, each confirmed with what it will do. */
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowsJoin, IconCheck, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiCallError } from '@shared/api/errors';
import type { ConflictDetail } from '@shared/api/exchange';
import { api } from '../../../api/client';
import { apiKey, queryClient } from '../../../api/query';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { count } from '../words';

type Choice = 'corrente' | 'arrivata' | 'combinata';

interface Props {
  detail: ConflictDetail;
  /** Columns chosen from the arrived version. */
  takeTheirs: string[];
  differing: number;
}

export function ResolveButtons({ detail, takeTheirs, differing }: Props) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState<Choice | null>(null);
  const theirs = detail.theirs.officeCode;

  const explain: Record<Choice, string> = {
    corrente: `Il record resta com’è. La versione arrivata da ${theirs} resta consultabile tra i conflitti risolti.`,
    arrivata: `Il record prende tutti i dati della versione arrivata da ${theirs}. La modifica viene registrata nello storico del record.`,
    combinata: `Il record prende dalla versione arrivata ${count(takeTheirs.length, 'campo', 'campi')} (quelli segnati «Prendi arrivata») e tiene gli altri. La modifica viene registrata nello storico del record.`,
  };

  async function resolve(choice: Choice) {
    setBusy(choice);
    try {
      await api.call('exchange.resolveConflict', { id: detail.id, choice, takeTheirs: choice === 'combinata' ? takeTheirs : [] });
      showSaved(`«${detail.title}»: conflitto risolto.`, 'Conflitto risolto');
      void navigate('/scambio/conflitti');
    } catch (e) {
      showApiError(e, undefined, 'Il conflitto non è stato risolto. Riprova.');
      // A colleague decided meanwhile: a refused write refreshes nothing by itself, so the page asks again.
      if (e instanceof ApiCallError && (e.error.code === 'CONFLICT' || e.error.code === 'NOT_FOUND')) void queryClient.invalidateQueries({ queryKey: apiKey('exchange.conflict') });
      setBusy(null);
    }
  }

  function confirm(choice: Choice, title: string) {
    modals.openConfirmModal({
      title,
      children: <Text size="sm">{explain[choice]}</Text>,
      labels: { confirm: title, cancel: 'Annulla' },
      onConfirm: () => void resolve(choice),
    });
  }

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text fw={600} size="sm">
          Decidi
        </Text>
        <Group>
          <Button variant="default" leftSection={<IconCheck size={16} />} loading={busy === 'corrente'} disabled={busy !== null} onClick={() => confirm('corrente', 'Tieni la versione attuale')}>
            Tieni la versione attuale
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy === 'arrivata'} disabled={busy !== null} onClick={() => confirm('arrivata', 'Prendi la versione arrivata')}>
            Prendi la versione arrivata
          </Button>
          <Button
            leftSection={<IconArrowsJoin size={16} />}
            loading={busy === 'combinata'}
            disabled={busy !== null || takeTheirs.length === 0}
            onClick={() => confirm('combinata', 'Combina come scelto')}
          >
            Combina come scelto
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {differing === 0
            ? 'I dati sono uguali: tenere la versione attuale chiude il conflitto senza cambiare nulla.'
            : takeTheirs.length === 0
              ? '«Combina come scelto» si attiva quando per almeno un campo scegli «Prendi arrivata» nella tabella.'
              : `Combinando: ${count(takeTheirs.length, 'campo', 'campi')} dalla versione arrivata, gli altri restano come sono.`}
        </Text>
      </Stack>
    </Card>
  );
}
