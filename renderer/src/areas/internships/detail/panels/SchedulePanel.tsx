/**
 * When the intern is there: the weekly schedule with its time slots, the period and its length, the
 * hours planned over the whole file, the suspensions, and the public holidays that fall on working
 * days (no hours are planned on them, and they are not made up elsewhere).
 */
import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { SUSPENSION_REASON_LABELS, type Internship } from '@shared/api/internship-fields';
import { durationInMonths, holidayName, isoWeekday, italianHolidays, parseIso, type IsoWeekday, type LocalHoliday } from '@shared/rules/calendar';
import { plannedHours, weeklyHours, type WeeklySchedule } from '@shared/rules/working-hours';
import { today as todayInRome } from '@shared/validation/italian-time';
import { formatDate, formatHours, formatOneDecimal } from '../../../../lib/format';
import { WEEKDAY_LABELS, WEEKDAYS } from '../../form/form-values';
import { Field } from './Field';


/** Holidays of the file's period that fall on a day the schedule works. */
function holidaysOnWorkingDays(schedule: WeeklySchedule, from: string, to: string, local: readonly LocalHoliday[]): string[] {
  const days: string[] = [];
  for (let year = parseIso(from).year; year <= parseIso(to).year; year++) {
    for (const iso of italianHolidays(year, local)) {
      if (iso >= from && iso <= to && schedule[isoWeekday(iso)] > 0) days.push(iso);
    }
  }
  return days;
}

export function SchedulePanel({ file: f }: { file: Internship }) {
  const schedule = f.weeklySchedule as WeeklySchedule | null;
  const end = f.actualEndDate ?? f.plannedEndDate;
  const period = f.startDate && end && end >= f.startDate ? { from: f.startDate, to: end } : null;
  // An open suspension counts up to today, as in the attendance register.
  const today = todayInRome();
  const closed = f.suspensions.map((s) => ({ from: s.from, to: s.to ?? (today < s.from ? s.from : today) }));
  const excluded = f.suspensions.filter((s) => s.excluded && s.to !== null).map((s) => ({ from: s.from, to: s.to! }));
  // The same patron day the core plans with, so the total here is the register's and the PFI's.
  const local: LocalHoliday[] = f.patronDay ? [{ rule: f.patronDay.rule, name: f.patronDay.saint ?? '' }] : [];
  const holidays = schedule && period ? holidaysOnWorkingDays(schedule, period.from, period.to, local) : [];

  return (
    <Stack>
      <Card withBorder>
        <Title order={4} mb="sm">
          Orario settimanale
        </Title>
        {schedule ? (
          <Table withTableBorder verticalSpacing={4} maw={560} aria-label="Orario settimanale">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Giorno</Table.Th>
                <Table.Th ta="right">Ore</Table.Th>
                <Table.Th>Fascia oraria</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {WEEKDAYS.map((d) => {
                const h = schedule[Number(d) as IsoWeekday];
                return (
                  <Table.Tr key={d} c={h > 0 ? undefined : 'dimmed'}>
                    <Table.Td>{WEEKDAY_LABELS[d]}</Table.Td>
                    <Table.Td ta="right">{h > 0 ? formatHours(h) : '—'}</Table.Td>
                    <Table.Td>{h > 0 ? (f.weeklySlots?.[Number(d) as IsoWeekday] ?? '') : 'riposo'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>Totale</Table.Th>
                <Table.Th ta="right">{formatHours(weeklyHours(schedule))} h</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        ) : (
          <Text c="dimmed">L’orario non è ancora indicato: si compila modificando la pratica in bozza.</Text>
        )}
        {f.scheduleNotes && (
          <Text size="sm" mt="sm">
            {f.scheduleNotes}
          </Text>
        )}
      </Card>

      <Card withBorder>
        <Title order={4} mb="sm">
          Periodo
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <Field label="Inizio">{formatDate(f.startDate)}</Field>
          <Field label={f.actualEndDate ? 'Fine effettiva' : 'Fine prevista'}>{formatDate(end)}</Field>
          <Field label="Durata">{period ? `${formatOneDecimal(Math.floor(durationInMonths(period.from, period.to, excluded) * 10) / 10)} mesi` : '—'}</Field>
          <Field label={f.suspensions.some((s) => s.to === null) ? 'Ore previste in tutto (sospensione in corso contata fino a oggi)' : 'Ore previste in tutto'}>{schedule && period ? `${formatHours(plannedHours(schedule, period, { suspensions: closed, localHolidays: local }))} h` : '—'}</Field>
        </SimpleGrid>
        {f.suspensions.length > 0 && (
          <Stack gap={2} mt="md">
            <Text size="xs" c="dimmed">
              Sospensioni
            </Text>
            {f.suspensions.map((s) => (
              <Text key={s.id} size="sm">
                {formatDate(s.from)} – {s.to ? formatDate(s.to) : 'in corso'}: {SUSPENSION_REASON_LABELS[s.reason]}
                {s.excluded ? ' (non conta nella durata massima e sposta la fine)' : ''}
              </Text>
            ))}
          </Stack>
        )}
        {holidays.length > 0 && (
          <Stack gap={2} mt="md">
            <Text size="xs" c="dimmed">
              Festività in giorni di tirocinio (nessuna ora prevista)
            </Text>
            <Group gap="xs">
              {holidays.map((d) => (
                <Text key={d} size="sm" title={holidayName(d, local) ?? undefined}>
                  {formatDate(d)}
                </Text>
              ))}
            </Group>
          </Stack>
        )}
        <Text size="xs" c="dimmed" mt="md">
          {f.patronDay
            ? `Festa patronale di ${f.patronDay.comune}: ${f.patronDay.ruleText}${f.patronDay.saint ? ` (${f.patronDay.saint})` : ''}, nessuna ora prevista.`
            : 'Nessuna festa patronale nota per il comune della sede: se c’è, un coordinatore la aggiunge in Impostazioni › Feste patronali.'}
        </Text>
      </Card>
    </Stack>
  );
}
