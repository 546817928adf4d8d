/** The need's status changes, oldest first: when, from what to what, the note and who. */
import { Card, Stack, Text, Timeline, Title } from '@mantine/core';
import { NEED_STATUS_LABELS, type Need } from '@shared/api/needs';
import { formatDateTime } from '../../../lib/format';

export function NeedTimeline({ events }: { events: Need['events'] }) {
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>Cronologia dello stato</Title>
        {events.length === 0 && <Text c="dimmed">Nessun cambio di stato registrato.</Text>}
        <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
          {events.map((e) => (
            <Timeline.Item
              key={e.id}
              title={
                <Text size="sm" fw={600}>
                  {e.from ? `${NEED_STATUS_LABELS[e.from]} → ${NEED_STATUS_LABELS[e.to]}` : `Registrato come «${NEED_STATUS_LABELS[e.to]}»`}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at)} · {e.operatorName}
              </Text>
              {e.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.note}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Card>
  );
}
