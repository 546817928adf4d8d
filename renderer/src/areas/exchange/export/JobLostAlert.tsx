/** The job in the address is no longer known to the core (restarted, or ended over an hour ago). */
import { Alert, Button, Stack, Text } from '@mantine/core';

export function JobLostAlert({ message, onRestart }: { message: string; onRestart(): void }) {
  return (
    <Alert color="yellow" title="Esportazione non più seguibile">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="light" onClick={onRestart}>
          Ricomincia
        </Button>
      </Stack>
    </Alert>
  );
}
