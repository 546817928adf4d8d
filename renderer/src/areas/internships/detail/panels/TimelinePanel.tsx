/** The file's history: every move, extension and waiver, with when, who and the note. */
import { Card, Text, Timeline } from '@mantine/core';
import { INTERNSHIP_STATUS_LABELS, type Internship } from '@shared/api/internship-fields';
import { formatDateTime } from '../../../../lib/format';

type Event = Internship['events'][number];

function title(e: Event): string {
  if (e.kind === 'stato') return e.from ? `${INTERNSHIP_STATUS_LABELS[e.from]} → ${INTERNSHIP_STATUS_LABELS[e.to!]}` : `Aperta come «${INTERNSHIP_STATUS_LABELS[e.to!]}»`;
  const titles: Record<string, string> = { proroga: 'Proroga', deroga: 'Deroga', documento: 'Documenti', eliminata: 'Bozza eliminata', ripristinata: 'Bozza ripristinata' };
  return titles[e.kind] ?? e.kind;
}

export function TimelinePanel({ file }: { file: Internship }) {
  return (
    <Card withBorder>
      <Timeline bulletSize={14} lineWidth={2} active={file.events.length - 1}>
        {file.events.map((e) => (
          <Timeline.Item
            key={e.id}
            title={
              <Text size="sm" fw={600}>
                {title(e)}
              </Text>
            }
          >
            <Text size="xs" c="dimmed">
              {formatDateTime(e.at)} · {e.operatorName}
            </Text>
            {e.note && <Text size="sm">{e.note}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
