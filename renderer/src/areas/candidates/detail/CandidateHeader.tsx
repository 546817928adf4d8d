/** The top of a profile: who the person is at a glance, and what can be done with the profile. */
import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconSchool, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Candidate } from '@shared/api/candidates';
import { useSession } from '../../../auth/AuthProvider';
import { ageOn } from '../../../lib/age';
import { formatDate, formatDateTime } from '../../../lib/format';
import { CandidateStatusBadge } from '../../../components/CandidateStatusBadge';
import { useSoftDelete } from '../../../lib/useSoftDelete';
import { agree } from '@shared/text/agreement';
import { today } from '@shared/validation/italian-time';

export function CandidateHeader({ candidate: c }: { candidate: Candidate }) {
  const session = useSession();
  const said = (text: string) => agree(c.sex, text);
  const softDelete = useSoftDelete('candidates', c.id, {
    deleted: [said('Candidato/a eliminato/a'), said('Un coordinatore può ripristinarlo/a dall’elenco, con «Mostra eliminati».')],
    restored: [said('Candidato/a ripristinato/a'), 'È di nuovo negli elenchi e nelle ricerche.'],
  });
  const age = ageOn(c.birthDate, today());
  const fullName = `${c.lastName} ${c.firstName}`;
  const merged = c.mergedInto !== null;
  const born = said('nato/a');

  const confirmDelete = () =>
    softDelete.confirmDelete(
      `Eliminare ${fullName}?`,
      <>
        {fullName} non comparirà più negli elenchi e nelle ricerche. Il profilo, i documenti e le note restano conservati: un coordinatore
        potrà {said('ripristinarlo/a')} dall’elenco, con «Mostra eliminati».
      </>,
    );

  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Text size="sm">
          <Link to="/candidati">← Candidati</Link>
        </Text>
        <Title order={2}>{fullName}</Title>
        <Group gap="xs" mt={4}>
          <Text ff="monospace" size="sm" aria-label="Codice fiscale">
            {c.taxCode}
          </Text>
          <Text size="sm" c="dimmed">
            ·
          </Text>
          <Text size="sm">
            {age !== null ? `${age} anni ` : ''}({born} il {formatDate(c.birthDate)})
          </Text>
          {merged ? (
            <Badge color="gray" variant="light">
              Profilo unito
            </Badge>
          ) : (
            <CandidateStatusBadge status={c.status} sex={c.sex} />
          )}
          {c.deletedAt && !merged && <Badge color="red">{said('Eliminato/a')} il {formatDateTime(c.deletedAt)}</Badge>}
        </Group>
        <Text size="sm" c="dimmed" mt={4}>
          Operatore di riferimento: {c.operatorName ?? 'nessuno'}
        </Text>
      </div>
      <Group>
        {!c.deletedAt && session.can('candidates.write') && (
          <Button component={Link} to={`/candidati/${c.id}/modifica`} leftSection={<IconPencil size={16} />}>
            Modifica
          </Button>
        )}
        {!c.deletedAt && c.status === 'attivo' && session.can('internships.write') && (
          <Button variant="light" component={Link} to={`/tirocini/nuovo?candidato=${c.id}`} leftSection={<IconSchool size={16} />}>
            Nuova pratica di tirocinio
          </Button>
        )}
        {!c.deletedAt && session.can('candidates.delete') && (
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} loading={softDelete.busy} onClick={confirmDelete}>
            Elimina
          </Button>
        )}
        {c.deletedAt && !merged && session.can('candidates.delete') && (
          <Button variant="light" leftSection={<IconArrowBackUp size={16} />} loading={softDelete.busy} onClick={softDelete.restore}>
            Ripristina
          </Button>
        )}
      </Group>
    </Group>
  );
}
