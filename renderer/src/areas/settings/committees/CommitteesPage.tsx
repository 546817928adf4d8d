/**
 * «Comitati AICS»: the regional list of AICS committees (decision 0013). The regional office's
 * coordinators keep it here and publish it; at a desk it is read only and says who published it and
 * when. The association form suggests these names in its «Comitato AICS» field.
 */
import { Alert, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Committee, CommitteeList } from '@shared/api/committees';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate, orDash } from '../../../lib/format';
import { showSaved } from '../../../lib/form-errors';
import { useRemoval } from '../../../lib/useRemoval';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyRow, RowActions, RowIconButton, TableCard } from '../../../components/TableParts';
import { CommitteeDialog, type CommitteeDialogState } from './CommitteeDialog';

/** At a desk: who keeps the list and the publication it is as of. */
function DeskNotice({ list }: { list: CommitteeList }) {
  const publication = list.lastPublication;
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="Elenco dell’ufficio regionale">
      {publication ? (
        <>
          Pubblicato dall’ufficio regionale {publication.code} («{publication.name}») il {formatDate(publication.exportedAt)}, importato qui il{' '}
          {formatDate(publication.importedAt)}.{' '}
        </>
      ) : (
        <>L’elenco arriva con la pubblicazione dell’ufficio regionale: qui non ne è ancora stata importata nessuna. </>
      )}
      Qui si consulta soltanto: si modifica all’ufficio regionale e arriva con la sua prossima pubblicazione.
    </Alert>
  );
}

export function CommitteesPage() {
  const list = useApiQuery('committees.list', {});
  const canManage = useSession().can('rules.manage');
  const [dialog, setDialog] = useState<CommitteeDialogState>(null);
  const removal = useRemoval(
    (c: Committee) => c.id,
    async (c) => {
      await api.call('committees.delete', { id: c.id, hlc: c.hlc });
      showSaved(`«${c.name}» tolto dall’elenco. Gli sportelli lo tolgono con la prossima pubblicazione; le associazioni tengono il testo che hanno.`, 'Comitato eliminato');
    },
    'committees.list',
  );

  if (list.error) return <LoadError message={list.error} />;
  const data = list.data;
  const editable = Boolean(data?.managedHere) && canManage;
  const editingId = dialog?.kind === 'edit' ? dialog.committee.id : null;

  const confirmRemove = (c: Committee) =>
    removal.confirm(c, {
      title: `Togliere «${c.name}» dall’elenco?`,
      body: (
        <>
          Non sarà più suggerito nella scheda delle associazioni, qui e negli sportelli dopo la prossima pubblicazione. Le associazioni che lo riportano
          restano come sono.
        </>
      ),
      confirm: 'Elimina',
    });

  return (
    <Stack maw={1000}>
      <PageHeader
        title="Comitati AICS"
        maw={700}
        add={editable && { label: 'Nuovo comitato', onClick: () => setDialog({ kind: 'create' }) }}
      >
        L’elenco regionale dei comitati AICS. Nella scheda dell’associazione il campo «Comitato AICS» suggerisce questi nomi; si può sempre scrivere un nome
        diverso.
      </PageHeader>
      {data && !data.managedHere && <DeskNotice list={data} />}
      <TableCard aria-label="Elenco dei comitati AICS" columns={['Nome', 'Provincia', 'Note', 'Aggiornato il', editable && '']}>
        {data?.items.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {c.name}
              </Text>
              {c.origin && (
                <Text size="xs" c="dimmed">
                  {c.origin.kind === 'ufficio_regionale' ? `Pubblicato dall’ufficio regionale (${c.origin.code})` : `Dall’ufficio ${c.origin.code}`}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{orDash(c.province)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-line' }}>{orDash(c.notes)}</Table.Td>
            <Table.Td>{formatDate(c.updatedAt)}</Table.Td>
            {editable && (
              <Table.Td>
                {c.lockedReason === null && (
                  <RowActions gap={4}>
                    <RowIconButton tooltip="Correggi" label={`Correggi ${c.name}`} icon={<IconPencil size={18} />} onClick={() => setDialog({ kind: 'edit', committee: c })} />
                    <RowIconButton
                      tooltip="Elimina"
                      label={`Elimina ${c.name}`}
                      icon={<IconTrash size={18} />}
                      color="red"
                      loading={removal.removing === c.id}
                      onClick={() => confirmRemove(c)}
                    />
                  </RowActions>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
        {data && data.items.length === 0 && (
          <EmptyRow colSpan={editable ? 5 : 4}>
            {data.managedHere ? 'Nessun comitato nell’elenco.' : 'Nessun comitato: l’elenco non è ancora arrivato dall’ufficio regionale.'}
          </EmptyRow>
        )}
      </TableCard>
      {data?.managedHere && (
        <Text size="sm" c="dimmed">
          {canManage
            ? 'Le modifiche arrivano agli sportelli con la prossima pubblicazione («Scambio dati» → «Pubblica», casella «Elenco dei comitati AICS»).'
            : 'Solo un coordinatore dell’ufficio regionale aggiunge o corregge i comitati.'}
        </Text>
      )}
      <CommitteeDialog
        state={dialog}
        current={data?.items.find((c) => c.id === editingId) ?? null}
        onClose={() => setDialog(null)}
        onSaved={() => setDialog(null)}
      />
    </Stack>
  );
}
