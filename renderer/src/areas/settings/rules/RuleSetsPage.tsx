/** «Regole regionali»: every version of the rules, the one in force today, and the files on each. */
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate } from '../../../lib/format';
import { PageHeader } from '../../../components/PageHeader';
import { TableCard } from '../../../components/TableParts';
import { RuleSetBadge, usageText } from './RuleSetBadge';

export function RuleSetsPage() {
  const list = useApiQuery('ruleSets.list', {});
  const canManage = useSession().can('rules.manage');
  if (list.error) return <LoadError message={list.error} />;

  return (
    <Stack maw={1000}>
      <PageHeader
        title="Regole regionali"
        maw={700}
        add={canManage && { label: 'Nuova versione', to: '/impostazioni/regole/nuova' }}
      >
        I numeri con cui il programma verifica le pratiche di tirocinio. Ogni pratica segue la versione in vigore alla sua data di inizio: finché è in
        bozza passa da sola alla versione giusta; dalla firma in poi resta su quella.
      </PageHeader>
      <TableCard columns={['Nome', 'In vigore dal', 'Stato', 'Pratiche che la usano']}>
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
      </TableCard>
      {!canManage && (
        <Text size="sm" c="dimmed">
          Solo un coordinatore può aggiungere o correggere le regole.
        </Text>
      )}
    </Stack>
  );
}
