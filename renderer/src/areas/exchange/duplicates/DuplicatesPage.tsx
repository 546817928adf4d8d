/**
 * «Doppioni»: people with the same codice fiscale registered at two offices. Nothing is merged by
 * itself: the coordinator compares and merges them on the candidates' merge page, or says they
 * are not the same person, with the reason. The merged and refused proposals stay listed.
 */
import { Alert, Anchor, Badge, Button, Card, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowsJoin, IconUserX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DuplicateProposal } from '@shared/api/exchange';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate } from '../../../lib/format';
import { DismissDialog } from './DismissDialog';

const STATES = [
  { value: 'proposta', param: null, label: 'Da decidere', empty: 'Nessun possibile doppione da decidere.' },
  { value: 'unita', param: 'unite', label: 'Uniti', empty: 'Nessuna unione fatta finora.' },
  { value: 'respinta', param: 'respinte', label: 'Persone diverse', empty: 'Nessuna proposta respinta finora.' },
] as const;

export function DuplicatesPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const state = STATES.find((s) => s.param === params.get('stato')) ?? STATES[0];
  const list = useApiQuery('exchange.duplicates', { status: state.value });
  const [dismissing, setDismissing] = useState<DuplicateProposal | null>(null);

  if (!session.can('exchange.resolve')) {
    return <Alert color="gray">Solo un coordinatore o un amministratore decide sui possibili doppioni dello scambio dati.</Alert>;
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={720}>
          {state.value === 'proposta'
            ? 'Persone con lo stesso codice fiscale registrate in due sedi. Non vengono unite da sole: confronta i due profili e uniscili, oppure segna che non sono la stessa persona.'
            : state.value === 'unita'
              ? 'Proposte chiuse unendo i due profili in uno.'
              : 'Proposte chiuse perché non si tratta della stessa persona, con il motivo.'}
        </Text>
        <SegmentedControl
          value={state.value}
          onChange={(v) => {
            const param = STATES.find((s) => s.value === v)?.param ?? null;
            setParams(param ? { stato: param } : {}, { replace: true });
          }}
          data={STATES.map((s) => ({ value: s.value, label: s.label }))}
        />
      </Group>
      {list.error && <LoadError message={list.error} />}
      {!list.data && !list.error && <Loader />}
      {list.data && list.data.length === 0 && <Alert color={state.value === 'proposta' ? 'teal' : 'gray'}>{state.empty}</Alert>}
      {list.data?.map((p) => (
        <ProposalCard key={`${p.firstId}:${p.secondId}`} proposal={p} canMerge={session.can('candidates.merge')} onDismiss={() => setDismissing(p)} />
      ))}
      <DismissDialog
        proposal={dismissing}
        onClose={() => setDismissing(null)}
        onDone={() => setDismissing(null)}
      />
    </Stack>
  );
}

function ProposalCard({ proposal: p, canMerge, onDismiss }: { proposal: DuplicateProposal; canMerge: boolean; onDismiss(): void }) {
  const bothLive = p.people.length === 2 && p.people.every((x) => x.live);
  return (
    <Card withBorder data-testid="duplicate-proposal">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>
            Codice fiscale{' '}
            <Text span ff="monospace" fw={600}>
              {p.taxCode}
            </Text>
          </Text>
          <Text size="xs" c="dimmed">
            Proposta il {formatDate(p.proposedAt)}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {p.people.map((person) => (
            <Card key={person.id} withBorder padding="sm" bg="gray.0">
              <Group gap="xs">
                <Anchor component={Link} to={`/candidati/${person.id}`} fw={600} size="sm">
                  {person.name}
                </Anchor>
                <Badge variant="light" size="sm" ff="monospace">
                  {person.officeCode}
                </Badge>
                {!person.live && (
                  <Badge color="gray" size="sm">
                    unito o eliminato
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                Nato/a il {formatDate(person.birthDate)}
                {person.comune ? ` · residente a ${person.comune}` : ''}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
        {p.status !== 'proposta' && p.decidedAt && (
          <Text size="sm" c="dimmed">
            {p.status === 'unita' ? 'Unite' : 'Respinta'} il {formatDate(p.decidedAt)}
            {p.decidedBy ? ` da ${p.decidedBy}` : ''}
          </Text>
        )}
        {p.status === 'respinta' && p.note && (
          <Text size="sm">
            <b>Motivo:</b> {p.note}
          </Text>
        )}
        {p.status === 'proposta' && (
          <Group>
            {bothLive && canMerge ? (
              <Button component={Link} to={`/candidati/${p.firstId}/unisci/${p.secondId}`} leftSection={<IconArrowsJoin size={16} />}>
                Confronta e unisci
              </Button>
            ) : (
              <Button leftSection={<IconArrowsJoin size={16} />} disabled>
                Confronta e unisci
              </Button>
            )}
            <Button variant="default" color="red" leftSection={<IconUserX size={16} />} onClick={onDismiss}>
              Non sono la stessa persona
            </Button>
            {!bothLive && (
              <Text size="sm" c="dimmed">
                Uno dei due profili non è più attivo: segna la proposta come «non sono la stessa persona» o controlla il profilo.
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
