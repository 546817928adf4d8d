/** The need's fields below the association: the role, the conditions, what is offered, the desk data. */
import { Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  DRIVING_LICENCES,
  EDUCATION_LEVEL_LABELS,
  isRestrictedCategory,
  SHIFT_LABELS,
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
  type Shift,
} from '@shared/api/candidates';
import { useSession } from '../../../auth/AuthProvider';
import { NEED_OFFER_LABELS } from '@shared/api/needs';
import { DateField } from '../../../lib/DateField';
import { ChipChoice } from '../../../components/ChipChoice';
import type { NeedForm } from './form-type';
import { NeedSkillsInput } from './NeedSkillsInput';
import { NumberField } from '../../../lib/NumberField';
import { NEED_FIELDS as F } from '@shared/fields/need';

const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

export function RoleFields({ form }: { form: NeedForm }) {
  return (
    <Stack>
      <TextInput label={F.title.label} withAsterisk placeholder="es. Addetto alla segreteria" {...form.getInputProps('title')} />
      <Textarea label={F.tasks.label} autosize minRows={2} {...form.getInputProps('tasks')} />
      <NeedSkillsInput form={form} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={F.educationLevel.label} clearable data={options(EDUCATION_LEVEL_LABELS)} {...form.getInputProps('educationLevel')} />
        <Select label={F.licence.label} clearable data={[...DRIVING_LICENCES]} {...form.getInputProps('licence')} />
      </SimpleGrid>
      <Checkbox label={F.vehicleNeeded.label} {...form.getInputProps('vehicleNeeded', { type: 'checkbox' })} />
    </Stack>
  );
}

/**
 * The protected categories are offered only to a role that may see them (decision 0026); for the
 * others, those a coordinator chose stay as they are and the field says so.
 */
function CategoriesField({ form, categoriesHidden }: { form: NeedForm; categoriesHidden: boolean }) {
  const session = useSession();
  const data = TARGET_CATEGORIES.filter((c) => session.can('candidates.special') || !isRestrictedCategory(c)).map((value) => ({
    value,
    label: TARGET_CATEGORY_LABELS[value],
  }));
  return (
    <MultiSelect
      label={F.categories.label}
      description={categoriesHidden ? 'Sono indicate anche categorie tutelate: le ha scelte un coordinatore e restano come sono' : F.categories.help}
      clearable
      data={data}
      {...form.getInputProps('categories')}
    />
  );
}

export function ConditionFields({ form, categoriesHidden }: { form: NeedForm; categoriesHidden: boolean }) {
  const v = form.getValues();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberField label={F.positions.label} withAsterisk {...form.getInputProps('positions')} />
        <NumberField label={F.hoursPerWeek.label} {...form.getInputProps('hoursPerWeek')} />
        <TextInput label={F.schedule.label} placeholder="es. 9–13 dal lunedì al venerdì" {...form.getInputProps('schedule')} />
      </SimpleGrid>
      <ChipChoice<Shift>
        label={F.shifts.label}
        options={options(SHIFT_LABELS)}
        value={v.shifts}
        onChange={(s) => form.setFieldValue('shifts', s)}
        error={form.errors.shifts}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={F.periodFrom.label} {...form.getInputProps('periodFrom')} />
        <DateField label={F.periodTo.label} {...form.getInputProps('periodTo')} />
      </SimpleGrid>
      <Checkbox.Group label={F.offers.label} withAsterisk {...form.getInputProps('offers')}>
        <Group mt={6}>
          {options(NEED_OFFER_LABELS).map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <CategoriesField form={form} categoriesHidden={categoriesHidden} />
      <Checkbox label={F.hostTutorAvailable.label} {...form.getInputProps('hostTutorAvailable', { type: 'checkbox' })} />
    </Stack>
  );
}

export function DeskFields({ form, operators }: { form: NeedForm; operators: { id: string; name: string }[] }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={F.receivedOn.label} withAsterisk clearable={false} {...form.getInputProps('receivedOn')} />
        <Select
          label={F.operatorId.label}
          clearable
          searchable
          data={operators.map((o) => ({ value: o.id, label: o.name }))}
          {...form.getInputProps('operatorId')}
        />
      </SimpleGrid>
      <Textarea label={F.notes.label} autosize minRows={2} {...form.getInputProps('notes')} />
    </Stack>
  );
}
