/** Editing the art. 9 data: same rules (and Italian messages) as the core, checked before sending. */
import { Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { candidateSpecialFields, type CandidateSpecial, type CandidateSpecialInput } from '@shared/api/candidates';
import { api } from '../../../api/client';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { CANDIDATE_FIELD_LABELS as L } from '../labels';
import { NumberField } from '../../../lib/NumberField';

interface Values {
  /** NumberInput gives '' when empty. */
  disabilityPercent: number | string;
  healthNotes: string;
  socialServicesCare: boolean;
  socialServicesNotes: string;
}

function toInput(v: Values): CandidateSpecialInput {
  return {
    disabilityPercent: typeof v.disabilityPercent === 'number' ? v.disabilityPercent : null,
    healthNotes: v.healthNotes,
    socialServicesCare: v.socialServicesCare,
    socialServicesNotes: v.socialServicesNotes,
  };
}

const checkInput = zod4Resolver(candidateSpecialFields);

interface SpecialDataFormProps {
  candidateId: string;
  special: CandidateSpecial;
  onSaved(special: CandidateSpecial): void;
  onCancel(): void;
}

export function SpecialDataForm({ candidateId, special, onSaved, onCancel }: SpecialDataFormProps) {
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      disabilityPercent: special.disabilityPercent ?? '',
      healthNotes: special.healthNotes ?? '',
      socialServicesCare: special.socialServicesCare,
      socialServicesNotes: special.socialServicesNotes ?? '',
    },
    validate: (values) => checkInput(toInput(values)),
  });

  async function save(values: Values) {
    setSaving(true);
    try {
      const saved = await api.call('candidates.updateSpecial', { id: candidateId, hlc: special.hlc, data: toInput(values) });
      showSaved('I dati particolari sono aggiornati.');
      onSaved(saved);
    } catch (e) {
      showApiError(e, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))}>
      <Stack gap="sm">
        <NumberField
          label={L.disabilityPercent}
          description="Dal verbale di invalidità civile; lascia vuoto se non c’è."
          suffix="%"
          w={260}
          {...form.getInputProps('disabilityPercent')}
        />
        <Textarea label={L.healthNotes} description="Solo ciò che serve per il lavoro o il tirocinio." autosize minRows={2} maxRows={8} {...form.getInputProps('healthNotes')} />
        <Checkbox label={L.socialServicesCare} {...form.getInputProps('socialServicesCare', { type: 'checkbox' })} />
        <Textarea label={L.socialServicesNotes} description="Servizio, assistente sociale di riferimento, progetto in corso." autosize minRows={2} maxRows={6} {...form.getInputProps('socialServicesNotes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Annulla
          </Button>
          <Button type="submit" loading={saving}>
            Salva i dati particolari
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
