/** Choosing the .exar file: a button, or the file dropped on the box. */
import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';

interface Props {
  kind: 'sportello' | 'ufficio_regionale';
  onFile(file: File): void;
}

export function FileDrop({ kind, onFile }: Props) {
  const [dragging, setDragging] = useState(false);
  const resetRef = useRef<() => void>(null);

  function chosen(file: File | null) {
    resetRef.current?.();
    if (file) onFile(file);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    chosen(event.dataTransfer.files[0] ?? null);
  }

  return (
    <Paper
      withBorder
      p="lg"
      bg={dragging ? 'blue.0' : 'white'}
      style={{ borderStyle: 'dashed' }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Stack gap="sm">
        <Text fw={600}>Scegli il file ricevuto</Text>
        <Text size="sm" c="dimmed" maw={720}>
          {kind === 'ufficio_regionale'
            ? 'Il file .exar che uno sportello ti ha inviato (per email o su una chiavetta).'
            : 'Il file .exar di pubblicazione che l’ufficio regionale ti ha inviato: regole, modelli Word, elenco dei comitati AICS e anagrafica delle associazioni.'}{' '}
          Prima di importare vedrai chi lo ha preparato e cosa cambierà: fino alla conferma non viene scritto nulla.
        </Text>
        <Group>
          <FileButton onChange={chosen} accept=".exar" resetRef={resetRef} inputProps={{ 'aria-label': 'File di scambio da importare' }}>
            {(props) => (
              <Button {...props} leftSection={<IconFileImport size={16} />}>
                Scegli il file .exar…
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed">
            oppure trascinalo qui
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
