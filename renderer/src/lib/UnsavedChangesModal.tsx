import { Button, Group, Modal, Text } from '@mantine/core';
import type { Blocker } from 'react-router';

export function UnsavedChangesModal({ blocker }: { blocker: Blocker }) {
  return (
    <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="Uscire senza salvare?" centered>
      <Text size="sm">Hai modificato dei dati senza salvarli. Se esci, le modifiche andranno perse.</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          Resta nella pagina
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Esci senza salvare
        </Button>
      </Group>
    </Modal>
  );
}
