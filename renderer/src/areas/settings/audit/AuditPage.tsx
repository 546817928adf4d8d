/**
 * «Registro accessi» (issue 15), for coordinators and administrators: the audit log filtered by
 * person, operator, action, kind and period, a page at a time, and the same filters as a CSV for
 * Excel. What the GDPR asks an office to answer: who viewed a person's special data, who exported,
 * which logins failed.
 */
import { Button, Group, Pagination, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_KIND_LABELS, AUDIT_KINDS, type AuditAction, type AuditKind } from '@shared/api/audit';
import { endsBeforeStart, isIsoDate } from '@shared/api/fields';
import { count } from '@shared/text/plural';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { CandidateSelect } from '../../../components/CandidateSelect';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyRow, TableCard } from '../../../components/TableParts';
import { DateField } from '../../../lib/DateField';
import { deliverFile } from '../../../lib/files';
import { formatDateTime, orDash } from '../../../lib/format';
import { showApiError } from '../../../lib/form-errors';

const PAGE_SIZE = 50;
const KIND_OPTIONS = AUDIT_KINDS.map((k) => ({ value: k, label: AUDIT_KIND_LABELS[k] }));
const ACTION_OPTIONS = AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }));

/** A date still being typed (or unreadable) does not filter yet: the box itself says what is wrong. */
function dateFilter(value: string | null): string | null {
  return value !== null && isIsoDate(value) ? value : null;
}

export function AuditPage() {
  const [personId, setPersonId] = useState<string | null>(null);
  const [operatorId, setOperatorId] = useState<string | null>(null);
  const [action, setAction] = useState<AuditAction | null>(null);
  const [kind, setKind] = useState<AuditKind>('tutto');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);

  const periodWrong = endsBeforeStart(dateFilter(from), dateFilter(to));
  // A period the wrong way round asks nothing of the core: the «Al» box says why.
  const filters = { personId, operatorId, action, kind, from: dateFilter(from), to: periodWrong ? null : dateFilter(to) };
  const list = useApiQuery('audit.search', { ...filters, page, pageSize: PAGE_SIZE }, { keepPrevious: true });
  /** Every change of a filter starts again from the first page. */
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  const exportCsv = async () => {
    setExporting(true);
    try {
      await deliverFile(await api.call('audit.export', filters), 'save');
    } catch (error) {
      showApiError(error, undefined, 'Non è stato possibile preparare il file. Riprova.');
    } finally {
      setExporting(false);
    }
  };

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <Stack maw={1200}>
      <PageHeader title="Registro accessi" maw={760} add={false}>
        Chi ha fatto cosa, e quando: chi ha visto i dati particolari di una persona, chi ha esportato dati, quali accessi non sono riusciti. Il
        registro non si può modificare; ogni esportazione in CSV vi resta annotata.
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <CandidateSelect label="Persona" value={personId} selectedLabel={null} onChange={change(setPersonId)} />
        <Select
          label="Operatore"
          placeholder="Tutti"
          clearable
          searchable
          data={data?.operators.map((o) => ({ value: o.id, label: o.name })) ?? []}
          value={operatorId}
          onChange={change(setOperatorId)}
        />
        <Select label="Tipo" data={KIND_OPTIONS} value={kind} allowDeselect={false} onChange={(v) => change(setKind)((v as AuditKind | null) ?? 'tutto')} />
        <Select label="Azione" placeholder="Tutte" clearable data={ACTION_OPTIONS} value={action} onChange={(v) => change(setAction)(v as AuditAction | null)} />
        <DateField label="Dal" value={from} onChange={change(setFrom)} />
        <DateField label="Al" value={to} onChange={change(setTo)} error={periodWrong ? 'La data viene prima di «Dal»' : undefined} />
      </SimpleGrid>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {data ? count(data.total, 'riga', 'righe') : 'Caricamento…'}
        </Text>
        <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={exporting} disabled={!data || data.total === 0} onClick={() => void exportCsv()}>
          Esporta CSV
        </Button>
      </Group>
      {list.error && <LoadError message={list.error} />}
      <TableCard aria-label="Registro accessi" verticalSpacing="xs" columns={['Data e ora', 'Operatore', 'Azione', 'Record', 'Dettagli']}>
        {data && data.items.length === 0 && <EmptyRow colSpan={5}>Nessuna riga corrisponde ai filtri.</EmptyRow>}
        {data?.items.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at)}</Table.Td>
            <Table.Td>{r.operatorName}</Table.Td>
            <Table.Td>{r.action}</Table.Td>
            <Table.Td>
              <Text size="sm">{orDash(r.entityLabel)}</Text>
              <Text size="xs" c="dimmed">
                {r.entity}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{r.summary}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </TableCard>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={setPage} aria-label="Pagine" />
        </Group>
      )}
    </Stack>
  );
}
