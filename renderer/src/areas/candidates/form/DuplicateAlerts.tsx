/**
 * The duplicate warnings above the form: a red one when the codice fiscale is already taken
 * (the save would be refused), an orange one for namesakes born the same day (saving is allowed).
 */
import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink, IconUserExclamation } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '@shared/api/candidates';
import { formatDate } from '../../../lib/format';
import { sexOfTaxCode } from '../../../lib/person-sex';
import { agree } from '@shared/text/agreement';

/** Who already holds the code: from the live check, or from the core's refusal on save. */
export interface TakenTaxCode {
  id: string;
  name: string;
}

/**
 * The alert's heading as plain bold text: as the alert's `title` it would become the alert's
 * accessible label, and a label mentioning "codice fiscale" would be found by a search for the field.
 */
function AlertTitle({ color, children }: { color: string; children: string }) {
  return (
    <Text size="sm" fw={700} c={`${color}.8`}>
      {children}
    </Text>
  );
}

export function TaxCodeTakenAlert({ taken }: { taken: TakenTaxCode }) {
  return (
    <Alert color="red" icon={<IconUserExclamation size={20} />}>
      <Stack gap="xs" align="flex-start">
        <AlertTitle color="red">Codice fiscale già registrato</AlertTitle>
        <Text size="sm">
          Questo codice fiscale è già registrato per <strong>{taken.name}</strong>. Non si può creare un secondo profilo per la stessa persona: apri quello
          esistente e aggiornalo.
        </Text>
        <Button size="xs" color="red" variant="white" component={Link} to={`/candidati/${taken.id}`} leftSection={<IconExternalLink size={14} />}>
          Apri il profilo
        </Button>
      </Stack>
    </Alert>
  );
}

export function SimilarPeopleAlert({ people }: { people: DuplicateCandidate[] }) {
  if (people.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={20} />}>
      <Stack gap="xs">
        <AlertTitle color="orange">Stesso nome e data di nascita, codice fiscale diverso</AlertTitle>
        <Text size="sm">
          Controlla che non sia la stessa persona registrata con un codice sbagliato o provvisorio. Se è un’altra persona, puoi salvare.
        </Text>
        <List size="sm" spacing={4}>
          {people.map((p) => (
            <List.Item key={p.id}>
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={`/candidati/${p.id}`} size="sm" fw={600}>
                  {p.lastName} {p.firstName}
                </Anchor>
                <PersonFacts person={p} size="sm" />
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}

/** What tells two people of the same name apart: the codice fiscale, the birth date, where they live. */
export function PersonFacts({ person: p, size }: { person: DuplicateCandidate; size: 'xs' | 'sm' }) {
  return (
    <Text size={size} c="dimmed">
      <Text span ff="monospace" size={size}>
        {p.taxCode}
      </Text>{' '}
      · {agree(sexOfTaxCode(p.taxCode), 'nato/a')} il {formatDate(p.birthDate)}
      {p.resComune ? ` · ${p.resComune}` : ''}
    </Text>
  );
}
