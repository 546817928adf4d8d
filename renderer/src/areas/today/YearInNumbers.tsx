/**
 * «Oggi»'s numbers (issue 16): the protocol's figures of this year and its two main charts, for the
 * same people as the agenda (mine, one operator's, the office's). The other charts, the filters and
 * the Excel file for the region are on «Report», one click away.
 */
import { Anchor, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { today } from '@shared/validation/italian-time';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { ByMonth, Outcomes } from '../reports/ReportCharts';
import { FigureCards } from '../reports/ReportPage';

export function YearInNumbers({ operatorId }: { operatorId: string | null }) {
  const to = today();
  const from = `${to.slice(0, 4)}-01-01`;
  const figures = useApiQuery('reports.figures', { from, to, operatorId, site: null }, { keepPrevious: true });
  const r = figures.data;
  const link = `/report?dal=${from}&al=${to}${operatorId ? `&operatore=${operatorId}` : ''}`;
  return (
    <Stack component="section" aria-labelledby="year-in-numbers" data-testid="year-in-numbers">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3" id="year-in-numbers">
          Il {to.slice(0, 4)} in numeri
        </Title>
        <Anchor component={Link} to={link} size="sm">
          Tutti i grafici e il report per la Regione
        </Anchor>
      </Group>
      {figures.error && <LoadError message={figures.error} />}
      {r && (
        <>
          <FigureCards r={r} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ByMonth r={r} />
            <Outcomes r={r} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
