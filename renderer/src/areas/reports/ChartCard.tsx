/**
 * One chart of «Report»: its title, the chart (hidden from screen readers, which read the same
 * numbers in the text or table under it), and «PNG» to save it as a picture.
 */
import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { deliverBlob } from '../../lib/files';
import { notifyFailure } from './notify';
import { chartPng, fileStem } from './chart-image';

interface ChartCardProps {
  title: string;
  /** The chart itself. */
  children: ReactNode;
  /** The same numbers in words, shown under the chart. */
  summary?: ReactNode;
  /** The numbers as a table for screen readers, when the summary does not hold them all. */
  table?: { headers: string[]; rows: (string | number)[][] };
  testId?: string;
}

export function ChartCard({ title, children, summary, table, testId }: ChartCardProps) {
  const chart = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    if (!chart.current) return;
    setSaving(true);
    try {
      await deliverBlob(await chartPng(chart.current, title), `${fileStem(title)}.png`);
    } catch (e) {
      notifyFailure(e, 'Il grafico non si salva come immagine. Riprova.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="md" data-testid={testId} component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Button size="compact-sm" variant="subtle" leftSection={<IconPhoto size={14} />} loading={saving} style={{ flexShrink: 0 }} onClick={() => void save()} aria-label={`Salva come immagine PNG: ${title}`}>
            PNG
          </Button>
        </Group>
        <div ref={chart} aria-hidden>
          {children}
        </div>
        {summary && (
          <Text size="sm" c="dimmed" component="div">
            {summary}
          </Text>
        )}
        {table && (
          <VisuallyHidden>
            <Table>
              <caption>{title}</caption>
              <Table.Thead>
                <Table.Tr>
                  {table.headers.map((h) => (
                    <Table.Th key={h}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row, i) => (
                  <Table.Tr key={i}>
                    {row.map((cell, j) => (
                      <Table.Td key={j}>{cell}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </VisuallyHidden>
        )}
      </Stack>
    </Paper>
  );
}
