/** A date box the Italian way: typed or picked, shown as dd/mm/yyyy, kept as 'YYYY-MM-DD'. */
import { DateInput, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/it';
import { parseItalianDate } from './italian-date';

export function DateField(props: DateInputProps) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="gg/mm/aaaa"
      locale="it"
      clearable
      dateParser={parseItalianDate}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
