/** One need: who asks, what for, how many interns the association may host, its status and history. */
import { Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatSite } from '@shared/format/address';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate, formatDateTime } from '../../../lib/format';
import { RecordHistory, type ChangeValue } from '../../../lib/RecordHistory';
import { NeedStatusBadge } from '../../../components/NeedStatusBadge';
import { RecordActions, RecordHeader } from '../../../components/RecordHeader';
import { useAssociation } from '../../../components/useAssociation';
import { CapacityCard } from './CapacityCard';
import { formatNeedValue, NEED_ACTION_LABELS, NEED_FIELD_LABELS } from './labels';
import { NeedFieldsCard } from './NeedFieldsCard';
import { NeedTimeline } from './NeedTimeline';
import { StatusChange } from './StatusChange';
import { useSoftDelete } from '../../../lib/useSoftDelete';
import { NeedMatchesCard } from '../../matches/NeedMatchesCard';

export function NeedDetailPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const query = useApiQuery('needs.get', { id });
  const operatorOptions = useApiQuery('candidates.filterOptions', {});
  const softDelete = useSoftDelete('needs', id, {
    deleted: ['Fabbisogno eliminato', 'Un coordinatore o un amministratore può ripristinarlo dall’elenco degli eliminati.'],
    restored: ['Fabbisogno ripristinato', 'È di nuovo negli elenchi.'],
  });
  const n = query.data;
  const association = useAssociation(n?.associationId ?? null);

  if (query.error) return <LoadError message={query.error} />;
  if (!n) return <Loader />;

  const confirmDelete = () =>
    softDelete.confirmDelete(
      'Eliminare il fabbisogno?',
      <>«{n.title}» di {n.associationName} non comparirà più negli elenchi. Si potrà ripristinare in seguito.</>,
    );

  const site = association?.sites.find((s) => s.id === n.operatingSiteId);
  const siteLabel = n.operatingSiteId ? (site ? formatSite(site) : n.comune) : 'Sede legale';
  const operatorNames = Object.fromEntries((operatorOptions.data?.operators ?? []).map((o) => [o.id, o.name]));
  const format = (field: string, value: ChangeValue) => formatNeedValue(field, value, operatorNames);
  const editable = !n.deletedAt && session.can('needs.write');

  return (
    <Stack maw={1100}>
      <RecordHeader
        trail={[{ to: '/fabbisogni', label: 'Fabbisogni' }]}
        crumb={n.title}
        title={n.title}
        actions={<RecordActions editTo={editable ? `/fabbisogni/${n.id}/modifica` : null} deleted={Boolean(n.deletedAt)} canDelete={session.can('needs.delete')} onDelete={confirmDelete} softDelete={softDelete} />}
      >
        <Text>
          <Anchor component={Link} to={`/associazioni/${n.associationId}`}>
            {n.associationName}
          </Anchor>{' '}
          · {n.comune}
          {n.province ? ` (${n.province})` : ''}
        </Text>
        <Group gap="xs" mt={4}>
          <NeedStatusBadge status={n.status} size="lg" />
          <Text size="sm" c="dimmed">
            Ricevuto il {formatDate(n.receivedOn)} · Operatore: {n.operatorName ?? 'nessuno'}
          </Text>
          {n.deletedAt && <Badge color="red">Eliminato il {formatDateTime(n.deletedAt)}</Badge>}
        </Group>
      </RecordHeader>

      <CapacityCard capacity={n.capacity} />
      {session.can('matches.read') && <NeedMatchesCard need={n} />}
      {editable && <StatusChange need={n} />}
      <NeedFieldsCard need={n} siteLabel={siteLabel} />
      <NeedTimeline events={n.events} />
      {session.can('audit.read') && (
        <RecordHistory key={n.hlc} entity="needs" id={n.id} fieldLabels={NEED_FIELD_LABELS} formatValue={format} actionLabels={NEED_ACTION_LABELS} />
      )}
    </Stack>
  );
}
