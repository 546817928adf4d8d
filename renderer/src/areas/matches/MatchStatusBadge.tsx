/** A proposal's status as a coloured badge, the same on the need, the ranking and the profile. */
import { Badge, type BadgeProps } from '@mantine/core';
import { MATCH_STATUS_LABELS, type MatchStatus } from '../../../../shared/api/matches';

/** Waiting in blue tones, accepted in green, refusals in red/orange, withdrawn in grey. */
export const MATCH_STATUS_COLORS: Record<MatchStatus, string> = {
  proposto: 'blue',
  colloquio_fissato: 'violet',
  accettato: 'green',
  rifiutato_ente: 'red',
  rifiutato_candidato: 'orange',
  ritirato: 'gray',
};

export function MatchStatusBadge({ status, ...props }: { status: MatchStatus } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge color={MATCH_STATUS_COLORS[status]} variant="light" {...props}>
      {MATCH_STATUS_LABELS[status]}
    </Badge>
  );
}
