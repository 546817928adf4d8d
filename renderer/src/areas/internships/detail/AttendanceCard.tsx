/**
 * The attendance register: for each month the planned hours (schedule, holidays and suspensions
 * taken out), the hours attended as typed by the desk — as the month's total or day by day
 * (AttendanceDays) —, attendance and the allowance due, split between host and project. A
 * coordinator closes a month; after that only a coordinator corrects it.
 *
 * Hours typed and not saved are kept here per month (attendance-drafts.ts), so hiding the days or
 * switching between total and days keeps them, and leaving the page with them asks first. Each
 * save sends the version of the month it was typed on: a month recorded meanwhile elsewhere is
 * not overwritten, what was typed stays, and the desk can ask for the month as stored («Ricarica»).
 * The register refreshes itself after every save (decision 0018); the drafts do not follow it.
 */
import { formatCents } from '@shared/format/money';
import { Alert, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { attendedHoursField, type AttendanceMonthView, type AttendanceView } from '@shared/api/internships';
import { ApiCallError } from '@shared/api/errors';
import type { Internship } from '@shared/api/internship-fields';
import { italianMonth } from '@shared/rules/calendar';
import { api, errorMessage } from '../../../api/client';
import { apiQuery } from '../../../api/query';
import { useSession } from '../../../auth/AuthProvider';
import { formatHours, formatPercent } from '../../../lib/format';
import { CertificateBadge } from './CertificateBadge';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { NumberField } from '../../../lib/NumberField';
import { UnsavedChangesModal } from '../../../lib/UnsavedChangesModal';
import { useUnsavedChangesGuard } from '../../../lib/useUnsavedChangesGuard';
import { today } from '@shared/validation/italian-time';
import { AttendanceDays } from './AttendanceDays';
import { draftToType, draftUnsaved, isStaleMonth, liveDraft, totalChanged, versionToSend, withoutSaved, type MonthDraft } from './attendance-drafts';

type EntryMode = 'totale' | 'giorni';

/**
 * Whether the desk can write the month's hours: a file under way, a month not closed (or closed
 * and the user a coordinator), a month under way or past (the core refuses the months ahead).
 */
function monthWritable(month: AttendanceMonthView, running: boolean, canClose: boolean): boolean {
  return running && (month.closedAt === null || canClose) && month.month <= today().slice(0, 7);
}

/** Why a month's total as typed ('-', −10, 500) is refused, in the contract's words; null when it can be saved. */
function totalProblem(typed: number | string): string | null {
  const parsed = attendedHoursField.safeParse(Number(typed));
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
}

/** «marzo 2027» from '2027-03'. */
const monthName = (key: string) => italianMonth(Number(key.slice(0, 4)), Number(key.slice(5, 7)));

export function AttendanceCard({ file }: { file: Internship }) {
  const session = useSession();
  // Saves refresh it through the client; `refetch` stays for «Ricarica», after a stale refusal, which
  // refreshes nothing. Kept on screen while read again after the unlock's empty cache, as the file is.
  const query = useQuery({
    ...apiQuery('internships.attendance', { id: file.id }),
    placeholderData: (previous) => (previous?.internshipId === file.id ? previous : undefined),
  });
  const sheet = query.data;
  const running = ['attivo', 'sospeso', 'concluso', 'interrotto'].includes(file.status);
  const canClose = session.can('attendance.close');
  const [drafts, setDrafts] = useState<Record<string, MonthDraft>>({});
  // A month that became read-only meanwhile (closed by a coordinator) shows what is stored.
  const draftOf = (m: AttendanceMonthView) => (monthWritable(m, running, canClose) ? liveDraft(drafts[m.month], m) : undefined);
  const unsaved = (sheet?.months ?? []).filter((m) => draftUnsaved(draftOf(m), m));
  const blocker = useUnsavedChangesGuard(() => unsaved.length > 0);
  useEffect(() => {
    if (sheet) setDrafts((all) => withoutSaved(all, sheet.months));
  }, [sheet]);

  const setDraft = (month: AttendanceMonthView, change: (draft: MonthDraft) => MonthDraft) =>
    setDrafts((all) => ({ ...all, [month.month]: change(draftToType(all[month.month], month)) }));
  const markSaved = (key: string, version: string | null) => setDrafts((all) => (all[key] ? { ...all, [key]: { ...all[key], savedAs: version } } : all));
  const dropDraft = (key: string) =>
    setDrafts((all) => {
      const rest = { ...all };
      delete rest[key];
      return rest;
    });

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>Registro presenze e indennità</Title>
        {query.error && <Text c="red">{errorMessage(query.error)}</Text>}
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
                    draft={draftOf(m)}
                    onDraft={(change) => setDraft(m, change)}
                    writable={monthWritable(m, running, canClose)}
                    canClose={canClose}
                    onSaved={(version) => markSaved(m.month, version)}
                    onDiscard={() => {
                      dropDraft(m.month);
                      void query.refetch();
                    }}
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
              <CertificateBadge sheet={sheet} closed={file.status === 'concluso' || file.status === 'interrotto'} />
            </Group>
            {unsaved.length > 0 && (
              <Text size="sm" c="orange.8" data-testid="attendance-unsaved">
                Ore scritte e non salvate: {unsaved.map((m) => monthName(m.month)).join(', ')}.
              </Text>
            )}
          </>
        )}
      </Stack>
      <UnsavedChangesModal blocker={blocker} />
    </Card>
  );
}

interface MonthRowProps {
  file: Internship;
  sheet: AttendanceView;
  month: AttendanceMonthView;
  /** What was typed for the month and not saved yet, kept by the card. */
  draft: MonthDraft | undefined;
  onDraft(change: (draft: MonthDraft) => MonthDraft): void;
  /** Whether the user can write the month's hours now (see `monthWritable`). */
  writable: boolean;
  canClose: boolean;
  /** After a save of the month's hours: the version the month has now. */
  onSaved(version: string | null): void;
  /** Drops what was typed for the month and shows it as stored now. */
  onDiscard(): void;
}

