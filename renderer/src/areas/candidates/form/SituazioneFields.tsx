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
import { agree } from '../../../../../shared/text/agreement';
import { candidateStatusOf } from '../../../../../shared/text/person-labels';
import { DateField } from '../../../lib/DateField';
import type { CandidateForm } from './form-type';
import { options } from './options';
import { Section } from '../../../components/Section';

interface SituazioneProps {
  form: CandidateForm;
  operators: { id: string; name: string }[];
  /** The stored category is one this role may not see: it stays as it is. */
  categoryHidden: boolean;
}

export function SituazioneFields({ form, operators, categoryHidden }: SituazioneProps) {
  // The choices are said of this person: «Disoccupata», «Attiva» once the sex is known.
  const sex = form.getValues().sex;
  const said = <T extends string>(codes: readonly T[], labels: Record<T, string>) => options(codes, labels).map((o) => ({ ...o, label: agree(sex, o.label) }));
  // Until the sex is known the status keeps the list's own word («Attivo»), as a new profile opens.
  const statuses = CANDIDATE_STATUSES.map((value) => ({ value, label: sex ? candidateStatusOf(value, sex) : CANDIDATE_STATUS_LABELS[value] }));
  return (
    <Stack>
      <Section title="Presso lo sportello">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Stato" withAsterisk allowDeselect={false} data={statuses} {...form.getInputProps('status')} />
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
          <Select label="Condizione lavorativa" placeholder="Scegli…" clearable data={said(EMPLOYMENT_STATUSES, EMPLOYMENT_STATUS_LABELS)} {...form.getInputProps('employmentStatus')} />
          <Select
            label="Categoria"
            description={categoryHidden ? 'Dato riservato: la modifica un coordinatore' : 'Decide la durata massima del tirocinio'}
            placeholder={categoryHidden ? RESTRICTED_LABEL : 'Scegli…'}
            disabled={categoryHidden}
            clearable
            data={said(TARGET_CATEGORIES, TARGET_CATEGORY_LABELS)}
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
