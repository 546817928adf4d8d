/** One read-only field of the profile: its label above, the value (or "—") below. */
import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { orDash } from '../lib/format';

interface DetailFieldProps {
  label: string;
  value: string | number | null | undefined;
  mono?: boolean;
  /** Keeps line breaks typed in long notes. */
  multiline?: boolean;
  /** Something to show beside the value (a warning badge). */
  extra?: ReactNode;
}

export function DetailField({ label, value, mono, multiline, extra }: DetailFieldProps) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ff={mono ? 'monospace' : undefined} style={multiline ? { whiteSpace: 'pre-wrap' } : undefined}>
        {orDash(value)}
        {extra}
      </Text>
    </div>
  );
}

/** The grid every tab lays its fields out in. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="md">
      {children}
    </SimpleGrid>
  );
}
