/** A file's status as a coloured badge, the same in the list and on the page. */
import { Badge, type BadgeProps } from '@mantine/core';
import { INTERNSHIP_STATUS_LABELS, type InternshipStatus } from '../../../../shared/api/internship-fields';

export const INTERNSHIP_STATUS_COLORS: Record<InternshipStatus, string> = {
  bozza: 'gray',
  in_firma: 'yellow',
  attivo: 'green',
  sospeso: 'orange',
  concluso: 'blue',
  interrotto: 'red',
};

export function InternshipStatusBadge({ status, ...props }: { status: InternshipStatus } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge color={INTERNSHIP_STATUS_COLORS[status]} variant="light" {...props}>
      {INTERNSHIP_STATUS_LABELS[status]}
    </Badge>
  );
}
