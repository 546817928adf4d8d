/**
 * A table of proposals, on a need's page (who was proposed) and on a candidate's profile (for
 * which needs): the score, where each one stands with its date and last note, and the next step.
 */
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Match } from '@shared/api/matches';
import { TableHead } from '../../components/TableParts';
import { formatDate, formatDateTime } from '../../lib/format';
import { MatchActions } from './MatchActions';
import { MatchStatusBadge } from './MatchStatusBadge';
import { ScoreBadge } from './ScoreBadge';

interface ProposalsTableProps {
  'aria-label': string;
  /** The first column: the other side of each proposal (the candidate, or the need). */
  whoColumn: string;
  matches: readonly Match[];
  who(match: Match): ReactNode;
  /** Who may take the next step; the others see the column empty. */
  canWrite: boolean;
  rowTestId?: string;
}

export function ProposalsTable({ whoColumn, matches, who, canWrite, rowTestId, ...rest }: ProposalsTableProps) {
  return (
    <Table verticalSpacing="sm" aria-label={rest['aria-label']}>
      <TableHead columns={[whoColumn, { label: 'Punti', w: 70 }, 'Stato', 'Prossimo passo']} />
      <Table.Tbody>
        {matches.map((m) => (
          <Table.Tr key={m.id} data-testid={rowTestId}>
            <Table.Td>{who(m)}</Table.Td>
            <Table.Td>
              <ScoreBadge score={m.score} />
            </Table.Td>
            <Table.Td>
              <MatchStatusBadge status={m.status} sex={m.candidateSex} styles={{ label: { overflow: 'visible' } }} />
              <MatchDetail match={m} />
            </Table.Td>
            <Table.Td>{canWrite ? <MatchActions match={m} /> : null}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The date that matters for where the proposal stands, and its last note. */
export function MatchDetail({ match }: { match: Match }) {
  const last = match.events.at(-1);
  return (
    <>
      {match.status === 'colloquio_fissato' && match.interviewAt && (
        <Text size="xs">
          Colloquio {formatDateTime(match.interviewAt)}
          {match.interviewPlace ? `, ${match.interviewPlace}` : ''}
        </Text>
      )}
      {match.decidedOn && <Text size="xs">Il {formatDate(match.decidedOn)}</Text>}
      {last?.note && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          «{last.note}»
        </Text>
      )}
    </>
  );
}
