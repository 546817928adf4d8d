/**
 * Moves the need to one of the statuses its lifecycle allows, with an optional note. The core may
 * still refuse (e.g. «Candidati proposti» without a proposal): its Italian reason is shown.
 */
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { NEED_STATUS_LABELS, type Need, type NeedStatus } from '@shared/api/needs';
import { needTransitionProblem, nextNeedStatuses } from '@shared/rules/need-lifecycle';
import { api } from '../../../api/client';
import { showApiError, showSaved } from '../../../lib/form-errors';

export function StatusChange({ need }: { need: Need }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<NeedStatus | null>(null);
  // Moves the core would refuse now (no proposal yet, nobody accepted) are not offered; a line says why.
  const counts = { proposedMatches: need.proposals.total, acceptedMatches: need.proposals.accepted };
  const next = nextNeedStatuses(need.status).filter((to) => needTransitionProblem(need.status, to, counts) === null);
  const waiting = nextNeedStatuses(need.status)
    .filter((to) => !next.includes(to))
    .map((to) => needTransitionProblem(need.status, to, counts));

  async function move(to: NeedStatus) {
    setBusy(to);
    try {
      await api.call('needs.transition', { id: need.id, hlc: need.hlc, to, note });
      setNote('');
      showSaved(`Il fabbisogno ora è «${NEED_STATUS_LABELS[to]}».`, 'Stato cambiato');
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>Cambia stato</Title>
        {waiting.map((reason) => (
          <Text key={reason} size="sm" c="dimmed">
            {reason}
          </Text>
        ))}
        {next.length === 0 ? (
          waiting.length === 0 && (
            <Text size="sm" c="dimmed">
              Un fabbisogno «{NEED_STATUS_LABELS[need.status]}» non cambia più stato.
            </Text>
          )
        ) : (
          <>
            <Textarea
              label="Nota (facoltativa)"
              placeholder="es. l’associazione ha richiamato"
              autosize
              minRows={1}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group gap="xs">
              {next.map((to) => (
                <Button key={to} variant="light" loading={busy === to} disabled={busy !== null && busy !== to} onClick={() => void move(to)}>
                  Passa a «{NEED_STATUS_LABELS[to]}»
                </Button>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
