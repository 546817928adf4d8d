/** Choosing the .exar file: a button, or the file dropped on the box. */
import { Group, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { FileDropZone, FilePickButton } from '../../../components/FileDropZone';

interface Props {
  kind: 'sportello' | 'ufficio_regionale';
  onFile(file: File): void;
}

export function FileDrop({ kind, onFile }: Props) {
  return (
    <FileDropZone p="lg" idleBg="white" onFile={onFile}>
      <Stack gap="sm">
        <Text fw={600}>Scegli il file ricevuto</Text>
        <Text size="sm" c="dimmed" maw={720}>
          {kind === 'ufficio_regionale'
            ? 'Il file .exar che uno sportello ti ha inviato (per email o su una chiavetta).'
            : 'Il file .exar di pubblicazione che l’ufficio regionale ti ha inviato: regole, modelli Word, elenco dei comitati AICS e anagrafica delle associazioni.'}{' '}
          Prima di importare vedrai chi lo ha preparato e cosa cambierà: fino alla conferma non viene scritto nulla.
        </Text>
        <Group>
          <FilePickButton onFile={onFile} accept=".exar" inputLabel="File di scambio da importare" icon={<IconFileImport size={16} />}>
            Scegli il file .exar…
          </FilePickButton>
          <Text size="sm" c="dimmed">
            oppure trascinalo qui
          </Text>
        </Group>
      </Stack>
    </FileDropZone>
  );
}
