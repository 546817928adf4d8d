/** The exchange key's state: set or not, and its fingerprint for two offices to compare by phone. */
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import type { ExchangeStatus } from '@shared/api/exchange';
import { KeyMissingAlert } from '../KeyMissingAlert';

export function KeyCard({ keyState }: { keyState: ExchangeStatus['key'] }) {
  if (!keyState.set) return <KeyMissingAlert />;
  return (
    <Card withBorder component="section" aria-label="Chiave di scambio">
      <Stack gap={6}>
        <Group gap="xs">
          <IconKey size={18} />
          <Title order={4}>Chiave di scambio</Title>
          <Badge color="teal" variant="light">
            impostata {keyState.source === 'file' ? 'da file chiave' : 'da frase segreta'}
          </Badge>
        </Group>
        <Group gap="xs" align="baseline">
          <Text size="sm">Impronta:</Text>
          <Text ff="monospace" fw={700} size="lg" data-testid="key-fingerprint">
            {keyState.fingerprint}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          Deve essere uguale in tutte le sedi: se un file non si apre, confrontate l’impronta per telefono.
        </Text>
      </Stack>
    </Card>
  );
}
