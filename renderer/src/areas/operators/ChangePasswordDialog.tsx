import { Button, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { contract } from '@shared/api/contract';
import { api } from '../../api/client';
import { showApiError, showSaved } from '../../lib/form-errors';

/**
 * The operator's own password change. Rendered outside the user menu: Mantine unmounts a closed
 * menu's dropdown, which would take a dialog placed inside it away as soon as it opens.
 */
export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', password: '', passwordConfirm: '' },
    validate: zod4Resolver(contract['auth.changePassword'].input),
  });

  async function save(values: typeof form.values) {
    setSaving(true);
    try {
      await api.call('auth.changePassword', values);
      showSaved('Password cambiata.');
      form.reset();
      onClose();
    } catch (e) {
      showApiError(e, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Cambia la tua password">
        <form onSubmit={form.onSubmit((v) => void save(v))}>
          <Stack>
            <PasswordInput label="Password attuale" autoComplete="current-password" {...form.getInputProps('currentPassword')} />
            <PasswordInput label="Nuova password" description="Almeno 10 caratteri" autoComplete="new-password" {...form.getInputProps('password')} />
            <PasswordInput label="Ripeti la nuova password" autoComplete="new-password" {...form.getInputProps('passwordConfirm')} />
            <Button type="submit" loading={saving}>
              Cambia password
            </Button>
          </Stack>
        </form>
    </Modal>
  );
}
