/** The top of a profile: who the person is at a glance, and what can be done with the profile. */
import { Badge, Button, Group, Text } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Candidate } from '@shared/api/candidates';
import { useSession } from '../../../auth/AuthProvider';
import { ageOn } from '../../../lib/age';
import { formatDate, formatDateTime } from '../../../lib/format';
import { CandidateStatusBadge } from '../../../components/CandidateStatusBadge';
import { RecordActions, RecordHeader } from '../../../components/RecordHeader';
import { useSoftDelete } from '../../../lib/useSoftDelete';
import { PrivacyActions } from './PrivacyActions';
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
  const anonymised = c.anonymisedAt !== null;
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
    <RecordHeader
      trail={[{ to: '/candidati', label: 'Candidati' }]}
      crumb={anonymised ? 'Profilo anonimizzato' : fullName}
      title={anonymised ? 'Profilo anonimizzato' : fullName}
      actions={
        <RecordActions
          editTo={session.can('candidates.write') && !anonymised ? `/candidati/${c.id}/modifica` : null}
          deleted={Boolean(c.deletedAt)}
          canDelete={session.can('candidates.delete') && !anonymised}
          onDelete={confirmDelete}
          softDelete={softDelete}
          restorable={!merged}
        >
          <PrivacyActions candidate={c} />
          {!c.deletedAt && !anonymised && c.status === 'attivo' && session.can('internships.write') && (
            <Button variant="light" component={Link} to={`/tirocini/nuovo?candidato=${c.id}`} leftSection={<IconSchool size={16} />}>
              Nuova pratica di tirocinio
            </Button>
          )}
        </RecordActions>
      }
    >
      {anonymised ? (
        <Group gap="xs" mt={4}>
          <Badge color="gray" variant="light">
            Profilo anonimizzato il {formatDate(c.anonymisedAt!.slice(0, 10))}
          </Badge>
          <Text size="sm" c="dimmed">
            I dati personali sono stati cancellati (art. 17 GDPR): restano solo i dati statistici.
          </Text>
        </Group>
      ) : (
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
      )}
      <Text size="sm" c="dimmed" mt={4}>
        Operatore di riferimento: {c.operatorName ?? 'nessuno'}
      </Text>
    </RecordHeader>
  );
}
