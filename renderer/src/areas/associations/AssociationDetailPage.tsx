/** One association: its data, operating sites, employees, and change history. */
import { Alert, Badge, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { LEGAL_FORM_LABELS } from '@shared/api/associations';
import { formatAddress } from '@shared/format/address';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { formatDateTime } from '../../lib/format';
import { DetailField } from '../../components/DetailField';
import { RecordActions, RecordHeader } from '../../components/RecordHeader';
import { RecordHistory } from '../../lib/RecordHistory';
import { InternshipsCard } from '../internships/InternshipsCard';
import { AssociationNeedsCard } from '../needs/detail/AssociationNeedsCard';
import { EligibilityCard } from './EligibilityCard';
import { EmployeesBadge } from './EmployeesBadge';
import { ASSOCIATION_ACTION_LABELS, ASSOCIATION_FIELD_LABELS as L, formatAssociationValue } from './labels';
import { useSoftDelete } from '../../lib/useSoftDelete';
import { count } from '@shared/text/plural';

/** A site's headcount as the page says it; without one, the quota there counts the association's. */
function siteHeadcount(employees: number | null): string {
  if (employees === null) return 'dipendenti non indicati: conta il totale dell’associazione';
  return `${count(employees, 'dipendente', 'dipendenti')} in questa sede`;
}

export function AssociationDetailPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const query = useApiQuery('associations.get', { id });
  const softDelete = useSoftDelete('associations', id, {
    deleted: ['Associazione eliminata', 'Un coordinatore o un amministratore può ripristinarla da «Mostra eliminate».'],
    restored: ['Associazione ripristinata', 'È di nuovo negli elenchi.'],
  });
  const a = query.data;

  if (query.error) return <LoadError message={query.error} />;
  if (!a) return <Loader />;

  const confirmDelete = () =>
    softDelete.confirmDelete(
      'Eliminare l’associazione?',
      <>«{a.name}» non comparirà più negli elenchi. Un coordinatore o un amministratore potrà ripristinarla da «Mostra eliminate».</>,
    );

  return (
    <Stack maw={1100}>
      <RecordHeader
        trail={[{ to: '/associazioni', label: 'Associazioni' }]}
        crumb={a.name}
        title={a.name}
        actions={<RecordActions editTo={session.can('associations.write') ? `/associazioni/${a.id}/modifica` : null} deleted={Boolean(a.deletedAt)} canDelete={session.can('associations.delete')} onDelete={confirmDelete} softDelete={softDelete} />}
      >
        <Group gap="xs" mt={4}>
          <Badge variant="light">{LEGAL_FORM_LABELS[a.legalForm]}</Badge>
          <EmployeesBadge employees={a.employees} />
          {a.committee && <Badge variant="outline">{a.committee}</Badge>}
          {a.deletedAt && <Badge color="red">Eliminata il {formatDateTime(a.deletedAt)}</Badge>}
        </Group>
      </RecordHeader>

      {a.employees === 0 && (
        <Alert color="grape" variant="light" title="Nessun dipendente — protocollo AICS">
          Senza dipendenti l’associazione può comunque ospitare un tirocinante alla volta, grazie al protocollo AICS–Exar. Il tirocinio registrerà l’uso dell’eccezione.
        </Alert>
      )}

      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <DetailField label={L.taxCode!} value={a.taxCode} mono />
          <DetailField label={L.vatNumber!} value={a.vatNumber} mono />
          <DetailField label={L.registryNumber!} value={a.registryNumber} />
          <DetailField label={L.aicsAffiliation!} value={a.aicsAffiliation} />
          <DetailField label="Sede legale" value={formatAddress(a)} />
          <DetailField label={L.sector!} value={a.sector} />
          <DetailField label={L.legalRepName!} value={[a.legalRepName, a.legalRepRole ? `(${a.legalRepRole})` : null].filter(Boolean).join(' ') || null} />
          <DetailField label={L.legalRepTaxCode!} value={a.legalRepTaxCode} mono />
          <DetailField label={L.contactName!} value={a.contactName} />
          <DetailField label={L.phone!} value={a.phone} />
          <DetailField label={L.email!} value={a.email} />
          <DetailField label={L.pec!} value={a.pec} />
          <DetailField label={L.ccnl!} value={a.ccnl} />
          <DetailField label={L.atecoCode!} value={a.atecoCode} />
          <DetailField label="Ultima modifica" value={formatDateTime(a.updatedAt)} />
        </SimpleGrid>
        {a.notes && (
          <Stack gap={2} mt="md">
            <Text size="xs" c="dimmed">
              Note
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {a.notes}
            </Text>
          </Stack>
        )}
      </Card>

      <EligibilityCard association={a} />

      <Card withBorder>
        <Stack gap="xs">
          <Title order={4}>Sedi operative</Title>
          {a.sites.length === 0 ? (
            <Text size="sm" c="dimmed">
              Solo la sede legale.
            </Text>
          ) : (
            a.sites.map((s) => (
              <Text size="sm" key={s.id}>
                {s.label ? <b>{s.label}: </b> : null}
                {formatAddress(s)}
                <Text span size="sm" c="dimmed">
                  {' · '}
                  {siteHeadcount(s.employees)}
                </Text>
              </Text>
            ))
          )}
        </Stack>
      </Card>

      {session.can('needs.read') && <AssociationNeedsCard associationId={a.id} canAdd={!a.deletedAt} />}
      {session.can('internships.read') && <InternshipsCard of={{ associationId: a.id }} newFileLink={a.deletedAt ? null : `/tirocini/nuovo?associazione=${a.id}`} />}

      {session.can('audit.read') && (
        <RecordHistory
          key={a.hlc}
          entity="associations"
          id={a.id}
          fieldLabels={L}
          formatValue={formatAssociationValue}
          actionLabels={ASSOCIATION_ACTION_LABELS}
        />
      )}
    </Stack>
  );
}
