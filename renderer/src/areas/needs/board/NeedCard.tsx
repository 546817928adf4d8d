/**
 * One need on the board. It is a real link: Tab reaches it, Enter opens it, and the board moves
 * the focus between cards with the arrow keys (data-col/data-row say where the card sits).
 */
import { Card, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { NeedRow } from '@shared/api/needs';
import { formatDate } from '../../../lib/format';
import { placeLabel, proposalsLabel } from '../../../components/NeedsTable';

export function NeedCard({ need, column, row }: { need: NeedRow; column: number; row: number }) {
  // A card has no focus style of its own: without this ring the arrow keys would move an invisible focus.
  const [focused, setFocused] = useState(false);
  return (
    <Card
      component={Link}
      to={`/fabbisogni/${need.id}`}
      withBorder
      padding="xs"
      data-col={column}
      data-row={row}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      style={{ outline: focused ? '3px solid var(--mantine-color-blue-6)' : undefined, outlineOffset: 1, textDecoration: 'none', overflow: 'visible' }}
      aria-label={`${need.title}, ${need.associationName}, ${placeLabel(need.comune, need.province)}, ricevuto il ${formatDate(need.receivedOn)}`}
    >
      {/* Columns are narrow so that all six fit: text wraps rather than being cut. */}
      <Text fw={600} size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
        {need.title}
      </Text>
      <Text size="sm" lineClamp={2}>
        {need.associationName}
      </Text>
      <Text size="xs" c="dimmed" mt={4} lineClamp={1}>
        {placeLabel(need.comune, need.province)}
      </Text>
      <Text size="xs" c="dimmed">
        Ricevuto il {formatDate(need.receivedOn)}
      </Text>
      {need.proposals > 0 && <Text size="xs">{proposalsLabel(need)}</Text>}
    </Card>
  );
}
