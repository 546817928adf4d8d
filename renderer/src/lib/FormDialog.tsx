/**
 * Adding or correcting one row of a settings list in a dialog over the list (committees, patron
 * days): the dialog, the save with its spinner, and the two buttons. Refusals appear next to their
 * field and the dialog keeps what was typed.
 */
import { Button, Group, Modal } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { MethodName } from '@shared/api/contract';
import { apiKey, queryClient } from '../api/query';
import { isStaleError, showApiError } from './form-errors';

export function FormDialog({ opened, title, onClose, children }: { opened: boolean; title: string; onClose(): void; children: ReactNode }) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {children}
    </Modal>
  );
}

export function DialogButtons({ saving, saveLabel, onCancel }: { saving: boolean; saveLabel: string; onCancel(): void }) {
  return (
    <Group>
      <Button type="submit" loading={saving}>
        {saveLabel}
      </Button>
      <Button variant="default" onClick={onCancel}>
        Annulla
      </Button>
    </Group>
  );
}

/** The errors of an update are under `data.`; the form's fields are not. `rename` maps what names no field of its own. */
export function dataFieldErrors(setErrors: (errors: Record<string, string>) => void, rename: (field: string) => string = (f) => f) {
  return {
    setErrors: (errors: Record<string, string>) => setErrors(Object.fromEntries(Object.entries(errors).map(([k, v]) => [rename(k.replace(/^data\./, '')), v]))),
  };
}

/**
 * Runs a dialog's save: `write` calls the core and says what was saved. After a refusal because
 * someone saved the row meanwhile, `list` is asked again (a refused write refreshes nothing by
 * itself), so the next save is made over their version.
 */
export function useDialogSave(list: MethodName, fieldErrors: { setErrors(errors: Record<string, string>): void }) {
  const [saving, setSaving] = useState(false);

  async function save(write: () => Promise<void>) {
    setSaving(true);
    try {
      await write();
    } catch (error) {
      showApiError(error, fieldErrors);
      if (isStaleError(error)) void queryClient.invalidateQueries({ queryKey: apiKey(list) });
    } finally {
      setSaving(false);
    }
  }

  return { saving, save };
}
