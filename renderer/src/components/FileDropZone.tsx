/**
 * Choosing a file from the computer: a button that opens the file picker, inside a dashed box the
 * file can also be dropped on. The picker is emptied after each choice, so the same file can be
 * chosen again after a refusal.
 */
import { Button, FileButton, Paper, type MantineSpacing } from '@mantine/core';
import { useRef, useState, type DragEvent, type ReactNode } from 'react';

interface FileDropZoneProps {
  onFile(file: File): void;
  /** While a file is on its way, one dropped is ignored. */
  disabled?: boolean;
  p: MantineSpacing;
  /** The box's colour when nothing is dragged over it. */
  idleBg: string;
  children: ReactNode;
}

export function FileDropZone({ onFile, disabled, p, idleBg, children }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  }

  return (
    <Paper
      withBorder
      p={p}
      bg={dragging ? 'blue.0' : idleBg}
      style={{ borderStyle: 'dashed' }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {children}
    </Paper>
  );
}

interface FilePickButtonProps {
  onFile(file: File): void;
  accept: string;
  /** The accessible name of the hidden file input, which tests and screen readers use. */
  inputLabel: string;
  icon: ReactNode;
  loading?: boolean;
  children: ReactNode;
}

export function FilePickButton({ onFile, accept, inputLabel, icon, loading, children }: FilePickButtonProps) {
  const resetRef = useRef<() => void>(null);
  return (
    <FileButton
      onChange={(file) => {
        resetRef.current?.();
        if (file) onFile(file);
      }}
      accept={accept}
      resetRef={resetRef}
      inputProps={{ 'aria-label': inputLabel }}
    >
      {(props) => (
        <Button {...props} leftSection={icon} loading={loading}>
          {children}
        </Button>
      )}
    </FileButton>
  );
}
