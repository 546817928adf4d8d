/**
 * «Feste patronali»: the patron day of each comune, a holiday there that the planned hours, the
 * registers and the PFI's total leave out (decision 0017). The app ships Piedmont's provincial
 * capitals; a coordinator or administrator of any office adds a comune or corrects one, and the
 * change travels with the next exchange.
 */
import { Badge, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { PatronDayView } from '@shared/api/patron-days';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { formatDate, orDash } from '../../../lib/format';
import { showSaved } from '../../../lib/form-errors';
import { useRemoval } from '../../../lib/useRemoval';
import { PageHeader } from '../../../components/PageHeader';
import { RowActions, RowIconButton, TableCard } from '../../../components/TableParts';
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
  const removal = useRemoval(
    (d: PatronDayView) => d.comuneCode,
    async (d) => {
      await api.call('patronDays.delete', { id: d.id!, hlc: d.hlc! });
      showSaved(d.correctsShipped ? `Per ${d.comune} torna la festa fornita con l’applicazione.` : `Festa patronale di ${d.comune} tolta dall’elenco.`, 'Festa patronale tolta');
    },
    'patronDays.list',
  );

  if (list.error) return <LoadError message={list.error} />;

  const confirmRemove = (d: PatronDayView) =>
    removal.confirm(d, {
      title: `Togliere la festa patronale di ${d.comune}?`,
      body: d.correctsShipped
        ? 'Torna a valere la data fornita con l’applicazione.'
        : 'Da ora le ore previste delle pratiche in quel comune contano anche quel giorno. I mesi già chiusi restano come sono.',
      confirm: 'Togli',
    });

  return (
    <Stack maw={1100}>
      <PageHeader
        title="Feste patronali"
        maw={760}
        add={canManage && { label: 'Aggiungi un comune', onClick: () => setDialog({ kind: 'create' }) }}
      >
        Il giorno del santo patrono è festivo nel comune dove il tirocinante lavora (la sede operativa della pratica, o la sede legale): non ci sono ore
        previste e il registro lo segna come festa. L’applicazione fornisce i capoluoghi di provincia del Piemonte; per ogni altro comune la aggiunge un
        coordinatore. I mesi già chiusi non cambiano.
      </PageHeader>
      <TableCard aria-label="Feste patronali dei comuni" columns={['Comune', 'Festa', 'Santo patrono', 'Origine', canManage && '']}>
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
                <RowActions gap={4}>
                  <RowIconButton tooltip="Correggi" label={`Correggi la festa di ${d.comune}`} icon={<IconPencil size={18} />} onClick={() => setDialog({ kind: 'edit', day: d })} />
                  {d.id !== null && (
                    <RowIconButton
                      tooltip={d.correctsShipped ? 'Torna alla data fornita' : 'Togli'}
                      label={`Togli la festa di ${d.comune}`}
                      icon={<IconTrash size={18} />}
                      color="red"
                      loading={removal.removing === d.comuneCode}
                      onClick={() => confirmRemove(d)}
                    />
                  )}
                </RowActions>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </TableCard>
      <Text size="sm" c="dimmed">
        {canManage
          ? 'Le aggiunte e le correzioni vanno all’ufficio regionale con la prossima esportazione, e da lì agli altri sportelli con la pubblicazione delle regole.'
          : 'Solo un coordinatore o un amministratore aggiunge o corregge una festa patronale.'}
      </Text>
      <PatronDayDialog state={dialog} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
    </Stack>
  );
}
