/** The candidates table: one row per person, the whole row opens the profile. */
import { Table, Text, Tooltip } from '@mantine/core';
import { RESTRICTED_LABEL, TARGET_CATEGORY_LABELS, type CandidateRow, type TargetCategory } from '@shared/api/candidates';
import { ageOn } from '../../../lib/age';
import { formatDate } from '../../../lib/format';
import { ListTable, OpeningRow, RecordLinkCell, SortHeader, type SortOrder } from '../../../lib/ListTable';
import { OfficeCell, type Offices } from '../../../lib/offices';
import { CandidateStatusBadge } from '../../../components/CandidateStatusBadge';
import { agree } from '@shared/text/agreement';
import { sexOfTaxCode } from '../../../lib/person-sex';
import type { CandidateSort } from './list-params';
import { CANDIDATE_FIELDS as F } from '@shared/fields/candidate';

/** Short names for a narrow column; the full label is in the tooltip. */
const CATEGORY_SHORT: Record<TargetCategory, string> = {
  disoccupato: 'Disoccupato/a',
  disabile: 'Disabilità (L. 68/99)',
  svantaggiato: 'Svantaggiato/a (L. 381/91)',
  servizi: 'Servizi sociali/sanitari',
  protezione: 'Protezione internazionale',
  neet: 'NEET',
  altro: 'Altro',
};

const SORT_NAMES: Record<CandidateSort, string> = {
  name: 'cognome e nome',
  age: 'età',
  comune: 'comune',
  updated: 'data di aggiornamento',
};

interface CandidatesTableProps extends SortOrder<CandidateSort> {
  rows: CandidateRow[];
  today: string;
  offices: Offices;
}

/** `sortable` is false past the search cap, where the rows come newest first and the order cannot be chosen. */
export function CandidatesTable({ rows, today, offices, ...order }: CandidatesTableProps) {
  const header = (column: CandidateSort, label: string, minWidth?: number) => (
    <SortHeader order={order} column={column} name={SORT_NAMES[column]} minWidth={minWidth}>
      {label}
    </SortHeader>
  );

  return (
    <ListTable
      label="Elenco dei candidati"
      offices={offices}
      head={
        <>
          {header('name', 'Cognome e nome', 150)}
          <Table.Th>{F.taxCode.label}</Table.Th>
          {header('age', 'Età')}
          {header('comune', 'Comune')}
          <Table.Th>{F.status.label}</Table.Th>
          <Table.Th>{F.targetCategory.label}</Table.Th>
          <Table.Th>{F.skills.label}</Table.Th>
          <Table.Th>Operatore</Table.Th>
          {header('updated', 'Aggiornato')}
        </>
      }
    >
      {rows.map((c) => {
        const sex = sexOfTaxCode(c.taxCode);
        return (
          <OpeningRow key={c.id} to={`/candidati/${c.id}`}>
            <RecordLinkCell to={`/candidati/${c.id}`} deleted={c.deletedAt ? agree(sex, 'Eliminato/a') : null}>
              {c.lastName} {c.firstName}
            </RecordLinkCell>
            <Table.Td ff="monospace" fz="xs">
              {c.taxCode}
            </Table.Td>
            <Table.Td>{ageOn(c.birthDate, today) ?? '—'}</Table.Td>
            <Table.Td>{c.resComune ? `${c.resComune}${c.resProvince ? ` (${c.resProvince})` : ''}` : '—'}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {/* Never cut short: "Non disponibile" must read in full in a narrow column. */}
              <CandidateStatusBadge status={c.status} sex={sex} size="sm" styles={{ label: { overflow: 'visible' } }} />
            </Table.Td>
            <Table.Td>
              {c.targetCategory ? (
                <Tooltip label={agree(sex, TARGET_CATEGORY_LABELS[c.targetCategory])} openDelay={400}>
                  <Text size="sm" span>
                    {agree(sex, CATEGORY_SHORT[c.targetCategory])}
                  </Text>
                </Tooltip>
              ) : c.targetCategoryHidden ? (
                <Tooltip label={RESTRICTED_LABEL} openDelay={400}>
                  <Text size="sm" span>
                    Tutelata
                  </Text>
                </Tooltip>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">
                {c.skills.length === 0 ? '—' : c.skills.slice(0, 3).join(', ')}
                {c.skills.length > 3 && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    +{c.skills.length - 3}
                  </Text>
                )}
              </Text>
            </Table.Td>
            <Table.Td>{c.operatorName ?? '—'}</Table.Td>
            <Table.Td>{formatDate(c.updatedAt)}</Table.Td>
            {offices.several && <OfficeCell offices={offices} code={c.officeCode} />}
          </OpeningRow>
        );
      })}
    </ListTable>
  );
}
