/** A file's status as a coloured badge, the same in the list and on the page. */
import { Badge, type BadgeProps } from '@mantine/core';
import type { InternshipStatus } from '@shared/api/internship-fields';
import { today as todayInRome } from '@shared/validation/italian-time';
import { startsLater, statusText } from './status-text';

export const INTERNSHIP_STATUS_COLORS: Record<InternshipStatus, string> = {
  bozza: 'gray',
  in_firma: 'yellow',
  attivo: 'green',
  sospeso: 'orange',
  concluso: 'blue',
  interrotto: 'red',
};

/** Before its start an active file is «In partenza il …», in its own colour: it has not begun yet. */
const STARTING_COLOR = 'cyan';

interface InternshipStatusBadgeProps extends Omit<BadgeProps, 'color'> {
  status: InternshipStatus;
  startDate: string | null;
}

export function InternshipStatusBadge({ status, startDate, ...props }: InternshipStatusBadgeProps) {
  const today = todayInRome();
  return (
    <Badge color={startsLater(status, startDate, today) ? STARTING_COLOR : INTERNSHIP_STATUS_COLORS[status]} variant="light" {...props}>
      {statusText(status, startDate, today)}
    </Badge>
  );
}
