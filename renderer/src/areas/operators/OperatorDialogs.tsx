import { Button, Modal, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { contract } from '@shared/api/contract';
import type { Operator } from '@shared/api/operators';
import { ROLE_LABELS, ROLES, type Role } from '@shared/api/permissions';
import { api } from '../../api/client';
import { showApiError, showSaved } from '../../lib/form-errors';

export type OperatorDialog = { kind: 'create' } | { kind: 'edit'; operator: Operator } | { kind: 'password'; operator: Operator } | null;

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

function useSaving() {
  const [saving, setSaving] = useState(false);
  async function run(work: () => Promise<void>, form: { setErrors(e: Record<string, string>): void }) {
    setSaving(true);
    try {
      await work();
    } catch (e) {
      showApiError(e, form);
    } finally {
      setSaving(false);
    }
  }
  return { saving, run };
}

function CreateForm({ onSaved }: { onSaved(): void }) {
  const { saving, run } = useSaving();
  const form = useForm({
    initialValues: { username: '', fullName: '', role: 'operatore' as Role, password: '', passwordConfirm: '' },
    validate: zod4Resolver(contract['operators.create'].input),
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        void run(async () => {
          const created = await api.call('operators.create', v);
          showSaved(`Operatore ${created.fullName} creato.`);
          onSaved();
        }, form),
      )}
    >
      <Stack>
        <TextInput label="Nome e cognome" withAsterisk {...form.getInputProps('fullName')} />
        <TextInput label="Nome utente" withAsterisk {...form.getInputProps('username')} />
        <Select label="Ruolo" allowDeselect={false} data={ROLE_OPTIONS} {...form.getInputProps('role')} />
        <PasswordInput label="Password iniziale" description="Almeno 10 caratteri; l’operatore potrà cambiarla" withAsterisk {...form.getInputProps('password')} />
        <PasswordInput label="Ripeti la password" withAsterisk {...form.getInputProps('passwordConfirm')} />
        <Button type="submit" loading={saving}>
          Crea operatore
        </Button>
      </Stack>
    </form>
  );
}

function EditForm({ operator, onSaved }: { operator: Operator; onSaved(): void }) {
  const { saving, run } = useSaving();
  const form = useForm({ initialValues: { id: operator.id, fullName: operator.fullName, role: operator.role, active: operator.active } });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        void run(async () => {
          await api.call('operators.update', v);
          showSaved('Operatore aggiornato.');
          onSaved();
        }, form),
      )}
    >
      <Stack>
        <TextInput label="Nome e cognome" {...form.getInputProps('fullName')} />
        <Select label="Ruolo" allowDeselect={false} data={ROLE_OPTIONS} {...form.getInputProps('role')} />
        <Switch label="Può accedere (attivo)" {...form.getInputProps('active', { type: 'checkbox' })} />
        <Button type="submit" loading={saving}>
          Salva
        </Button>
      </Stack>
    </form>
  );
}

function PasswordForm({ operator, onSaved }: { operator: Operator; onSaved(): void }) {
  const { saving, run } = useSaving();
  const form = useForm({
    initialValues: { id: operator.id, password: '', passwordConfirm: '' },
    validate: zod4Resolver(contract['operators.resetPassword'].input),
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        void run(async () => {
          await api.call('operators.resetPassword', v);
          showSaved(`Nuova password impostata per ${operator.fullName}.`);
          onSaved();
        }, form),
      )}
    >
      <Stack>
        <PasswordInput label="Nuova password" description="Almeno 10 caratteri" {...form.getInputProps('password')} />
        <PasswordInput label="Ripeti la password" {...form.getInputProps('passwordConfirm')} />
        <Button type="submit" loading={saving}>
          Imposta la password
        </Button>
      </Stack>
    </form>
  );
}

export function OperatorDialogs({ dialog, onClose, onSaved }: { dialog: OperatorDialog; onClose(): void; onSaved(): void }) {
  const title = dialog?.kind === 'create' ? 'Aggiungi un operatore' : dialog?.kind === 'edit' ? `Modifica ${dialog.operator.fullName}` : dialog ? `Imposta una nuova password per ${dialog.operator.fullName}` : '';
  return (
    <Modal opened={dialog !== null} onClose={onClose} title={title}>
      {dialog?.kind === 'create' && <CreateForm onSaved={onSaved} />}
      {dialog?.kind === 'edit' && <EditForm operator={dialog.operator} onSaved={onSaved} />}
      {dialog?.kind === 'password' && <PasswordForm operator={dialog.operator} onSaved={onSaved} />}
    </Modal>
  );
}
