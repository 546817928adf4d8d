/**
 * Candidates ranked for a need: score, who, where, the reasons that say most, and a box to pick
 * those to propose. People already proposed show their proposal's status instead of the box;
 * people not available are shown greyed, without a box.
 */
import { Anchor, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RankedCandidate } from '@shared/api/matches';
import { LIVE_MATCH_STATUSES } from '@shared/rules/match-lifecycle';
import { CandidateStatusBadge } from '../../components/CandidateStatusBadge';
import { placeLabel } from '../../components/NeedsTable';
import { keyReasons, MatchReasons } from './MatchReasons';
import { MatchStatusBadge } from './MatchStatusBadge';
import { ScoreBadge } from './ScoreBadge';

interface Props {
  rows: RankedCandidate[];
  firstPosition: number;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  canPropose: boolean;
}

export function RankedCandidatesTable({ rows, firstPosition, selected, onToggle, canPropose }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table verticalSpacing="sm" aria-label="Candidati in ordine di punteggio">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <Text size="xs" c="dimmed">
              N.
            </Text>
          </Table.Th>
          <Table.Th w={110}>{canPropose ? 'Proponi' : 'Proposta'}</Table.Th>
          <Table.Th w={70}>Punti</Table.Th>
          <Table.Th>Candidato</Table.Th>
          <Table.Th>Perché</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => {
          const expanded = open === r.candidateId;
          return (
            <Table.Tr key={r.candidateId} style={r.available ? undefined : { opacity: 0.6 }} data-testid="ranked-candidate">
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {firstPosition + i}
                </Text>
              </Table.Td>
              <Table.Td>
                <ProposalCell row={r} checked={selected.has(r.candidateId)} onToggle={() => onToggle(r.candidateId)} canPropose={canPropose} />
              </Table.Td>
              <Table.Td>
                <ScoreBadge score={r.score} />
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/candidati/${r.candidateId}`} fw={500}>
                    {r.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {placeLabel(r.comune ?? '', r.province)}
                  </Text>
                  {!r.available && <CandidateStatusBadge status={r.status} sex={r.sex} size="xs" />}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <MatchReasons reasons={expanded ? r.reasons : keyReasons(r.reasons)} withPoints={expanded} />
                  {r.reasons.length > 3 && (
                    <Group>
                      <Button variant="subtle" size="compact-xs" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : r.candidateId)}>
                        {expanded ? 'Meno dettagli' : `Tutti i motivi (${r.reasons.length})`}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Whether this person can be ticked now: available, and with no proposal in play or accepted for this need. */
export function isProposable(row: RankedCandidate): boolean {
  return row.available && (row.match === null || !LIVE_MATCH_STATUSES.includes(row.match.status));
}

/** A live proposal shows its status; an earlier refusal or withdrawal shows too, beside the box to propose again. */
function ProposalCell({ row, checked, onToggle, canPropose }: { row: RankedCandidate; checked: boolean; onToggle(): void; canPropose: boolean }) {
  const badge = row.match && <MatchStatusBadge status={row.match.status} sex={row.sex} size="sm" styles={{ label: { overflow: 'visible' } }} />;
  if (!canPropose || !isProposable(row)) {
    return (
      badge ??
      (row.available ? null : (
        <Text size="xs" c="dimmed">
          non disponibile
        </Text>
      ))
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      <Checkbox aria-label={`Seleziona ${row.name}`} checked={checked} onChange={onToggle} />
      {badge}
    </Stack>
  );
}
