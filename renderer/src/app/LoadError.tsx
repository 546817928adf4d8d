import { Alert, Button, Stack } from '@mantine/core';

/** What a page shows when its data could not be loaded: the reason and a way to retry. */
export function LoadError({ message }: { message: string }) {
  return (
    <Alert color="red" title="Impossibile caricare i dati">
      <Stack gap="xs" align="flex-start">
        {message}
        {/* White, not light: a light red button on the red alert would be tint on tint, too faint to read (axe, issue 16). */}
        <Button size="xs" variant="white" color="red" onClick={() => window.location.reload()}>
          Riprova
        </Button>
      </Stack>
    </Alert>
  );
}
