/** A need's status as a coloured badge: the same colours in the list, on the board and on the page. */
import { Badge, type BadgeProps } from '@mantine/core';
import { NEED_STATUS_LABELS, type NeedStatus } from '@shared/api/need-fields';

/** Open work in warm/blue tones, closed outcomes in green (covered) or grey (dropped). */
export const NEED_STATUS_COLORS: Record<NeedStatus, string> = {
  nuovo: 'blue',
  in_analisi: 'yellow',
  candidati_proposti: 'violet',
  coperto: 'green',
  chiuso_senza_esito: 'gray',
  annullato: 'red',
};

export function NeedStatusBadge({ status, ...props }: { status: NeedStatus } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge color={NEED_STATUS_COLORS[status]} variant="light" {...props}>
      {NEED_STATUS_LABELS[status]}
    </Badge>
  );
}
