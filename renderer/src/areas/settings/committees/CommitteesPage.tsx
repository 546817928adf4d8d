/**
 * «Comitati AICS»: the regional list of AICS committees (decision 0013). The regional office's
 * coordinators keep it here and publish it; at a desk it is read only and says who published it and
 * when. The association form suggests these names in its «Comitato AICS» field.
 */
import { ActionIcon, Alert, Button, Card, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconInfoCircle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Committee, CommitteeList } from '@shared/api/committees';
import { api } from '../../../api/client';
import { apiKey, queryClient, useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate, orDash } from '../../../lib/format';
import { showApiError, showSaved } from '../../../lib/form-errors';
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
  const [removing, setRemoving] = useState<string | null>(null);

  if (list.error) return <LoadError message={list.error} />;
  const data = list.data;
  const editable = Boolean(data?.managedHere) && canManage;
  const editingId = dialog?.kind === 'edit' ? dialog.committee.id : null;

  async function remove(c: Committee) {
    setRemoving(c.id);
    try {
      await api.call('committees.delete', { id: c.id, hlc: c.hlc });
      showSaved(`«${c.name}» tolto dall’elenco. Gli sportelli lo tolgono con la prossima pubblicazione; le associazioni tengono il testo che hanno.`, 'Comitato eliminato');
    } catch (error) {
      showApiError(error);
      // Refused (someone changed or removed it meanwhile): a refused write refreshes nothing by itself.
      void queryClient.invalidateQueries({ queryKey: apiKey('committees.list') });
    } finally {
      setRemoving(null);
    }
  }

  const confirmRemove = (c: Committee) =>
    modals.openConfirmModal({
      title: `Togliere «${c.name}» dall’elenco?`,
      children: (
        <Text size="sm">
          Non sarà più suggerito nella scheda delle associazioni, qui e negli sportelli dopo la prossima pubblicazione. Le associazioni che lo riportano
          restano come sono.
        </Text>
      ),
      labels: { confirm: 'Elimina', cancel: 'Annulla' },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove(c),
    });

  return (
    <Stack maw={1000}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Comitati AICS</Title>
          <Text size="sm" c="dimmed" maw={700}>
            L’elenco regionale dei comitati AICS. Nella scheda dell’associazione il campo «Comitato AICS» suggerisce questi nomi; si può sempre scrivere un
            nome diverso.
          </Text>
        </div>
        {editable && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
            Nuovo comitato
          </Button>
        )}
      </Group>
      {data && !data.managedHere && <DeskNotice list={data} />}
      <Card withBorder p={0}>
        <Table striped verticalSpacing="sm" aria-label="Elenco dei comitati AICS">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nome</Table.Th>
              <Table.Th>Provincia</Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th>Aggiornato il</Table.Th>
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
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
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label="Correggi">
                          <ActionIcon variant="subtle" aria-label={`Correggi ${c.name}`} onClick={() => setDialog({ kind: 'edit', committee: c })}>
                            <IconPencil size={18} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label="Elimina">
                          <ActionIcon variant="subtle" color="red" aria-label={`Elimina ${c.name}`} loading={removing === c.id} onClick={() => confirmRemove(c)}>
                            <IconTrash size={18} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
            {data && data.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={editable ? 5 : 4}>
                  <Text size="sm" c="dimmed" py="xs">
                    {data.managedHere ? 'Nessun comitato nell’elenco.' : 'Nessun comitato: l’elenco non è ancora arrivato dall’ufficio regionale.'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Card>
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
