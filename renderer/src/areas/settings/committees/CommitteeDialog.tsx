/**
 * Adding or correcting one committee of the regional list, in a dialog over the list. Refusals (a name
 * already in the list, a wrong province) appear next to their field; the dialog keeps what was typed.
 */
import { Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { committeeFields, COMMITTEE_NAME_MAX, type Committee } from '@shared/api/committees';
import { api } from '../../../api/client';
import { showSaved } from '../../../lib/form-errors';
import { dataFieldErrors, DialogButtons, FormDialog, useDialogSave } from '../../../lib/FormDialog';
import { ProvinceSelect } from '../../../lib/ProvinceSelect';

export type CommitteeDialogState = { kind: 'create' } | { kind: 'edit'; committee: Committee } | null;

/** A type, not an interface: the zod resolver wants a plain record. */
type Values = { name: string; province: string | null; notes: string };

interface FormProps {
  /** The committee being corrected, as the list has it now (its version may move after a refusal). */
  committee: Committee | null;
  onSaved(): void;
  onCancel(): void;
}

function CommitteeForm({ committee, onSaved, onCancel }: FormProps) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: committee?.name ?? '', province: committee?.province ?? null, notes: committee?.notes ?? '' },
    validate: zod4Resolver(committeeFields),
    validateInputOnBlur: true,
  });
  const { saving, save: run } = useDialogSave('committees.list', dataFieldErrors(form.setErrors));

  const save = (values: Values) =>
    run(async () => {
      if (committee) {
        await api.call('committees.update', { id: committee.id, hlc: committee.hlc, data: values });
        showSaved(`«${values.name.trim()}» corretto. Arriva agli sportelli con la prossima pubblicazione.`);
      } else {
        await api.call('committees.create', values);
        showSaved(`«${values.name.trim()}» aggiunto all’elenco. Arriva agli sportelli con la prossima pubblicazione.`);
      }
      onSaved();
    });

  return (
    <form noValidate onSubmit={form.onSubmit((v) => void save(v))}>
      <Stack>
        <TextInput label="Nome" placeholder="Comitato Provinciale AICS Torino" withAsterisk maxLength={COMMITTEE_NAME_MAX} data-autofocus {...form.getInputProps('name')} />
        <ProvinceSelect description="Per un comitato provinciale" {...form.getInputProps('province')} />
        <Textarea label="Note" autosize minRows={2} {...form.getInputProps('notes')} />
        <DialogButtons saving={saving} saveLabel={committee ? 'Salva' : 'Aggiungi all’elenco'} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function CommitteeDialog({ state, current, onClose, onSaved }: { state: CommitteeDialogState; current: Committee | null; onClose(): void; onSaved(): void }) {
  const title = state?.kind === 'edit' ? `Correggi «${state.committee.name}»` : 'Nuovo comitato AICS';
  return (
    <FormDialog opened={state !== null} onClose={onClose} title={title}>
      {state && <CommitteeForm key={state.kind === 'edit' ? state.committee.id : 'new'} committee={state.kind === 'edit' ? (current ?? state.committee) : null} onSaved={onSaved} onCancel={onClose} />}
    </FormDialog>
  );
}
