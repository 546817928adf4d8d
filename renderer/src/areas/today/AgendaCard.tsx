/** One kind of item on «Oggi»: its title and count, the first entries each linking to its fix. */
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { AGENDA_TITLES, type AgendaEntry, type AgendaItem } from '@shared/api/today';

/** Late, today, or nothing: said in words as well as colour. */
function DueMark({ due, today }: { due: string | null; today: string }) {
  if (due === null || due > today) return null;
  return due < today ? (
    <Badge size="xs" color="red" variant="light">
      In ritardo
    </Badge>
  ) : (
    <Badge size="xs" color="orange" variant="light">
      Oggi
    </Badge>
  );
}

function Entry({ entry, today }: { entry: AgendaEntry; today: string }) {
  return (
    <Stack gap={0}>
      <Group gap="xs" wrap="nowrap">
        <Anchor component={Link} to={entry.to} size="sm" fw={500} lineClamp={1}>
          {entry.label}
        </Anchor>
        <DueMark due={entry.due} today={today} />
      </Group>
      <Text size="xs" c="dimmed">
        {entry.detail}
      </Text>
    </Stack>
  );
}

export function AgendaCard({ item, today }: { item: AgendaItem; today: string }) {
  const more = item.count - item.entries.length;
  const titleId = `agenda-${item.kind}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Text fw={600} id={titleId} component="h2" size="md" m={0}>
          {AGENDA_TITLES[item.kind]}
        </Text>
        <Badge variant="filled" color="blue" aria-label={`${item.count} da fare`}>
          {item.count}
        </Badge>
      </Group>
      <Stack gap="sm">
        {item.entries.map((e) => (
          <Entry key={`${e.to}:${e.detail}`} entry={e} today={today} />
        ))}
        {more > 0 &&
          (item.all ? (
            <Anchor component={Link} to={item.all} size="sm">
              {more === 1 ? 'E un altro: vedi tutti' : `E altri ${more}: vedi tutti`}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              {more === 1 ? 'E un altro' : `E altri ${more}`}
            </Text>
          ))}
      </Stack>
    </Card>
  );
}
