/** Situazione tab: where the person stands towards work, the public services and this office. */
import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import {
  BENEFITS,
  BENEFIT_LABELS,
  CANDIDATE_STATUSES,
  CANDIDATE_STATUS_LABELS,
  EMPLOYMENT_STATUSES,
  EMPLOYMENT_STATUS_LABELS,
  isRestrictedCategory,
  RESTRICTED_LABEL,
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
} from '@shared/api/candidates';
import { agree } from '@shared/text/agreement';
import { candidateStatusOf } from '@shared/text/person-labels';
import { DateField } from '../../../lib/DateField';
import type { CandidateForm } from './form-type';
import { options } from './options';
import { Section } from '../../../components/Section';
import { CANDIDATE_FIELDS as F } from '@shared/fields/candidate';
import { useSession } from '../../../auth/AuthProvider';

interface SituazioneProps {
  form: CandidateForm;
  operators: { id: string; name: string }[];
  /** The stored category is one this role may not see: it stays as it is. */
  categoryHidden: boolean;
}

export function SituazioneFields({ form, operators, categoryHidden }: SituazioneProps) {
  const session = useSession();
  // A restricted category is art. 9 data: only a role that may see it may assign it (the core refuses otherwise).
  const categories = TARGET_CATEGORIES.filter((c) => session.can('candidates.special') || !isRestrictedCategory(c));
  // The choices are said of this person: «Disoccupata», «Attiva» once the sex is known.
  const sex = form.getValues().sex;
  const said = <T extends string>(codes: readonly T[], labels: Record<T, string>) => options(codes, labels).map((o) => ({ ...o, label: agree(sex, o.label) }));
  // Until the sex is known the status keeps the list's own word («Attivo»), as a new profile opens.
  const statuses = CANDIDATE_STATUSES.map((value) => ({ value, label: sex ? candidateStatusOf(value, sex) : CANDIDATE_STATUS_LABELS[value] }));
  return (
    <Stack>
      <Section title="Presso lo sportello">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={F.status.label} withAsterisk allowDeselect={false} data={statuses} {...form.getInputProps('status')} />
          <Select
            label={F.operatorId.label}
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
          <Select label={F.employmentStatus.label} placeholder="Scegli…" clearable data={said(EMPLOYMENT_STATUSES, EMPLOYMENT_STATUS_LABELS)} {...form.getInputProps('employmentStatus')} />
          <Select
            label={F.targetCategory.label}
            description={categoryHidden ? 'Dato riservato: la modifica un coordinatore' : F.targetCategory.help}
            placeholder={categoryHidden ? RESTRICTED_LABEL : 'Scegli…'}
            disabled={categoryHidden}
            clearable
            data={said(categories, TARGET_CATEGORY_LABELS)}
            {...form.getInputProps('targetCategory')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={F.didDate.label} description={F.didDate.help} {...form.getInputProps('didDate')} />
          <TextInput label={F.cpi.label} description={F.cpi.help} placeholder="es. CPI Torino" {...form.getInputProps('cpi')} />
        </SimpleGrid>
        <Checkbox.Group label={F.benefits.label} description={F.benefits.help} {...form.getInputProps('benefits')}>
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
