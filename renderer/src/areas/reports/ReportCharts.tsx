/**
 * The charts of «Report», each with its numbers also in words or in a table for screen readers:
 * started and ended by month, outcomes in percent, by committee and province, by category, needs
 * received and covered, the allowance paid by the hosts and by Exar's projects.
 */
import { BarChart, DonutChart } from '@mantine/charts';
import { Group, List, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import type { ReportFigures } from '@shared/api/reports';
import { formatCents } from '@shared/format/money';
import { formatHours } from '@shared/format/numbers';
import { count } from '@shared/text/plural';
import { formatInteger, formatOneDecimal } from '../../lib/format';
import { ChartCard } from './ChartCard';

const OUTCOME_COLORS: Record<ReportFigures['outcomes'][number]['key'], string> = {
  assunto_ente: 'teal.6',
  assunto_altrove: 'blue.6',
  senza_assunzione: 'gray.5',
  interrotto: 'orange.6',
  non_indicato: 'gray.3',
};
const FILE_SERIES = [
  { name: 'started', label: 'Avviati', color: 'blue.6' },
  { name: 'ended', label: 'Finiti', color: 'gray.5' },
  { name: 'hired', label: 'Con assunzione', color: 'teal.6' },
];

/** «gen 26» under a bar: twelve months fit the card. */
const shortMonth = (label: string) => `${label.slice(0, 3)} ${label.slice(-2)}`;
const euros = (cents: number) => formatCents(cents);

function Empty({ what }: { what: string }) {
  return (
    <Text size="sm" c="dimmed" py="lg" ta="center">
      {what}
    </Text>
  );
}

export function ByMonth({ r }: { r: ReportFigures }) {
  const data = r.months.map((m) => ({ month: shortMonth(m.label), started: m.started, ended: m.ended }));
  return (
    <ChartCard
      title="Tirocini avviati e finiti per mese"
      testId="chart-months"
      table={{ headers: ['Mese', 'Avviati', 'Finiti'], rows: r.months.map((m) => [m.label, m.started, m.ended]) }}
      summary={`Avviati ${formatInteger(r.protocol.started)}, finiti ${formatInteger(r.endedTotal)} nel periodo.`}
    >
      <BarChart h={240} data={data} dataKey="month" withLegend tickLine="y" yAxisProps={{ allowDecimals: false }} series={FILE_SERIES.slice(0, 2)} />
    </ChartCard>
  );
}

export function Outcomes({ r }: { r: ReportFigures }) {
  const data = r.outcomes.filter((o) => o.count > 0).map((o) => ({ name: o.label, value: o.count, color: OUTCOME_COLORS[o.key] }));
  return (
    <ChartCard title="Esiti dei tirocini finiti" testId="chart-outcomes">
      {r.endedTotal === 0 ? (
        <Empty what="Nessun tirocinio finito nel periodo." />
      ) : (
        <Group align="center" wrap="nowrap" gap="lg">
          <DonutChart data={data} size={160} thickness={26} withTooltip={false} chartLabel={count(r.endedTotal, 'finito', 'finiti')} style={{ flexShrink: 0 }} />
          {/* The legend holds the numbers in words: the chart alone says them by colour only. */}
          <List spacing={6} size="sm" center style={{ flex: 1 }}>
            {r.outcomes.map((o) => (
              <List.Item key={o.key} icon={<ThemeIcon color={OUTCOME_COLORS[o.key]} size={12} radius="xl" data-legend-swatch />} data-legend-label={`${o.label}: ${formatOneDecimal(o.percent)}% (${formatInteger(o.count)})`}>
                {o.label}: <b>{formatOneDecimal(o.percent)}%</b> ({formatInteger(o.count)})
              </List.Item>
            ))}
          </List>
        </Group>
      )}
    </ChartCard>
  );
}

function Committees({ r }: { r: ReportFigures }) {
  const data = r.committees.map((c) => ({ name: `${c.committee} (${c.province})`, needs: c.needs, started: c.started, hired: c.hired }));
  return (
    <ChartCard
      title="Per comitato AICS e provincia"
      testId="chart-committees"
      table={{ headers: ['Comitato', 'Provincia', 'Fabbisogni', 'Avviati', 'Finiti', 'Con assunzione'], rows: r.committees.map((c) => [c.committee, c.province, c.needs, c.started, c.ended, c.hired]) }}
    >
      {data.length === 0 ? (
        <Empty what="Nessun fabbisogno né tirocinio nel periodo." />
      ) : (
        <BarChart
          h={Math.max(160, 56 * data.length + 60)}
          data={data}
          dataKey="name"
          orientation="vertical"
          yAxisProps={{ width: 210 }}
          withLegend
          xAxisProps={{ allowDecimals: false }}
          series={[{ name: 'needs', label: 'Fabbisogni', color: 'violet.5' }, FILE_SERIES[0]!, FILE_SERIES[2]!]}
        />
      )}
    </ChartCard>
  );
}

function Categories({ r }: { r: ReportFigures }) {
  const data = r.categories.map((c) => ({ name: c.label, started: c.started, ended: c.ended, hired: c.hired }));
  return (
    <ChartCard
      title="Per categoria di destinatari"
      testId="chart-categories"
      table={{ headers: ['Categoria', 'Avviati', 'Finiti', 'Con assunzione'], rows: r.categories.map((c) => [c.label, c.started, c.ended, c.hired]) }}
      summary={r.categoriesFolded ? 'Le categorie tutelate sono in una sola riga: il dettaglio lo vede il coordinatore.' : undefined}
    >
      {data.length === 0 ? (
        <Empty what="Nessun tirocinio avviato o finito nel periodo." />
      ) : (
        <BarChart h={Math.max(160, 48 * data.length + 60)} data={data} dataKey="name" orientation="vertical" yAxisProps={{ width: 210 }} withLegend xAxisProps={{ allowDecimals: false }} series={FILE_SERIES} />
      )}
    </ChartCard>
  );
}

function Needs({ r }: { r: ReportFigures }) {
  const data = r.needsByMonth.map((m) => ({ month: shortMonth(m.label), received: m.received, covered: m.covered }));
  const n = r.needs;
  return (
    <ChartCard
      title="Fabbisogni ricevuti e coperti"
      testId="chart-needs"
      table={{ headers: ['Mese', 'Ricevuti', 'Coperti'], rows: r.needsByMonth.map((m) => [m.label, m.received, m.covered]) }}
      summary={`Ricevuti ${formatInteger(n.received)}: coperti ${formatInteger(n.covered)}, ancora aperti ${formatInteger(n.open)}, chiusi senza esito o annullati ${formatInteger(n.closedWithout)}.`}
    >
      <BarChart
        h={240}
        data={data}
        dataKey="month"
        withLegend
        tickLine="y"
        yAxisProps={{ allowDecimals: false }}
        series={[
          { name: 'received', label: 'Ricevuti', color: 'violet.5' },
          { name: 'covered', label: 'Coperti', color: 'teal.6' },
        ]}
      />
    </ChartCard>
  );
}

function Allowance({ r }: { r: ReportFigures }) {
  const a = r.allowance;
  const data = [
    { who: 'Ospitanti', amount: a.hostCents / 100 },
    { who: 'Progetti Exar', amount: a.projectCents / 100 },
  ];
  return (
    <ChartCard
      title="Indennità pagate: ospitanti e progetti"
      testId="chart-allowance"
      summary={
        <>
          Ospitanti {euros(a.hostCents)}, progetti Exar {euros(a.projectCents)} (dovute {euros(a.dueCents)}): {count(a.closedMonths, 'mese chiuso', 'mesi chiusi')} dei registri presenze; ore svolte{' '}
          {formatHours(a.attendedCentiHours / 100)} di {formatHours(a.plannedCentiHours / 100)} previste.
          {a.openMonths > 0 && ` ${formatInteger(a.openMonths)} ${a.openMonths === 1 ? 'mese ha' : 'mesi hanno'} ore inserite ma non è ancora chiuso: non è nei totali.`}
        </>
      }
    >
      {a.closedMonths === 0 ? (
        <Empty what="Nessun mese chiuso nei registri presenze del periodo." />
      ) : (
        <BarChart h={180} data={data} dataKey="who" orientation="vertical" yAxisProps={{ width: 110 }} valueFormatter={(v) => euros(Math.round(v * 100))} series={[{ name: 'amount', label: 'Indennità', color: 'indigo.6' }]} />
      )}
    </ChartCard>
  );
}

export function ReportCharts({ r }: { r: ReportFigures }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <ByMonth r={r} />
      <Outcomes r={r} />
      <Committees r={r} />
      <Categories r={r} />
      <Needs r={r} />
      <Allowance r={r} />
    </SimpleGrid>
  );
}
