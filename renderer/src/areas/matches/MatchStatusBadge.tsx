/** A proposal's status as a coloured badge, the same on the need, the ranking and the profile. */
import { Badge, type BadgeProps } from '@mantine/core';
import type { MatchStatus } from '@shared/api/matches';
import type { PersonSex } from '@shared/text/agreement';
import { matchStatusOf } from '@shared/text/person-labels';

/** Waiting in blue tones, accepted in green, refusals in red/orange, withdrawn in grey. */
export const MATCH_STATUS_COLORS: Record<MatchStatus, string> = {
  proposto: 'blue',
  colloquio_fissato: 'violet',
  accettato: 'green',
  rifiutato_ente: 'red',
  rifiutato_candidato: 'orange',
  ritirato: 'gray',
};

/** `sex` is the proposed person's: the badge says «Proposta», «Accettata» of a woman. */
export function MatchStatusBadge({ status, sex, ...props }: { status: MatchStatus; sex: PersonSex } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge color={MATCH_STATUS_COLORS[status]} variant="light" {...props}>
      {matchStatusOf(status, sex)}
    </Badge>
  );
}
