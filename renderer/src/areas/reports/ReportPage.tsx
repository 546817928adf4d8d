/**
 * «Report» (issue 16): the AICS–Exar protocol's figures for a period and, for a coordinator, one
 * operator; at a regional office one office's. The six figures as cards, the breakdowns as
 * charts (each can be saved as a picture), and the monitoring workbook in Excel. The period and
 * the filters live in the address, so a report can be opened again as it was.
 */
import { Alert, Button, Group, Loader, Paper, Progress, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { PROTOCOL_FIGURE_HELP, PROTOCOL_FIGURE_LABELS, PROTOCOL_FIGURES, type ReportFigures, type ReportInput } from '@shared/api/reports';
import { isIsoDate } from '@shared/api/fields';
import { today } from '@shared/validation/italian-time';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { DateField } from '../../lib/DateField';
import { formatDate, formatInteger } from '../../lib/format';
import { OfficeFilter, useOffices } from '../../lib/offices';
import { ReportCharts } from './ReportCharts';
import { useMonitoringReport } from './useMonitoringReport';

/** The address's words for the filters. */
const P = { from: 'dal', to: 'al', operator: 'operatore', site: 'sportello' } as const;

/** This year, from January to December: what the partnership reports by default. */
function defaultPeriod(): { from: string; to: string } {
  const year = today().slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

function useReportParams() {
  const [params, setParams] = useSearchParams();
  const period = defaultPeriod();
  const values = {
    from: params.get(P.from) ?? period.from,
    to: params.get(P.to) ?? period.to,
    operatorId: params.get(P.operator),
    site: params.get(P.site),
  };
  const update = (key: keyof typeof P, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(P[key], value);
        else next.delete(P[key]);
        return next;
      },
      { replace: true },
    );
  return { values, update };
}

/** The protocol's six figures, each with its help line (also on «Oggi»). */
export function FigureCards({ r }: { r: ReportFigures }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} data-testid="protocol-figures">
      {PROTOCOL_FIGURES.map((key) => (
        <Paper key={key} withBorder p="md" data-testid={`figure-${key}`}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed" component="h2" m={0}>
            {PROTOCOL_FIGURE_LABELS[key]}
          </Text>
          <Text fz={32} fw={700} lh={1.2} mt={4}>
            {formatInteger(r.protocol[key])}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {PROTOCOL_FIGURE_HELP[key]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function DownloadButton({ input, disabled }: { input: ReportInput; disabled: boolean }) {
  const report = useMonitoringReport(input);
  return (
    <Stack gap={4} w={260}>
      <Button leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void report.begin()} loading={report.busy} disabled={disabled} data-testid="report-download">
        Scarica il report (Excel)
      </Button>
      {report.progress !== null && (
        <>
          <Progress value={report.progress} size="sm" animated aria-label="Avanzamento del report" />
          <Text size="xs" c="dimmed" aria-live="polite" data-testid="report-progress">
            {report.step}
          </Text>
        </>
      )}
    </Stack>
  );
}

export function ReportPage() {
  const session = useSession();
  const offices = useOffices();
  const { values, update } = useReportParams();
  const operators = useApiQuery('candidates.filterOptions', {}, { enabled: session.can('candidates.read') });
  const readable = isIsoDate(values.from) && isIsoDate(values.to);
  const backwards = readable && values.to < values.from;
  const input: ReportInput = { from: values.from, to: values.to, operatorId: values.operatorId, site: values.site };
  const figures = useApiQuery('reports.figures', input, { keepPrevious: true, enabled: readable && !backwards });
  const r = figures.data;

  return (
    <Stack maw={1400}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Report
          </Title>
          <Text size="sm" c="dimmed">
            {r ? `Protocollo AICS–Exar · dal ${formatDate(r.from)} al ${formatDate(r.to)} · ${r.operatorLabel}${offices.several ? ` · ${r.officeLabel}` : ''}` : ' '}
          </Text>
        </div>
        <DownloadButton input={input} disabled={!readable || backwards} />
      </Group>
      <Group gap="sm" align="flex-start">
        <DateField label="Dal" value={values.from} onChange={(v) => update('from', v)} clearable={false} w={160} />
        <DateField label="Al" value={values.to} onChange={(v) => update('to', v)} clearable={false} w={160} error={backwards ? 'La fine viene prima dell’inizio' : undefined} />
        <Select
            label="Operatore"
            placeholder="Tutti gli operatori"
            searchable
            clearable
            w={240}
            value={values.operatorId}
            onChange={(id) => update('operator', id)}
            data={(operators.data?.operators ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        <OfficeFilter offices={offices} value={values.site} onChange={(v) => update('site', v)} />
        {figures.loading && <Loader size="xs" mt={32} aria-label="Aggiornamento dei numeri" />}
      </Group>
      {figures.error && <LoadError message={figures.error} />}
      {r && (
        <>
          <FigureCards r={r} />
          {r.protocol.started === 0 && r.endedTotal === 0 && r.protocol.needsReceived === 0 && (
            <Alert color="gray" title="Niente in questo periodo">
              Nessun fabbisogno ricevuto e nessun tirocinio avviato o finito: prova un periodo più ampio.
            </Alert>
          )}
          <ReportCharts r={r} />
        </>
      )}
      {!r && !figures.error && readable && !backwards && <Loader aria-label="Caricamento dei numeri" />}
    </Stack>
  );
}
