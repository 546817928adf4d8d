/**
 * The proposals made for a need, on its page: who, with what score, where each one stands and
 * the next step as a button. The way to the ranking ("Trova candidati") is always here.
 */
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { OPEN_MATCH_STATUSES } from '@shared/rules/match-lifecycle';
import type { Need } from '@shared/api/needs';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth/AuthProvider';
import { formatDate } from '../../lib/format';
import { ProposalsTable } from './ProposalsTable';
import { PROPOSABLE_NEED_STATUSES } from '@shared/api/need-fields';
import { agree } from '@shared/text/agreement';
import { plural } from '@shared/text/plural';


export function NeedMatchesCard({ need }: { need: Need }) {
  const session = useSession();
  const query = useApiQuery('matches.forNeed', { needId: need.id });
  const matches = query.data ?? [];
  const acceptedMatches = matches.filter((m) => m.status === 'accettato');
  const accepted = acceptedMatches.length;
  const waiting = matches.filter((m) => OPEN_MATCH_STATUSES.includes(m.status)).length;
  const canWrite = session.can('matches.write') && !need.deletedAt;

  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>Candidati proposti</Title>
          {PROPOSABLE_NEED_STATUSES.includes(need.status) && !need.deletedAt && (
            <Button component={Link} to={`/fabbisogni/${need.id}/candidati`} leftSection={<IconSearch size={16} />}>
              Trova candidati
            </Button>
          )}
        </Group>
        {query.error && <Text c="red">{query.error}</Text>}
        {matches.length === 0 && !query.loading && (
          <Text size="sm" c="dimmed">
            Nessun candidato proposto finora. Premi «Trova candidati» per vedere chi è più adatto, con i motivi.
          </Text>
        )}
        {accepted > 0 && need.status === 'candidati_proposti' && (
          <Alert color="green" variant="light">
            {plural(accepted, 'Un/Una candidato/a è stato/a accettato/a', '# candidati sono stati accettati', acceptedMatches[0]?.candidateSex)} su {need.positions}{' '}
            {plural(need.positions, 'posto', 'posti')}: ora puoi segnare il fabbisogno come «Coperto» qui sotto.
          </Alert>
        )}
        {waiting > 0 && !PROPOSABLE_NEED_STATUSES.includes(need.status) && (
          <Alert color="yellow" variant="light">
            {plural(waiting, 'Una proposta è ancora in attesa', '# proposte sono ancora in attesa')}: comunica l’esito ai candidati e
            registralo (ritirata o rifiutata), così non restano in sospeso.
          </Alert>
        )}
        {matches.length > 0 && (
          <ProposalsTable
            aria-label="Proposte per questo fabbisogno"
            whoColumn="Candidato"
            matches={matches}
            canWrite={canWrite}
            rowTestId="need-match"
            who={(m) => (
              <>
                <Anchor component={Link} to={`/candidati/${m.candidateId}`} fw={500}>
                  {m.candidateName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {agree(m.candidateSex, 'Proposto/a')} il {formatDate(m.proposedOn)} da {m.operatorName}
                </Text>
              </>
            )}
          />
        )}
      </Stack>
    </Card>
  );
}
