/**
 * «Feste patronali»: the patron day of each comune, a holiday there that the planned hours, the
 * registers and the PFI's total leave out (decision 0017). The app ships Piedmont's provincial
 * capitals; a coordinator or administrator of any office adds a comune or corrects one, and the
 * change travels with the next exchange.
 */
import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { PatronDayView } from '@shared/api/patron-days';
import { api } from '../../../api/client';
import { apiKey, queryClient, useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate, orDash } from '../../../lib/format';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { PatronDayDialog, type PatronDayDialogState } from './PatronDayDialog';

function originText(d: PatronDayView): string {
  if (d.shipped) return 'Fornita con l’applicazione';
  const who = d.writtenHere
    ? 'da questo ufficio'
    : d.origin
      ? d.origin.kind === 'ufficio_regionale'
        ? `dall’ufficio regionale (${d.origin.code})`
        : `dall’ufficio ${d.origin.code}`
      : 'da un altro sportello (arrivata con la pubblicazione regionale)';
  return `${d.correctsShipped ? 'Corretta' : 'Aggiunta'} ${who} il ${formatDate(d.updatedAt)}`;
}

export function PatronDaysPage() {
  const list = useApiQuery('patronDays.list', {});
  const canManage = useSession().can('rules.manage');
  const [dialog, setDialog] = useState<PatronDayDialogState>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  if (list.error) return <LoadError message={list.error} />;

  async function remove(d: PatronDayView) {
    setRemoving(d.comuneCode);
    try {
      await api.call('patronDays.delete', { id: d.id!, hlc: d.hlc! });
      showSaved(d.correctsShipped ? `Per ${d.comune} torna la festa fornita con l’applicazione.` : `Festa patronale di ${d.comune} tolta dall’elenco.`, 'Festa patronale tolta');
    } catch (error) {
      showApiError(error);
      // Refused (someone changed or removed it meanwhile): a refused write refreshes nothing by itself.
      void queryClient.invalidateQueries({ queryKey: apiKey('patronDays.list') });
    } finally {
      setRemoving(null);
    }
  }

  const confirmRemove = (d: PatronDayView) =>
    modals.openConfirmModal({
      title: `Togliere la festa patronale di ${d.comune}?`,
      children: (
        <Text size="sm">
          {d.correctsShipped
            ? 'Torna a valere la data fornita con l’applicazione.'
            : 'Da ora le ore previste delle pratiche in quel comune contano anche quel giorno. I mesi già chiusi restano come sono.'}
        </Text>
      ),
      labels: { confirm: 'Togli', cancel: 'Annulla' },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove(d),
    });

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Feste patronali</Title>
          <Text size="sm" c="dimmed" maw={760}>
            Il giorno del santo patrono è festivo nel comune dove il tirocinante lavora (la sede operativa della pratica, o la sede legale): non ci sono ore
            previste e il registro lo segna come festa. L’applicazione fornisce i capoluoghi di provincia del Piemonte; per ogni altro comune la aggiunge un
            coordinatore. I mesi già chiusi non cambiano.
          </Text>
        </div>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
            Aggiungi un comune
          </Button>
        )}
      </Group>
      <Card withBorder p={0}>
        <Table striped verticalSpacing="sm" aria-label="Feste patronali dei comuni">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Comune</Table.Th>
              <Table.Th>Festa</Table.Th>
              <Table.Th>Santo patrono</Table.Th>
              <Table.Th>Origine</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((d) => (
              <Table.Tr key={d.comuneCode}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {d.comune}
                    {d.province ? ` (${d.province})` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{d.rule === null ? <Badge variant="light" color="gray">nessuna festa</Badge> : d.ruleText}</Table.Td>
                <Table.Td>{orDash(d.saint)}</Table.Td>
                <Table.Td>
                  <Text size="xs">{originText(d)}</Text>
                  {d.source && !d.shipped && (
                    <Text size="xs" c="dimmed">
                      Fonte: {d.source}
                    </Text>
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label="Correggi">
                        <ActionIcon variant="subtle" aria-label={`Correggi la festa di ${d.comune}`} onClick={() => setDialog({ kind: 'edit', day: d })}>
                          <IconPencil size={18} />
                        </ActionIcon>
                      </Tooltip>
                      {d.id !== null && (
                        <Tooltip label={d.correctsShipped ? 'Torna alla data fornita' : 'Togli'}>
                          <ActionIcon variant="subtle" color="red" aria-label={`Togli la festa di ${d.comune}`} loading={removing === d.comuneCode} onClick={() => confirmRemove(d)}>
                            <IconTrash size={18} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Text size="sm" c="dimmed">
        {canManage
          ? 'Le aggiunte e le correzioni vanno all’ufficio regionale con la prossima esportazione, e da lì agli altri sportelli con la pubblicazione delle regole.'
          : 'Solo un coordinatore o un amministratore aggiunge o corregge una festa patronale.'}
      </Text>
      <PatronDayDialog
        state={dialog}
        onClose={() => setDialog(null)}
        onSaved={() => setDialog(null)}
      />
    </Stack>
  );
}
