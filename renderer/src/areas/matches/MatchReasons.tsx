/**
 * Why a person fits (or not): one line per criterion the need asks about, with a sign the eye
 * reads before the words — met, partly met, missing — and the points earned.
 */
import { Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import type { MatchReasonView } from '@shared/api/matches';

const SIGN = {
  ok: { color: 'teal', icon: IconCheck, label: 'soddisfatto' },
  partial: { color: 'yellow', icon: IconMinus, label: 'in parte' },
  missing: { color: 'red', icon: IconX, label: 'manca' },
} as const;

export function MatchReasons({ reasons, withPoints = false }: { reasons: MatchReasonView[]; withPoints?: boolean }) {
  if (reasons.length === 0) return <Text size="sm" c="dimmed">Il fabbisogno non indica requisiti da confrontare.</Text>;
  return (
    <List spacing={4} size="sm" center>
      {reasons.map((r) => {
        const sign = SIGN[r.kind];
        const Icon = sign.icon;
        return (
          <List.Item
            key={r.factor}
            icon={
              <ThemeIcon color={sign.color} size={18} radius="xl" role="img" aria-label={sign.label}>
                <Icon size={12} />
              </ThemeIcon>
            }
          >
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{r.text}</Text>
              {withPoints && (
                <Text size="xs" c="dimmed">
                  +{String(r.points).replace('.', ',')}
                </Text>
              )}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}

/** The two or three reasons that say most at a glance: what is missing first, then what fits. */
export function keyReasons(reasons: MatchReasonView[], count = 3): MatchReasonView[] {
  const order = { missing: 0, partial: 1, ok: 2 } as const;
  return [...reasons].sort((a, b) => order[a.kind] - order[b.kind] || b.points - a.points).slice(0, count);
}
