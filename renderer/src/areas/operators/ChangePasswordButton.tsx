import { Button, Menu, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconKey } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { contract } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { showApiError, showSaved } from '../../lib/form-errors';

/** "Cambia password" in the user menu, with its own small dialog. */
export function ChangePasswordButton() {
  const [opened, setOpened] = useState(false);
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
      setOpened(false);
    } catch (e) {
      showApiError(e, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <Menu.Item leftSection={<IconKey size={14} />} onClick={() => setOpened(true)}>
        Cambia password
      </Menu.Item>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Cambia la tua password">
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
    </>
  );
}
