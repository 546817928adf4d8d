/**
 * How many interns the association may host and how many it hosts now, with the core's own
 * sentence. The AICS protocol exception (no employees, one intern) is highlighted because the
 * internship will record its use.
 */
import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Need } from '@shared/api/needs';

export function CapacityCard({ capacity }: { capacity: Need['capacity'] }) {
  const full = capacity.hostedNow >= capacity.maxInterns;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>Capacità di accoglienza</Title>
        <Group gap="lg">
          <Text size="sm">
            Dipendenti: <b>{capacity.employees}</b>
          </Text>
          <Text size="sm">
            Tirocinanti ammessi: <b>{capacity.maxInterns}</b>
          </Text>
          <Text size="sm">
            Ospitati ora: <b>{capacity.hostedNow}</b>
          </Text>
          {full && <Badge color="red">Nessun posto libero per tirocini</Badge>}
        </Group>
        {capacity.protocolException ? (
          <Alert color="grape" variant="light" title="Eccezione del protocollo AICS–Exar">
            {capacity.explanation}
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            {capacity.explanation}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
