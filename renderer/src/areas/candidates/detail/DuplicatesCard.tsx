/**
 * Warns when other profiles look like the same person (same codice fiscale, or same name and
 * birth date under another code), and offers the way out: open them, say they are different
 * people, or merge them.
 */
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowsJoin, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Candidate, DuplicateCandidate } from '@shared/api/candidates';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth/AuthProvider';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { sexOfTaxCode } from '../../../lib/person-sex';
import { agree } from '@shared/text/agreement';
import { plural } from '@shared/text/plural';
import { PersonFacts } from '../form/DuplicateAlerts';

export function DuplicatesCard({ candidate: c }: { candidate: Candidate }) {
  const session = useSession();
  const found = useApiQuery('candidates.findDuplicates', {
    taxCode: c.taxCode,
    firstName: c.firstName,
    lastName: c.lastName,
    birthDate: c.birthDate,
    exceptId: c.id,
  });
  const [busyId, setBusyId] = useState<string | null>(null);

  const others: { person: DuplicateCandidate; sameTaxCode: boolean }[] = [];
  if (found.data?.sameTaxCode) others.push({ person: found.data.sameTaxCode, sameTaxCode: true });
  for (const person of found.data?.similar ?? []) {
    if (person.id !== found.data?.sameTaxCode?.id) others.push({ person, sameTaxCode: false });
  }
  if (others.length === 0) return null;

  async function markDifferent(other: DuplicateCandidate) {
    setBusyId(other.id);
    try {
      await api.call('candidates.markNotDuplicate', { id: c.id, otherId: other.id });
      showSaved(`Il profilo di ${other.lastName} ${other.firstName} non comparirà più come possibile doppione.`, 'Segnati come persone diverse');
    } catch (e) {
      showApiError(e);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} title="Possibile doppione: controlla se è la stessa persona">
      <Stack gap="sm">
        <Text size="sm">
          {plural(others.length, 'C’è un altro profilo che potrebbe', 'Ci sono # altri profili che potrebbero')} essere della stessa
          persona. Aprilo per confrontarlo: se è la stessa persona, uniscili; se sono persone diverse, premi «Non è un duplicato» e l’avviso non
          comparirà più.
        </Text>
        {others.map(({ person: o, sameTaxCode }) => (
          <Group key={o.id} justify="space-between" wrap="nowrap" p="xs" bg="white" style={{ borderRadius: 4 }}>
            <div>
              <Group gap="xs">
                <Anchor component={Link} to={`/candidati/${o.id}`} fw={600} size="sm">
                  {o.lastName} {o.firstName}
                </Anchor>
                <Badge color={sameTaxCode ? 'red' : 'orange'} size="sm" variant="light" tt="none">
                  {sameTaxCode ? 'Stesso codice fiscale' : 'Stesso nome e data di nascita'}
                </Badge>
                {o.deletedAt && (
                  <Badge color="gray" size="sm" variant="light">
                    {agree(sexOfTaxCode(o.taxCode), 'Eliminato/a')}
                  </Badge>
                )}
              </Group>
              <PersonFacts person={o} size="xs" />
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" variant="default" component={Link} to={`/candidati/${o.id}`} aria-label={`Apri il profilo di ${o.lastName} ${o.firstName}`}>
                Apri
              </Button>
              {session.can('candidates.write') && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconCheck size={14} />}
                  loading={busyId === o.id}
                  onClick={() => void markDifferent(o)}
                  aria-label={`Non è un duplicato: ${o.lastName} ${o.firstName}`}
                >
                  Non è un duplicato
                </Button>
              )}
              {session.can('candidates.merge') && !o.deletedAt && (
                <Button
                  size="xs"
                  color="orange"
                  leftSection={<IconArrowsJoin size={14} />}
                  component={Link}
                  to={`/candidati/${c.id}/unisci/${o.id}`}
                  aria-label={`Unisci… con ${o.lastName} ${o.firstName}`}
                >
                  Unisci…
                </Button>
              )}
            </Group>
          </Group>
        ))}
        {!session.can('candidates.merge') && (
          <Text size="xs" c="dimmed">
            Se è la stessa persona, chiedi a un coordinatore di unire i due profili.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
