/** «Regole regionali»: every version of the rules, the one in force today, and the files on each. */
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate } from '../../../lib/format';
import { RuleSetBadge, usageText } from './RuleSetBadge';

export function RuleSetsPage() {
  const list = useApiQuery('ruleSets.list', {});
  const canManage = useSession().can('rules.manage');
  if (list.error) return <LoadError message={list.error} />;

  return (
    <Stack maw={1000}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Regole regionali</Title>
          <Text size="sm" c="dimmed" maw={700}>
            I numeri con cui il programma verifica le pratiche di tirocinio. Ogni pratica segue la versione in vigore alla sua data di
            inizio: finché è in bozza passa da sola alla versione giusta; dalla firma in poi resta su quella.
          </Text>
        </div>
        {canManage && (
          <Button component={Link} to="/impostazioni/regole/nuova" leftSection={<IconPlus size={16} />}>
            Nuova versione
          </Button>
        )}
      </Group>
      <Card withBorder p={0}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nome</Table.Th>
              <Table.Th>In vigore dal</Table.Th>
              <Table.Th>Stato</Table.Th>
              <Table.Th>Pratiche che la usano</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/impostazioni/regole/${s.id}`}>
                    {s.name}
                  </Anchor>
                  {s.builtIn && (
                    <Text size="xs" c="dimmed">
                      Regole di base, incluse nel programma
                    </Text>
                  )}
                  {s.origin && (
                    <Text size="xs" c="dimmed">
                      {s.origin.kind === 'ufficio_regionale' ? `Pubblicata dall’ufficio regionale (${s.origin.code})` : `Dallo sportello ${s.origin.code}`}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(s.validFrom)}</Table.Td>
                <Table.Td>
                  <RuleSetBadge set={s} />
                </Table.Td>
                <Table.Td>{usageText(s.usage)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {!canManage && (
        <Text size="sm" c="dimmed">
          Solo un coordinatore può aggiungere o correggere le regole.
        </Text>
      )}
    </Stack>
  );
}
