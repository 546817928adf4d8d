/**
 * What every record form says when a save is refused, and after the operator takes in the version
 * someone else saved meanwhile (lib/three-way-merge.ts). One wording for associations,
 * candidates, needs and internship files.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiError } from '@shared/api/errors';

/** The refusal, with «Carica la versione attuale» when someone else saved first; `children`: a form's own way out. */
export function NotSavedAlert({ conflict, onTakeCurrent, children }: { conflict: ApiError; onTakeCurrent(): void; children?: ReactNode }) {
  return (
    <Alert color="orange" title="Non salvato">
      <Stack gap={4} align="flex-start">
        <Text size="sm">{conflict.message}</Text>
        {conflict.details?.reason === 'stale' && (
          <Group>
            <Button size="xs" variant="white" color="orange" onClick={onTakeCurrent}>
              Carica la versione attuale
            </Button>
          </Group>
        )}
        {children}
      </Stack>
    </Alert>
  );
}

/** After taking in the current version; `theirChanges`: the fields the other operator changed, when the form lists them. */
export function CurrentVersionTakenAlert({ theirChanges, onClose }: { theirChanges?: string[]; onClose(): void }) {
  const text =
    theirChanges === undefined
      ? 'Le modifiche dell’altro operatore sono nel modulo; dove avevi scritto anche tu resta il tuo dato. Controlla e salva.'
      : theirChanges.length === 0
        ? 'L’altro operatore non ha cambiato campi del modulo. Ora puoi salvare.'
        : `L’altro operatore aveva cambiato: ${theirChanges.join(', ')}. Le sue modifiche sono nel modulo; dove avevi scritto anche tu resta il tuo dato. Controlla e salva.`;
  return (
    <Alert color="blue" title="Versione attuale caricata" withCloseButton onClose={onClose}>
      {text}
    </Alert>
  );
}

/** What a record form knows of its last save (lib/useRecordForm.ts). */
interface SaveState {
  conflict: ApiError | null;
  taken: { theirChanges?: string[] } | null;
  takeCurrentVersion(): void;
  closeTaken(): void;
}

/**
 * Both alerts of a record form. `children`: the form's own way out under the refusal; `refusal`
 * false where the form already says the same refusal in its own alert.
 */
export function SaveAlerts({ state, refusal = true, children }: { state: SaveState; refusal?: boolean; children?: ReactNode }) {
  return (
    <>
      {state.conflict && refusal && (
        <NotSavedAlert conflict={state.conflict} onTakeCurrent={state.takeCurrentVersion}>
          {children}
        </NotSavedAlert>
      )}
      {state.taken && <CurrentVersionTakenAlert theirChanges={state.taken.theirChanges} onClose={state.closeTaken} />}
    </>
  );
}
