/** The candidates table: one row per person, the whole row opens the profile. */
import { Anchor, Badge, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { RESTRICTED_LABEL, TARGET_CATEGORY_LABELS, type CandidateRow, type TargetCategory } from '@shared/api/candidates';
import { ageOn } from '../../../lib/age';
import { formatDate } from '../../../lib/format';
import { OfficeCell, OfficeHeader, type Offices } from '../../../lib/offices';
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

interface CandidatesTableProps {
  rows: CandidateRow[];
  today: string;
  sort: CandidateSort;
  direction: 'asc' | 'desc';
  /** Past the search cap the rows come newest first and the order cannot be chosen. */
  sortable: boolean;
  onSort(column: CandidateSort): void;
  offices: Offices;
}

export function CandidatesTable({ rows, today, sort, direction, sortable, onSort, offices }: CandidatesTableProps) {
  const navigate = useNavigate();

  function SortHeader({ column, children, minWidth }: { column: CandidateSort; children: string; minWidth?: number }) {
    if (!sortable) return <Table.Th miw={minWidth}>{children}</Table.Th>;
    const active = sort === column;
    const Icon = direction === 'desc' ? IconArrowDown : IconArrowUp;
    return (
      <Table.Th miw={minWidth} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <UnstyledButton onClick={() => onSort(column)} aria-label={`Ordina per ${SORT_NAMES[column]}`}>
          <Group gap={4} wrap="nowrap">
            <Text fw={700} size="sm">
              {children}
            </Text>
            {active && <Icon size={14} />}
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  }

  // The name is a real link for the keyboard; a click anywhere else on the row does the same.
  function openRow(event: MouseEvent, id: string) {
    if ((event.target as HTMLElement).closest('a')) return;
    void navigate(`/candidati/${id}`);
  }

  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label="Elenco dei candidati">
      <Table.Thead>
        <Table.Tr>
          <SortHeader column="name" minWidth={150}>
            Cognome e nome
          </SortHeader>
          <Table.Th>{F.taxCode.label}</Table.Th>
          <SortHeader column="age">Età</SortHeader>
          <SortHeader column="comune">Comune</SortHeader>
          <Table.Th>{F.status.label}</Table.Th>
          <Table.Th>{F.targetCategory.label}</Table.Th>
          <Table.Th>{F.skills.label}</Table.Th>
          <Table.Th>Operatore</Table.Th>
          <SortHeader column="updated">Aggiornato</SortHeader>
          {offices.several && <OfficeHeader />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => {
          const sex = sexOfTaxCode(c.taxCode);
          return (
            <Table.Tr key={c.id} onClick={(e) => openRow(e, c.id)} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <Anchor component={Link} to={`/candidati/${c.id}`} fw={500}>
                  {c.lastName} {c.firstName}
                </Anchor>
                {c.deletedAt && (
                  <Badge ml="xs" color="red" variant="light" size="sm">
                    {agree(sex, 'Eliminato/a')}
                  </Badge>
                )}
              </Table.Td>
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
                    <Text size="sm" span c="dimmed">
                      Riservata
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
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
