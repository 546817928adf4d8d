/** The top of a profile: who the person is at a glance, and what can be done with the profile. */
import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Candidate } from '../../../../../shared/api/candidates';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { ageOn, todayIso } from '../../../lib/age';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { CandidateStatusBadge } from '../CandidateStatusBadge';

export function CandidateHeader({ candidate: c, onChanged }: { candidate: Candidate; onChanged(): void }) {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const age = ageOn(c.birthDate, todayIso());
  const fullName = `${c.lastName} ${c.firstName}`;
  const merged = c.mergedInto !== null;
  const born = c.sex === 'F' ? 'nata' : c.sex === 'M' ? 'nato' : 'nato/a';

  async function setDeleted(deleted: boolean) {
    setBusy(true);
    try {
      await api.call(deleted ? 'candidates.delete' : 'candidates.restore', { id: c.id });
      showSaved(
        deleted ? 'Un coordinatore può ripristinarlo dall’elenco, con «Mostra eliminati».' : 'È di nuovo negli elenchi e nelle ricerche.',
        deleted ? 'Candidato eliminato' : 'Candidato ripristinato',
      );
      onChanged();
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Eliminare il candidato?',
      children: (
        <Text size="sm">
          {fullName} non comparirà più negli elenchi e nelle ricerche. Il profilo, i documenti e le note restano conservati: un coordinatore
          potrà ripristinarlo dall’elenco, con «Mostra eliminati».
        </Text>
      ),
      labels: { confirm: 'Elimina', cancel: 'Annulla' },
      confirmProps: { color: 'red' },
      onConfirm: () => void setDeleted(true),
    });

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
            <CandidateStatusBadge status={c.status} />
          )}
          {c.deletedAt && !merged && <Badge color="red">Eliminato il {formatDateTime(c.deletedAt)}</Badge>}
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
        {!c.deletedAt && session.can('candidates.delete') && (
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} loading={busy} onClick={confirmDelete}>
            Elimina
          </Button>
        )}
        {c.deletedAt && !merged && session.can('candidates.delete') && (
          <Button variant="light" leftSection={<IconArrowBackUp size={16} />} loading={busy} onClick={() => void setDeleted(false)}>
            Ripristina
          </Button>
        )}
      </Group>
    </Group>
  );
}
