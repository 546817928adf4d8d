/**
 * The internship file form, for a new file (prefilled by the caller) and for changes to a draft.
 * A failed save keeps every typed value and marks the fields; a change saved meanwhile by someone
 * else can be taken in without losing what was typed here; the regional rules are checked live.
 */
import { Flex, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { INSURER_LABELS, INSURERS, INTERNSHIP_TYPE_LABELS, type Internship, type InternshipInput, type InternshipType } from '@shared/api/internships';
import { DateField } from '../../../lib/DateField';
import { SaveAlerts } from '../../../lib/SaveConflictAlerts';
import { RecordFormFooter, RecordFormTitle } from '../../../lib/RecordFormParts';
import type { RecordForm, RecordFormOptions } from '../../../lib/useRecordForm';
import { Section } from '../../../components/Section';
import { DeclarationsFields } from './DeclarationsFields';
import { FindingsAside } from './FindingsAside';
import { FundingFields } from './FundingFields';
import { toFormErrors, toFormValues, toInternshipInput, type InternshipFormValues } from './form-values';
import { LiveFindings } from './LiveFindings';
import { PartiesFields } from './PartiesFields';
import { ProfessionFields } from './ProfessionFields';
import { ScheduleTable } from './ScheduleTable';
import { NumberField } from '../../../lib/NumberField';
import { INTERNSHIP_FIELDS as F } from '@shared/fields/internship';

/** How a file is read, checked and saved, for the new-file and the edit page alike (lib/useRecordForm.ts). */
export const INTERNSHIP_RECORD: Omit<RecordFormOptions<Internship, InternshipInput, InternshipFormValues>, 'id' | 'blank'> = {
  get: 'internships.get',
  create: 'internships.create',
  update: 'internships.update',
  toForm: toFormValues,
  toInput: toInternshipInput,
  toFormErrors,
  savedMessage: (saved) => `Pratica ${saved.number} salvata.`,
  path: '/tirocini',
};

const TYPE_OPTIONS = (Object.keys(INTERNSHIP_TYPE_LABELS) as InternshipType[]).map((value) => ({ value, label: INTERNSHIP_TYPE_LABELS[value] }));

interface InternshipFormProps {
  record: RecordForm<Internship, InternshipFormValues>;
  /** Names of the parties already chosen by the page that opened a new file. */
  known?: { candidateName?: string | null; associationName?: string | null };
}

export function InternshipForm({ record, known }: InternshipFormProps) {
  const { form, base } = record;
  const input = toInternshipInput(form.getValues());

  return (
    // The form beside its live findings (FindingsAside): they stay in view while the form scrolls.
    <Flex direction={{ base: 'column-reverse', md: 'row' }} align={{ base: 'stretch', md: 'flex-start' }} gap="lg">
      <form {...record.formProps} style={{ flex: 1, minWidth: 0, maxWidth: 1000 }}>
        <Stack>
          <RecordFormTitle
            title={base ? `Modifica la pratica ${base.number}` : 'Nuova pratica di tirocinio'}
            note="I campi con * sono obbligatori già in bozza; gli altri servono per mandare la pratica in firma."
          />

          <SaveAlerts state={record} />

          <Section title="Parti">
            <PartiesFields form={form} base={base} known={known} />
          </Section>

          <Section title="Tutor dell’ospitante">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={F.hostTutorName.short} {...form.getInputProps('hostTutorName')} />
              <TextInput label={F.hostTutorTaxCode.short} maxLength={16} styles={{ input: { textTransform: 'uppercase' } }} {...form.getInputProps('hostTutorTaxCode')} />
              <TextInput label={F.hostTutorRole.short} {...form.getInputProps('hostTutorRole')} />
              <NumberField label={F.hostTutorYears.short} {...form.getInputProps('hostTutorYears')} />
            </SimpleGrid>
          </Section>

          <Section title="Tipo">
            <Select label={F.type.label} withAsterisk data={TYPE_OPTIONS} maw={480} {...form.getInputProps('type')} />
          </Section>

          <Section title="Date">
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={480}>
              <DateField label={F.startDate.label} {...form.getInputProps('startDate')} />
              <DateField label="Data di fine prevista" {...form.getInputProps('plannedEndDate')} />
            </SimpleGrid>
          </Section>

          <Section title="Orario" description="Ore per giorno (fino a 12, anche con decimali: 7,5) e fascia oraria in parole.">
            <ScheduleTable form={form} />
          </Section>

          <Section title="Indennità e finanziamento">
            <FundingFields form={form} />
          </Section>

          <Section title="Dichiarazioni e Portale Tirocini">
            <DeclarationsFields form={form} />
          </Section>

          <Section title="Assicurazioni">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={F.insurer.label}
                description={F.insurer.help}
                allowDeselect={false}
                data={INSURERS.map((v) => ({ value: v, label: INSURER_LABELS[v] }))}
                {...form.getInputProps('insurer')}
              />
              <div />
              <TextInput label={F.inailPosition.label} {...form.getInputProps('inailPosition')} />
              <TextInput label={F.liabilityPolicy.label} {...form.getInputProps('liabilityPolicy')} />
            </SimpleGrid>
          </Section>

          <Section title="Progetto formativo">
            <Textarea label={F.goals.label} autosize minRows={2} {...form.getInputProps('goals')} />
            <Textarea label={F.activities.label} autosize minRows={2} {...form.getInputProps('activities')} />
            <TagsInput
              label={F.skillsToAcquire.label}
              description={F.skillsToAcquire.help}
              clearable
              {...form.getInputProps('skillsToAcquire')}
            />
            <ProfessionFields form={form} />
            <TextInput label={F.atlanteRef.label} maw={480} {...form.getInputProps('atlanteRef')} />
            <Textarea label={F.safetyTraining.label} autosize minRows={2} {...form.getInputProps('safetyTraining')} />
          </Section>

          <Section title="Note">
            <Textarea aria-label="Note" autosize minRows={2} {...form.getInputProps('notes')} />
          </Section>

          <RecordFormFooter state={record} saveLabel="Salva la pratica" />
        </Stack>
      </form>
      <FindingsAside>
        <LiveFindings id={base?.id ?? null} input={input} initial={record.record?.findings} />
      </FindingsAside>
    </Flex>
  );
}
