/**
 * «Da rivedere» (issue 15, decision 0027): once a month a coordinator goes through the people whose
 * retention period has ended, as of today, and anonymises them one by one with the profile's own
 * confirmation. A row whose anonymisation the core would refuse says why instead (a file still open,
 * documents still kept), and its button stays off.
 */
import { Anchor, Badge, Button, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { RETENTION_REASON_LABELS, type RetentionReview, type RetentionReviewItem } from '@shared/api/privacy';
import { ITALIAN_MONTHS } from '@shared/rules/calendar';
import { count } from '@shared/text/plural';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { AnonymiseDialog, type AnonymisePerson } from '../../../components/AnonymiseDialog';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyRow, TableCard } from '../../../components/TableParts';
import { formatDate } from '../../../lib/format';
import { RetentionPeriodsCard } from './RetentionPeriodsCard';

const PAGE_SIZE = 50;
const COLUMNS = [{ label: 'Persona', w: 220 }, 'Perché', { label: 'Scaduto dal', w: 120, style: { whiteSpace: 'nowrap' as const } }, { label: '', w: 320 }];

function monthName(iso: string): string {
  return `${ITALIAN_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** Which period ended and since when, in the desk's words. */
function why(item: RetentionReviewItem, periods: RetentionReview['periods']): string {
  const activity = `ultima attività il ${formatDate(item.lastActivity)}`;
  if (item.reason === 'senza_tirocinio') return `Nessun tirocinio avviato, ${activity}: profilo da conservare ${count(periods.candidateMonths, 'mese', 'mesi')}.`;
  return `Ultimo tirocinio concluso il ${formatDate(item.lastEnd)}: documenti da conservare ${count(periods.internshipYears, 'anno', 'anni')}; ${activity}.`;
}

export function RetentionReviewPage() {
  const [page, setPage] = useState(1);
  const [erasing, setErasing] = useState<AnonymisePerson | null>(null);
  const review = useApiQuery('privacy.review', { page, pageSize: PAGE_SIZE }, { keepPrevious: true });
  const data = review.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack maw={1200}>
      <PageHeader title="Dati da rivedere: conservazione" maw={820} add={false}>
        Le persone per cui il periodo di conservazione è finito. Una volta al mese si controlla l’elenco e si anonimizza chi non serve più seguire: restano
        solo i dati statistici. Chi ha ancora una pratica aperta o documenti da conservare resta in elenco con il motivo.
      </PageHeader>
      {review.error && <LoadError message={review.error} />}
      {data && (
        <>
          <Group gap="sm" aria-live="polite">
            <Text fw={600}>Revisione di {monthName(data.referenceDate)}</Text>
            <Text size="sm" c="dimmed">
              situazione al {formatDate(data.referenceDate)}:
            </Text>
            <Badge color={data.total > 0 ? 'orange' : 'green'} variant="light" size="lg" tt="none">
              {data.total === 0 ? 'nessuna persona da rivedere' : `${count(data.total, 'persona', 'persone')} da rivedere`}
            </Badge>
            {data.newThisMonth > 0 && (
              <Text size="sm" c="dimmed">
                di cui {count(data.newThisMonth, 'scaduta', 'scadute')} questo mese
              </Text>
            )}
          </Group>
          <TableCard aria-label="Persone da rivedere" verticalSpacing="xs" columns={COLUMNS}>
            {data.items.length === 0 && <EmptyRow colSpan={4}>Nessuna persona ha superato i periodi di conservazione.</EmptyRow>}
            {data.items.map((item, i) => (
              <Fragment key={item.id}>
                {item.reason !== data.items[i - 1]?.reason && (
                  <Table.Tr>
                    <Table.Td colSpan={4} bg="gray.1">
                      <Text size="sm" fw={600}>
                        {RETENTION_REASON_LABELS[item.reason]} · {count(data.counts[item.reason], 'persona', 'persone')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                <ReviewRow item={item} periods={data.periods} onAnonymise={() => setErasing(item)} />
              </Fragment>
            ))}
          </TableCard>
          {pages > 1 && (
            <Group justify="center">
              <Pagination total={pages} value={page} onChange={setPage} aria-label="Pagine" />
            </Group>
          )}
          <RetentionPeriodsCard periods={data.periods} />
        </>
      )}
      {erasing && <AnonymiseDialog person={erasing} ground="conservazione" onClose={() => setErasing(null)} />}
    </Stack>
  );
}

function ReviewRow({ item, periods, onAnonymise }: { item: RetentionReviewItem; periods: RetentionReview['periods']; onAnonymise(): void }) {
  const name = `${item.lastName} ${item.firstName}`;
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={6}>
          <Anchor component={Link} to={`/candidati/${item.id}`} size="sm" fw={500}>
            {name}
          </Anchor>
          {item.deleted && (
            <Badge size="xs" color="gray" variant="light">
              Nel cestino
            </Badge>
          )}
          {item.newThisMonth && (
            <Badge size="xs" color="blue" variant="light">
              Questo mese
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{why(item, periods)}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.dueSince)}</Table.Td>
      <Table.Td>
        {item.block ? (
          <Text size="xs" c="orange.8" role="note" aria-label={`Perché non si può anonimizzare ${name}`}>
            {item.block}
          </Text>
        ) : (
          <Button size="xs" variant="light" color="red" leftSection={<IconUserOff size={14} />} aria-label={`Anonimizza ${name}`} onClick={onAnonymise}>
            Anonimizza
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
