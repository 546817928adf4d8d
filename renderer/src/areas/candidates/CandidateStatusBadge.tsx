/** A candidate's status as a coloured badge, the same in the list and on the profile. */
import { Badge, type BadgeProps } from '@mantine/core';
import { CANDIDATE_STATUS_LABELS, type CandidateStatus } from '../../../../shared/api/candidate-fields';

const COLORS: Record<CandidateStatus, string> = {
  attivo: 'green',
  in_tirocinio: 'blue',
  occupato: 'teal',
  non_disponibile: 'orange',
  archiviato: 'gray',
};

export function CandidateStatusBadge({ status, ...props }: { status: CandidateStatus } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge color={COLORS[status]} variant="light" {...props}>
      {CANDIDATE_STATUS_LABELS[status]}
    </Badge>
  );
}
