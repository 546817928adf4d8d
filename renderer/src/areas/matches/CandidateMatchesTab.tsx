/**
 * On a candidate's profile: the proposals this person is in (with their next step), and the
 * open needs that fit them best, ranked like the needs' own ranking, each proposable in one click.
 */
import { Anchor, Button, Card, Group, Loader, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Candidate } from '@shared/api/candidates';
import { LIVE_MATCH_STATUSES } from '@shared/rules/match-lifecycle';
import { agree } from '@shared/text/agreement';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth/AuthProvider';
import { formatDate } from '../../lib/format';
import { showApiError, showSaved } from '../../lib/form-errors';
import { NeedStatusBadge } from '../../components/NeedStatusBadge';
import { placeLabel } from '../../components/NeedsTable';
import { TableHead } from '../../components/TableParts';
import { keyReasons, MatchReasons } from './MatchReasons';
import { MatchStatusBadge } from './MatchStatusBadge';
import { ProposalsTable } from './ProposalsTable';
import { ScoreBadge } from './ScoreBadge';

const PAGE_SIZE = 10;

export function CandidateMatchesTab({ candidate }: { candidate: Candidate }) {
  const session = useSession();
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const proposals = useApiQuery('matches.forCandidate', { candidateId: candidate.id });
  const fitting = useApiQuery('matches.rankNeeds', { candidateId: candidate.id, page, pageSize: PAGE_SIZE });
  const live = !candidate.deletedAt && !candidate.mergedInto;
  const name = `${candidate.lastName} ${candidate.firstName}`;
  const sex = candidate.sex;
  const canPropose = live && candidate.status === 'attivo' && session.can('matches.write');

  function confirmPropose(needId: string, title: string, associationName: string) {
    modals.openConfirmModal({
      title: `Proponi ${name} per «${title}»`,
      children: (
        <Text size="sm">
          {name} {agree(sex, 'sarà proposto/a')} per «{title}» di {associationName}. Con la proposta resta registrato il
          punteggio di oggi, con i suoi motivi.
        </Text>
      ),
      labels: { confirm: 'Proponi', cancel: 'Annulla' },
      onConfirm: () => void propose(needId, title),
    });
  }

  async function propose(needId: string, title: string) {
    setBusy(needId);
    try {
      await api.call('matches.propose', { needId, candidateIds: [candidate.id] });
      showSaved(`${name} ${agree(sex, 'è stato/a proposto/a')} per «${title}».`, 'Proposta registrata');
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack>
      <Card withBorder>
        <Stack>
          <Title order={4}>Proposte</Title>
          {proposals.error && <Text c="red">{proposals.error}</Text>}
          {!proposals.data ? (
            !proposals.error && <Loader size="sm" aria-label="Caricamento delle proposte" />
          ) : proposals.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {agree(sex, 'Non è ancora stato/a proposto/a per nessun fabbisogno.')}
            </Text>
          ) : (
            <ProposalsTable
              aria-label={agree(sex, 'Proposte del/della candidato/a')}
              whoColumn="Fabbisogno"
              matches={proposals.data}
              canWrite={live && session.can('matches.write')}
              who={(m) => (
                <>
                  <Anchor component={Link} to={`/fabbisogni/${m.needId}`} fw={500}>
                    {m.needTitle}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {m.associationName} · {agree(sex, 'proposto/a')} il {formatDate(m.proposedOn)}
                  </Text>
                </>
              )}
            />
          )}
        </Stack>
      </Card>

      <Card withBorder>
        <Stack>
          <Title order={4}>Fabbisogni adatti</Title>
          <Text size="sm" c="dimmed">
            I fabbisogni ancora aperti (nuovi, in analisi o con candidati proposti), dal più adatto.
            {!canPropose && live && candidate.status !== 'attivo'
              ? agree(sex, ' Il/La candidato/a non è «Attivo/a»: per proporlo/a aggiorna prima il suo stato.')
              : ''}
          </Text>
          {fitting.error && <Text c="red">{fitting.error}</Text>}
          {!fitting.data && !fitting.error && <Loader size="sm" aria-label="Ricerca dei fabbisogni adatti" />}
          {fitting.data && fitting.data.items.length === 0 && <Text size="sm">Nessun fabbisogno aperto in questo momento.</Text>}
          {fitting.data && fitting.data.items.length > 0 && (
            <Table verticalSpacing="sm" aria-label={agree(sex, 'Fabbisogni adatti al/alla candidato/a')}>
              <TableHead columns={[{ label: 'Punti', w: 70 }, 'Fabbisogno', 'Perché', '']} />
              <Table.Tbody>
                {fitting.data.items.map((n) => (
                  <Table.Tr key={n.needId}>
                    <Table.Td>
                      <ScoreBadge score={n.score} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/fabbisogni/${n.needId}`} fw={500}>
                        {n.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {n.associationName} · {placeLabel(n.comune ?? '', n.province)}
                      </Text>
                      <NeedStatusBadge status={n.status} size="xs" />
                    </Table.Td>
                    <Table.Td>
                      <MatchReasons reasons={keyReasons(n.reasons)} />
                    </Table.Td>
                    <Table.Td>
                      {n.match && <MatchStatusBadge status={n.match.status} sex={sex} size="sm" styles={{ label: { overflow: 'visible' } }} />}
                      {(!n.match || !LIVE_MATCH_STATUSES.includes(n.match.status)) &&
                        canPropose && (
                          <Button size="compact-sm" variant="light" leftSection={<IconSend size={14} />} loading={busy === n.needId} onClick={() => confirmPropose(n.needId, n.title, n.associationName)}>
                            {n.match ? 'Proponi di nuovo' : 'Proponi'}
                          </Button>
                        )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {fitting.data && fitting.data.total > PAGE_SIZE && (
            <Group>
              <Pagination total={Math.ceil(fitting.data.total / PAGE_SIZE)} value={page} onChange={setPage} aria-label="Pagine dei fabbisogni adatti" />
            </Group>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
