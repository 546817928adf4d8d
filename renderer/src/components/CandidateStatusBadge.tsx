/** A candidate's status as a coloured badge, the same in the list and on the profile. */
import { Badge, type BadgeProps } from '@mantine/core';
import type { CandidateStatus } from '@shared/api/candidate-fields';
import type { PersonSex } from '@shared/text/agreement';
import { candidateStatusOf } from '@shared/text/person-labels';

const COLORS: Record<CandidateStatus, string> = {
  attivo: 'green',
  in_tirocinio: 'blue',
  occupato: 'teal',
  non_disponibile: 'orange',
  archiviato: 'gray',
};

/** `sex` is the person's: «Attiva», «Occupata» for a woman. */
export function CandidateStatusBadge({ status, sex, ...props }: { status: CandidateStatus; sex: PersonSex } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge color={COLORS[status]} variant="light" {...props}>
      {candidateStatusOf(status, sex)}
    </Badge>
  );
}