function MonthRow({ file, sheet, month, draft, onDraft, writable, canClose, onSaved, onDiscard }: MonthRowProps) {
  const fileId = file.id;
  const value = draft?.total ?? month.attendedHours ?? '';
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<EntryMode>(month.daily ? 'giorni' : 'totale');
  const [showDays, setShowDays] = useState(false);
  /** A save refused because the month was recorded meanwhile elsewhere. */
  const [stale, setStale] = useState<string | null>(null);
  /** Why the total typed cannot be saved, shown beside its box. */
  const [totalError, setTotalError] = useState<string | null>(null);
  const totalBox = useRef<HTMLInputElement>(null);
  // The grid opens when «Giorno per giorno» is chosen, or on request for a month entered that way.
  const hasDays = writable ? mode === 'giorni' : month.daily !== null;
  const daysOpen = showDays && hasDays;
  const unsaved = draftUnsaved(draft, month);
  const daysToggle = (
    <Button size="compact-xs" variant="subtle" onClick={() => setShowDays((v) => !v)} aria-expanded={showDays}>
      {showDays ? 'Nascondi i giorni' : 'Vedi i giorni'}
    </Button>
  );
  const unsavedMark = unsaved && (
    <Text size="xs" c="orange.8">
      Non salvate
    </Text>
  );

  async function save() {
    setStale(null);
    const clearing = value === '';
    // Checked here with the contract's own rule, so a wrong total is refused beside the box and stays as typed.
    const problem = clearing ? null : totalProblem(value);
    if (problem) {
      setTotalError(problem);
      totalBox.current?.focus();
      return;
    }
    setBusy(true);
    try {
      // An emptied total clears the month: no hours entered (not 0).
      const input = clearing ? { daily: {} } : { attendedHours: Number(value) };
      const after = await api.call('internships.setAttendance', { id: fileId, month: month.month, version: versionToSend(draft, month), ...input });
      showSaved(clearing ? `Ore di ${monthName(month.month)} cancellate: il mese è senza ore registrate.` : `Ore di ${monthName(month.month)} registrate.`);
      onSaved(after.months.find((m) => m.month === month.month)?.version ?? null);
    } catch (e) {
      if (isStaleMonth(e)) setStale(e.error.message);
      else {
        showApiError(e);
        const beside = e instanceof ApiCallError ? e.error.issues?.find((i) => i.path === 'attendedHours') : undefined;
        if (beside) {
          setTotalError(beside.message);
          totalBox.current?.focus();
        }
      }
    } finally {
      setBusy(false);
    }
  }

  async function close() {
    setBusy(true);
    try {
      await api.call('internships.closeMonth', { id: fileId, month: month.month });
      showSaved(`${monthName(month.month)} chiuso.`);
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
              {unsavedMark}
            </Group>
          ) : writable ? (
            <Group gap={4} wrap="nowrap">
              <NumberField
                ref={totalBox}
                aria-label={`Ore svolte a ${monthName(month.month)}`}
                w={110}
                size="xs"
                value={value}
                error={totalError}
                onChange={(v) => {
                  setTotalError(null);
                  onDraft((d) => ({ ...d, total: v }));
                }}
              />
              <Button
                size="compact-xs"
                variant="light"
                loading={busy}
                // The same total over days entered one by one is a change too: it clears the days.
                disabled={!totalChanged(value, month) && !(value !== '' && month.daily !== null)}
                onClick={() => void save()}
              >
                Salva
              </Button>
              {unsavedMark}
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
          {writable && mode === 'totale' && value === '' && month.attendedHours !== null && (
            <Text size="xs" c="dimmed" mt={2}>
              Salvando il campo vuoto, il mese resta senza ore registrate.
            </Text>
          )}
        </Table.Td>
        <Table.Td ta="right">{formatPercent(month.attendance)}</Table.Td>
        <Table.Td ta="right">
          {month.attendedHours === null ? '—' : formatCents(month.dueCents)}
          {month.attendedHours !== null && !month.full && (
            <Text size="xs" c="orange.8">
              ridotta (sotto il {formatPercent(sheet.attendanceThreshold)})
            </Text>
          )}
        </Table.Td>
        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
          {month.attendedHours === null ? '—' : `${formatCents(month.hostCents)} / ${formatCents(month.projectCents)}`}
        </Table.Td>
        <Table.Td>
          {month.closedAt ? (
            <Badge variant="light" color="gray" style={{ minWidth: 'max-content' }}>
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
              version={versionToSend(draft, month)}
              typed={draft?.days ?? { ...(month.daily ?? {}) }}
              onType={(change) => onDraft((d) => ({ ...d, days: change(d.days ?? { ...(month.daily ?? {}) }) }))}
              onSaved={onSaved}
              onStale={setStale}
            />
          </Table.Td>
        </Table.Tr>
      )}
      {stale && (
        <Table.Tr>
          <Table.Td colSpan={7}>
            <Alert color="orange" variant="light" p="xs" title="Non salvato: le ore scritte sono ancora qui" role="alert" data-testid="attendance-stale">
              <Text size="sm">{stale}</Text>
              <Group gap="sm" mt={6}>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => {
                    setStale(null);
                    onDiscard();
                  }}
                >
                  Ricarica {monthName(month.month)}
                </Button>
                <Text size="xs" c="dimmed">
                  Ricaricando vedi le ore salvate nel frattempo; quelle scritte qui si perdono.
                </Text>
              </Group>
            </Alert>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
