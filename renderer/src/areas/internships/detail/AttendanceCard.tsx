/**
 * The attendance register: for each month the planned hours (schedule, holidays and suspensions
 * taken out), the hours attended as typed by the desk — as the month's total or day by day
 * (AttendanceDays) —, attendance and the allowance due, split between host and project. A
 * coordinator closes a month; after that only a coordinator corrects it.
 */
import { formatCents } from '../../../../../shared/format/money';
import { Badge, Button, Card, Group, NumberInput, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AttendanceMonthView, AttendanceView } from '../../../../../shared/api/internships';
import type { Internship } from '../../../../../shared/api/internship-fields';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/useApiQuery';
import { useSession } from '../../../auth/AuthProvider';
import { formatHours, formatPercent } from '../../../lib/format';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { italianDate } from '../../../../../shared/validation/italian-time';
import { AttendanceDays } from './AttendanceDays';

type EntryMode = 'totale' | 'giorni';

const monthName = (key: string) => new Date(`${key}-01T12:00:00Z`).toLocaleDateString('it-IT', { month: 'long', year: 'numeric' });

export function AttendanceCard({ file }: { file: Internship }) {
  const session = useSession();
  const query = useApiQuery('internships.attendance', { id: file.id }, file.hlc);
  const sheet = query.data;
  const running = ['attivo', 'sospeso', 'concluso', 'interrotto'].includes(file.status);

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>Registro presenze e indennità</Title>
        {query.error && <Text c="red">{query.error}</Text>}
        {sheet?.missing && <Text size="sm">{sheet.missing}</Text>}
        {!running && <Text size="sm" c="dimmed">Le ore si registrano da quando il tirocinio è avviato.</Text>}
        {sheet && !sheet.missing && (
          <>
            <Table aria-label="Registro presenze" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Mese</Table.Th>
                  <Table.Th ta="right">Ore previste</Table.Th>
                  <Table.Th>Ore svolte</Table.Th>
                  <Table.Th ta="right">Presenza</Table.Th>
                  <Table.Th ta="right">Indennità dovuta</Table.Th>
                  <Table.Th ta="right">Ospitante / progetto</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sheet.months.map((m) => (
                  <MonthRow
                    key={m.month}
                    file={file}
                    sheet={sheet}
                    month={m}
                    editable={running}
                    canClose={session.can('attendance.close')}
                    onChanged={query.reload}
                  />
                ))}
              </Table.Tbody>
            </Table>
            <Group gap="xl">
              <Text size="sm">
                Presenza complessiva: <b>{formatPercent(sheet.attendance)}</b>
              </Text>
              <Text size="sm">
                Indennità dovuta finora: <b>{formatCents(sheet.dueCents)}</b> (ospitante {formatCents(sheet.hostCents)}, progetto {formatCents(sheet.projectCents)})
              </Text>
              <Badge color={sheet.certificateReachable ? 'green' : 'orange'} variant="light">
                {sheet.certificateReachable ? 'Attestazione finale raggiungibile (≥ 70%)' : 'Presenza sotto il 70%: niente attestazione finale'}
              </Badge>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}

interface MonthRowProps {
  file: Internship;
  sheet: AttendanceView;
  month: AttendanceMonthView;
  editable: boolean;
  canClose: boolean;
  onChanged(): void;
}

function MonthRow({ file, sheet, month, editable, canClose, onChanged }: MonthRowProps) {
  const fileId = file.id;
  const [value, setValue] = useState<number | string>(month.attendedHours ?? '');
  // After a save (here or day by day) the field shows the month's new total.
  const [shownTotal, setShownTotal] = useState(month.attendedHours);
  if (shownTotal !== month.attendedHours) {
    setShownTotal(month.attendedHours);
    setValue(month.attendedHours ?? '');
  }
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<EntryMode>(month.daily ? 'giorni' : 'totale');
  const [showDays, setShowDays] = useState(false);
  const locked = month.closedAt !== null && !canClose;
  const currentMonth = italianDate(new Date()).slice(0, 7);
  // Hours are entered for a month under way or past; the core refuses the months ahead.
  const writable = editable && !locked && month.month <= currentMonth;
  // The grid opens when «Giorno per giorno» is chosen, or on request for a month entered that way.
  const hasDays = writable ? mode === 'giorni' : month.daily !== null;
  const daysOpen = showDays && hasDays;
  const daysToggle = (
    <Button size="compact-xs" variant="subtle" onClick={() => setShowDays((v) => !v)} aria-expanded={showDays}>
      {showDays ? 'Nascondi i giorni' : 'Vedi i giorni'}
    </Button>
  );

  async function save() {
    setBusy(true);
    try {
      await api.call('internships.setAttendance', { id: fileId, month: month.month, attendedHours: Number(value) });
      showSaved(`Ore di ${monthName(month.month)} registrate.`);
      onChanged();
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }

  async function close() {
    setBusy(true);
    try {
      await api.call('internships.closeMonth', { id: fileId, month: month.month });
      showSaved(`${monthName(month.month)} chiuso.`);
      onChanged();
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Table.Tr data-testid="attendance-month">
        <Table.Td style={{ textTransform: 'capitalize', whiteSpace: 'nowrap' }}>{monthName(month.month)}</Table.Td>
        <Table.Td ta="right">{formatHours(month.plannedHours)}</Table.Td>
        <Table.Td>
          {writable && (
            <SegmentedControl
              size="xs"
              mb={4}
              aria-label={`Come inserire le ore di ${monthName(month.month)}`}
              value={mode}
              onChange={(v) => {
                setMode(v as EntryMode);
                setShowDays(v === 'giorni');
              }}
              data={[
                { value: 'totale', label: 'Totale del mese' },
                { value: 'giorni', label: 'Giorno per giorno' },
              ]}
            />
          )}
          {writable && mode === 'giorni' ? (
            <Group gap={6}>
              <Text size="sm">{month.daily ? `${formatHours(month.attendedHours ?? 0)} (giorno per giorno)` : 'Scrivi le ore nei giorni'}</Text>
              {daysToggle}
            </Group>
          ) : writable ? (
            <Group gap={4} wrap="nowrap">
              <NumberInput
                aria-label={`Ore svolte a ${monthName(month.month)}`}
                w={110}
                size="xs"
                min={0}
                max={400}
                decimalScale={2}
                decimalSeparator=","
                value={value}
                onChange={setValue}
              />
              <Button
                size="compact-xs"
                variant="light"
                loading={busy}
                disabled={value === '' || (Number(value) === month.attendedHours && month.daily === null)}
                onClick={() => void save()}
              >
                Salva
              </Button>
            </Group>
          ) : (
            <Group gap={6}>
              <Text size="sm">{month.attendedHours === null ? '—' : formatHours(month.attendedHours)}</Text>
              {month.daily && daysToggle}
            </Group>
          )}
          {writable && mode === 'totale' && month.daily && (
            <Text size="xs" c="dimmed" mt={2}>
              Salvando il totale, le ore dei singoli giorni si cancellano.
            </Text>
          )}
        </Table.Td>
        <Table.Td ta="right">{formatPercent(month.attendance)}</Table.Td>
        <Table.Td ta="right">
          {month.attendedHours === null ? '—' : formatCents(month.dueCents)}
          {month.attendedHours !== null && !month.full && (
            <Text size="xs" c="orange.8">
              ridotta (sotto il {Math.round(sheet.attendanceThreshold * 100)}%)
            </Text>
          )}
        </Table.Td>
        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
          {month.attendedHours === null ? '—' : `${formatCents(month.hostCents)} / ${formatCents(month.projectCents)}`}
        </Table.Td>
        <Table.Td>
          {month.closedAt ? (
            <Badge variant="light" color="gray">
              Chiuso
            </Badge>
          ) : (
            canClose &&
            month.attendedHours !== null && (
              <Button size="compact-xs" variant="subtle" loading={busy} onClick={() => void close()}>
                Chiudi il mese
              </Button>
            )
          )}
        </Table.Td>
      </Table.Tr>
      {daysOpen && (
        <Table.Tr>
          <Table.Td colSpan={7} bg="gray.0">
            <AttendanceDays
              key={month.month}
              fileId={fileId}
              month={month}
              monthLabel={monthName(month.month)}
              funding={file.funding ?? { kind: 'ospitante' }}
              attendanceThreshold={sheet.attendanceThreshold}
              editable={writable}
              onSaved={onChanged}
            />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
