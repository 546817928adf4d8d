/** Disponibilità tab: when, how much and where the person can work, and how they get there. */
import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DRIVING_LICENCES, SHIFTS, SHIFT_LABELS } from '@shared/api/candidates';
import { agree } from '@shared/text/agreement';
import { ChipChoice } from '../../../components/ChipChoice';
import { DateField } from '../../../lib/DateField';
import type { CandidateForm } from './form-type';
import { options } from './options';
import { Section } from '../../../components/Section';
import { NumberField } from '../../../lib/NumberField';
import { CANDIDATE_FIELDS as F } from '@shared/fields/candidate';

export function DisponibilitaFields({ form }: { form: CandidateForm }) {
  const values = form.getValues();
  return (
    <Stack>
      <Section title="Disponibilità">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label={F.availableFrom.label} description={F.availableFrom.help} {...form.getInputProps('availableFrom')} />
          <NumberField label={F.hoursPerWeek.label} description={F.hoursPerWeek.help} {...form.getInputProps('hoursPerWeek')} />
          <TextInput label={F.availabilityArea.label} description={F.availabilityArea.help} placeholder="es. Torino e prima cintura" {...form.getInputProps('availabilityArea')} />
        </SimpleGrid>
        <ChipChoice
          label={F.shifts.label}
          description={F.shifts.help}
          options={options(SHIFTS, SHIFT_LABELS)}
          value={values.shifts}
          onChange={(v) => form.setFieldValue('shifts', v)}
          error={form.errors.shifts}
        />
      </Section>

      <Section title="Patenti e mezzi">
        <ChipChoice
          label={F.drivingLicences.label}
          options={DRIVING_LICENCES.map((l) => ({ value: l, label: l }))}
          value={values.drivingLicences}
          onChange={(v) => form.setFieldValue('drivingLicences', v)}
          error={form.errors.drivingLicences}
        />
        <Checkbox label={`${agree(values.sex, F.ownVehicle.label)}: ${F.ownVehicle.help}`} {...form.getInputProps('ownVehicle', { type: 'checkbox' })} />
      </Section>
    </Stack>
  );
}
