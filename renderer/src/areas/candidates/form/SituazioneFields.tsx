/** Situazione tab: where the person stands towards work, the public services and this office. */
import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import {
  BENEFITS,
  BENEFIT_LABELS,
  CANDIDATE_STATUSES,
  CANDIDATE_STATUS_LABELS,
  EMPLOYMENT_STATUSES,
  EMPLOYMENT_STATUS_LABELS,
  RESTRICTED_LABEL,
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
} from '../../../../../shared/api/candidates';
import { DateField } from '../../../lib/DateField';
import type { CandidateForm } from './form-type';
import { options } from './options';
import { Section } from './Section';

interface SituazioneProps {
  form: CandidateForm;
  operators: { id: string; name: string }[];
  /** The stored category is one this role may not see: it stays as it is. */
  categoryHidden: boolean;
}

export function SituazioneFields({ form, operators, categoryHidden }: SituazioneProps) {
  return (
    <Stack>
      <Section title="Presso lo sportello">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Stato" withAsterisk allowDeselect={false} data={options(CANDIDATE_STATUSES, CANDIDATE_STATUS_LABELS)} {...form.getInputProps('status')} />
          <Select
            label="Operatore di riferimento"
            placeholder="Nessuno"
            clearable
            searchable
            nothingFoundMessage="Nessun operatore con questo nome"
            data={operators.map((o) => ({ value: o.id, label: o.name }))}
            {...form.getInputProps('operatorId')}
          />
        </SimpleGrid>
      </Section>

      <Section title="Situazione lavorativa">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Condizione lavorativa" placeholder="Scegli…" clearable data={options(EMPLOYMENT_STATUSES, EMPLOYMENT_STATUS_LABELS)} {...form.getInputProps('employmentStatus')} />
          <Select
            label="Categoria"
            description={categoryHidden ? 'Dato riservato: la modifica un coordinatore' : 'Decide la durata massima del tirocinio'}
            placeholder={categoryHidden ? RESTRICTED_LABEL : 'Scegli…'}
            disabled={categoryHidden}
            clearable
            data={options(TARGET_CATEGORIES, TARGET_CATEGORY_LABELS)}
            {...form.getInputProps('targetCategory')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label="Data della DID" description="Dichiarazione di immediata disponibilità" {...form.getInputProps('didDate')} />
          <TextInput label="Centro per l’impiego" description="Dove è stata resa la DID" placeholder="es. CPI Torino" {...form.getInputProps('cpi')} />
        </SimpleGrid>
        <Checkbox.Group label="Sostegni al reddito" description="Lascia tutto vuoto se non ne riceve" {...form.getInputProps('benefits')}>
          <Group mt={6}>
            {BENEFITS.map((b) => (
              <Checkbox key={b} value={b} label={BENEFIT_LABELS[b]} />
            ))}
          </Group>
        </Checkbox.Group>
      </Section>
    </Stack>
  );
}
