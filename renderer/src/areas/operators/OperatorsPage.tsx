/** Administrators manage who can log in, and with which role. */
import { Badge, Button, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import type { Operator } from '@shared/api/operators';
import { ROLE_LABELS } from '@shared/api/permissions';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { formatDateTime } from '../../lib/format';
import { PageHeader } from '../../components/PageHeader';
import { RowActions, TableCard } from '../../components/TableParts';
import { OperatorDialogs, type OperatorDialog } from './OperatorDialogs';

export function OperatorsPage() {
  const list = useApiQuery('operators.list', {});
  const [dialog, setDialog] = useState<OperatorDialog>(null);

  if (list.error) return <LoadError message={list.error} />;

  return (
    <Stack maw={1000}>
      <PageHeader
        title="Operatori"
        alignTop={false}
        add={{ label: 'Nuovo operatore', onClick: () => setDialog({ kind: 'create' }) }}
      >
        Chi può accedere a questo sportello. Gli operatori disattivati non possono più entrare; il loro storico resta.
      </PageHeader>
      <TableCard verticalSpacing="xs" columns={['Nome', 'Utente', 'Ruolo', 'Stato', 'Ultimo accesso', '']}>
        {list.data?.map((o: Operator) => (
          <Table.Tr key={o.id}>
            <Table.Td>{o.fullName}</Table.Td>
            <Table.Td ff="monospace">{o.username}</Table.Td>
            <Table.Td>{ROLE_LABELS[o.role]}</Table.Td>
            <Table.Td>{o.active ? <Badge color="teal" variant="light">Attivo</Badge> : <Badge color="gray">Disattivato</Badge>}</Table.Td>
            <Table.Td>{formatDateTime(o.lastLoginAt)}</Table.Td>
            <Table.Td>
              <RowActions nowrap={false}>
                <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'edit', operator: o })}>
                  Modifica
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setDialog({ kind: 'password', operator: o })}>
                  Nuova password
                </Button>
              </RowActions>
            </Table.Td>
          </Table.Tr>
        ))}
      </TableCard>
      <OperatorDialogs dialog={dialog} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
    </Stack>
  );
}
