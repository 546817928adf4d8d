/** The weekly schedule: one row per day, Monday to Sunday, with the hours and the time slots, and the live total. */
import { Table, Text, Textarea, TextInput } from '@mantine/core';
import type { InternshipFormType } from './form-type';
import { WEEKDAY_LABELS, WEEKDAYS, weeklyTotal } from './form-values';
import { NumberField } from '../../../lib/NumberField';
import { INTERNSHIP_FIELDS as F } from '@shared/fields/internship';

export function ScheduleTable({ form }: { form: InternshipFormType }) {
  const total = weeklyTotal(form.getValues().weeklySchedule);
  return (
    <>
      <Table withTableBorder verticalSpacing={4} maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Giorno</Table.Th>
            <Table.Th w={140}>Ore</Table.Th>
            <Table.Th>Fascia oraria</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {WEEKDAYS.map((d) => (
            <Table.Tr key={d}>
              <Table.Td>{WEEKDAY_LABELS[d]}</Table.Td>
              <Table.Td>
                <NumberField
                  aria-label={`Ore di ${WEEKDAY_LABELS[d].toLowerCase()}`}
                  size="xs"
                  step={0.5}
                  {...form.getInputProps(`weeklySchedule.${d}`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`Fascia oraria di ${WEEKDAY_LABELS[d].toLowerCase()}`}
                  size="xs"
                  placeholder="es. 9–13"
                  {...form.getInputProps(`weeklySlots.${d}`)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Totale settimanale</Table.Th>
            <Table.Th colSpan={2}>
              <Text fw={700} data-testid="weekly-total">
                {total.toLocaleString('it-IT')} ore
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Textarea label={F.scheduleNotes.label} autosize minRows={1} {...form.getInputProps('scheduleNotes')} />
    </>
  );
}
