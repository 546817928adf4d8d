/** One association: its data, operating sites, employees, and change history. */
import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { LEGAL_FORM_LABELS } from '@shared/api/associations';
import { formatAddress } from '@shared/format/address';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { formatDateTime, orDash } from '../../lib/format';
import { RecordHistory } from '../../lib/RecordHistory';
import { InternshipsCard } from '../internships/InternshipsCard';
import { AssociationNeedsCard } from '../needs/detail/AssociationNeedsCard';
import { EligibilityCard } from './EligibilityCard';
import { EmployeesBadge } from './EmployeesBadge';
import { ASSOCIATION_ACTION_LABELS, ASSOCIATION_FIELD_LABELS as L, formatAssociationValue } from './labels';
import { useSoftDelete } from '../../lib/useSoftDelete';
import { count } from '@shared/text/plural';

function Field({ label, value, mono }: { label: string; value: string | number | null; mono?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ff={mono ? 'monospace' : undefined}>
        {orDash(value)}
      </Text>
    </div>
  );
}

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
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm">
            <Link to="/associazioni">← Associazioni</Link>
          </Text>
          <Title order={2}>{a.name}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light">{LEGAL_FORM_LABELS[a.legalForm]}</Badge>
            <EmployeesBadge employees={a.employees} />
            {a.committee && <Badge variant="outline">{a.committee}</Badge>}
            {a.deletedAt && <Badge color="red">Eliminata il {formatDateTime(a.deletedAt)}</Badge>}
          </Group>
        </div>
        <Group>
          {!a.deletedAt && session.can('associations.write') && (
            <Button component={Link} to={`/associazioni/${a.id}/modifica`} leftSection={<IconPencil size={16} />}>
              Modifica
            </Button>
          )}
          {!a.deletedAt && session.can('associations.delete') && (
            <Button variant="light" color="red" leftSection={<IconTrash size={16} />} loading={softDelete.busy} onClick={confirmDelete}>
              Elimina
            </Button>
          )}
          {a.deletedAt && session.can('associations.delete') && (
            <Button variant="light" leftSection={<IconArrowBackUp size={16} />} loading={softDelete.busy} onClick={softDelete.restore}>
              Ripristina
            </Button>
          )}
        </Group>
      </Group>

      {a.employees === 0 && (
        <Alert color="grape" variant="light" title="Nessun dipendente — protocollo AICS">
          Senza dipendenti l’associazione può comunque ospitare un tirocinante alla volta, grazie al protocollo AICS–Exar. Il tirocinio registrerà l’uso dell’eccezione.
        </Alert>
      )}

      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Field label={L.taxCode!} value={a.taxCode} mono />
          <Field label={L.vatNumber!} value={a.vatNumber} mono />
          <Field label={L.registryNumber!} value={a.registryNumber} />
          <Field label={L.aicsAffiliation!} value={a.aicsAffiliation} />
          <Field label="Sede legale" value={formatAddress(a)} />
          <Field label={L.sector!} value={a.sector} />
          <Field label={L.legalRepName!} value={[a.legalRepName, a.legalRepRole ? `(${a.legalRepRole})` : null].filter(Boolean).join(' ') || null} />
          <Field label={L.legalRepTaxCode!} value={a.legalRepTaxCode} mono />
          <Field label={L.contactName!} value={a.contactName} />
          <Field label={L.phone!} value={a.phone} />
          <Field label={L.email!} value={a.email} />
          <Field label={L.pec!} value={a.pec} />
          <Field label={L.ccnl!} value={a.ccnl} />
          <Field label={L.atecoCode!} value={a.atecoCode} />
          <Field label="Ultima modifica" value={formatDateTime(a.updatedAt)} />
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
