/**
 * One month of the attendance register day by day: a calendar grid with each day's planned hours
 * (holidays, suspended days, rest days and days outside the internship greyed with the reason) and
 * the hours attended; the total, the attendance and the allowance follow as one types. «Compila
 * come previsto» fills the planned hours, then the desk takes out the absences. «Svuota» and a save
 * clear the month (no hours entered). What is typed is held by AttendanceCard (so hiding the grid
 * keeps it) and stays on screen when saving fails.
 */
import { Alert, Badge, Box, Button, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { AttendanceMonthView, FundingInput } from '@shared/api/internships';
import { ApiCallError } from '@shared/api/errors';
import { formatCents } from '@shared/format/money';
import { monthDue } from '@shared/rules/attendance';
import { asPlanned, checkDailyHours, dayReason, sumDailyHours, WEEKDAY_SHORT, type PlannedDay } from '@shared/rules/attendance-days';
import { today as todayInRome } from '@shared/validation/italian-time';
import { api } from '../../../api/client';
import { formatHours, formatPercent } from '../../../lib/format';
import { showSaved } from '../../../lib/form-errors';
import { daysChanged, isStaleMonth, typedDaily, type TypedDays } from './attendance-drafts';
import { NumberField } from '../../../lib/NumberField';

const dayMonth = (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}`;

export interface AttendanceDaysProps {
  fileId: string;
  month: AttendanceMonthView;
  /** «marzo 2027», for labels and messages. */
  monthLabel: string;
  funding: FundingInput;
  attendanceThreshold: number;
  /** False for a closed month the user may not correct, or a file not started: the grid is read-only. */
  editable: boolean;
  /** The month's version the days were typed on, sent with the save (see `versionToSend`). */
  version: string | null;
  /** The days as typed (the stored ones until something is typed), held by the card. */
  typed: TypedDays;
  onType(change: (typed: TypedDays) => TypedDays): void;
  /** After the save: the month's new version. */
  onSaved(version: string | null): void;
  /** The month was recorded meanwhile by someone else: the card offers to show it as stored. */
  onStale(message: string): void;
}

export function AttendanceDays({ fileId, month, monthLabel, funding, attendanceThreshold, editable, version, typed, onType, onSaved, onStale }: AttendanceDaysProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; details: string[] } | null>(null);
  const today = todayInRome();

  const daily = useMemo(() => typedDaily(typed), [typed]);
  const issues = useMemo(() => checkDailyHours(month.days, daily, today), [month.days, daily, today]);
  const errors = issues.filter((i) => i.severity === 'error');
  const flagged = new Map(issues.map((i) => [i.date, i]));
  const total = sumDailyHours(daily);
  // No hours in any day: the month is not entered (no attendance, nothing due), not 0 hours.
  const due = Object.keys(daily).length > 0 ? monthDue(month, total, funding, attendanceThreshold) : null;
  const unsaved = daysChanged(daily, month);
  const threshold = formatPercent(attendanceThreshold);
  // No hours in any day: saving clears the month (not entered, not 0 hours).
  const clearing = Object.keys(daily).length === 0;

  function fillAsPlanned() {
    // Up to today in the month under way: the days still ahead are not lived yet.
    onType((current) => ({ ...current, ...asPlanned(month.days, today.startsWith(month.month) ? today : undefined) }));
  }

  async function save() {
    setBusy(true);
    setFailure(null);
    try {
      const after = await api.call('internships.setAttendance', { id: fileId, month: month.month, daily, version });
      showSaved(clearing ? `Ore di ${monthLabel} cancellate: il mese è senza ore registrate.` : `Ore di ${monthLabel} registrate giorno per giorno: ${formatHours(total)} in tutto.`);
      onSaved(after.months.find((m) => m.month === month.month)?.version ?? null);
    } catch (e) {
      if (isStaleMonth(e)) {
        onStale(e.error.message);
        return;
      }
      const error = e instanceof ApiCallError ? e.error : null;
      setFailure({
        message: error?.message ?? 'Si è verificato un errore imprevisto. Riprova.',
        details: (error?.issues ?? []).map((i) => i.message).filter((m) => m !== error?.message),
      });
    } finally {
      setBusy(false);
    }
  }

  const offset = (month.days[0]?.weekday ?? 1) - 1;
  return (
    <Stack gap="sm" data-testid="attendance-days" aria-label={`Presenze giorno per giorno di ${monthLabel}`} role="group">
      <SimpleGrid cols={7} spacing={6} verticalSpacing={6}>
        {([1, 2, 3, 4, 5, 6, 7] as const).map((w) => (
          <Text key={w} size="xs" fw={600} c="dimmed" ta="center" tt="uppercase">
            {WEEKDAY_SHORT[w]}
          </Text>
        ))}
        {Array.from({ length: offset }, (_, i) => (
          <Box key={`pad-${i}`} />
        ))}
        {month.days.map((day) => (
          <DayCell
            key={day.date}
            day={day}
            value={typed[day.date] ?? ''}
            issue={flagged.get(day.date) ?? null}
            editable={editable}
            onChange={(v) => onType((current) => ({ ...current, [day.date]: v }))}
          />
        ))}
      </SimpleGrid>

      <Group gap="lg" aria-live="polite" data-testid="attendance-days-summary">
        <Text size="sm">
          Totale: <b>{formatHours(total)} h</b> su {formatHours(month.plannedHours)} previste
        </Text>
        <Text size="sm">
          Presenza: <b>{formatPercent(due?.attendance ?? null)}</b>
        </Text>
        <Text size="sm">
          Indennità:{' '}
          {due ? (
            <>
              <b>{formatCents(due.dueCents)}</b> (ospitante {formatCents(due.hostCents)}, progetto {formatCents(due.projectCents)})
            </>
          ) : (
            <b>—</b>
          )}
        </Text>
        {due && due.attendance !== null && (
          <Badge variant="light" color={due.full ? 'green' : 'orange'}>
            {due.full ? `Piena (almeno ${threshold})` : `Ridotta (sotto il ${threshold})`}
          </Badge>
        )}
      </Group>

      {issues.length > 0 && (
        <Alert color={errors.length > 0 ? 'red' : 'yellow'} variant="light" p="xs" title={errors.length > 0 ? 'Da correggere prima di salvare' : 'Da controllare'}>
          <List size="xs" spacing={2}>
            {issues.map((i) => (
              <List.Item key={`${i.date}-${i.message}`} c={i.severity === 'error' ? 'red.8' : undefined}>
                {i.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {/* A month that became read-only (closed meanwhile) shows what is stored, so no "still here". */}
      {failure && editable && (
        <Alert color="red" variant="light" p="xs" title="Non salvato: le ore scritte sono ancora qui" role="alert">
          <Text size="sm">{failure.message}</Text>
          {failure.details.length > 0 && (
            <List size="xs">
              {failure.details.map((d) => (
                <List.Item key={d}>{d}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}

      {editable && (
        <Group gap="sm">
          <Button size="xs" variant="default" onClick={fillAsPlanned}>
            Compila come previsto
          </Button>
          <Button size="xs" variant="subtle" color="gray" disabled={Object.keys(typed).length === 0} onClick={() => onType(() => ({}))}>
            Svuota
          </Button>
          <Button size="xs" loading={busy} disabled={errors.length > 0 || !unsaved} onClick={() => void save()}>
            Salva i giorni
          </Button>
          {unsaved && (
            <Text size="xs" c="orange.8">
              {clearing ? 'Modifiche non salvate: salvando, il mese resta senza ore registrate' : 'Modifiche non salvate'}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

interface DayCellProps {
  day: PlannedDay;
  value: number | string;
  issue: { severity: 'error' | 'warning'; message: string } | null;
  editable: boolean;
  onChange(value: number | string): void;
}

function DayCell({ day, value, issue, editable, onChange }: DayCellProps) {
  const reason = dayReason(day);
  const planned = day.kind === 'lavorativo';
  // Days outside the internship or suspended take no hours: no field, unless hours were stored
  // there before a suspension or a new end changed the day (the field lets the desk clear them).
  const takesHours = (day.kind !== 'fuori' && day.kind !== 'sospeso') || value !== '';
  const label = `${WEEKDAY_SHORT[day.weekday]} ${dayMonth(day.date)}`;
  return (
    <Paper
      withBorder
      p={6}
      radius="sm"
      bg={planned ? undefined : 'gray.1'}
      data-testid="attendance-day"
      data-kind={day.kind}
      data-date={day.date}
      style={issue ? { borderColor: issue.severity === 'error' ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-yellow-6)' } : undefined}
    >
      <Text size="xs" fw={600} c={planned ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text size="xs" c={day.kind === 'festivo' ? 'red.8' : 'dimmed'} lineClamp={1} title={reason ?? undefined} h={18}>
        {reason ?? `${formatHours(day.plannedHours)} h previste`}
      </Text>
      {takesHours &&
        (editable ? (
          <NumberField
            aria-label={`Ore svolte ${label}`}
            size="xs"
            hideControls
            placeholder="—"
            value={value}
            onChange={onChange}
            error={issue?.severity === 'error'}
          />
        ) : (
          <Text size="sm" ta="right">
            {value === '' ? '—' : formatHours(Number(value))}
          </Text>
        ))}
    </Paper>
  );
}
