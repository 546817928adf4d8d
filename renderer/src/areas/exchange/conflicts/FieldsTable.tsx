/**
 * The two versions of a record side by side, field by field; the fields that differ are highlighted
 * and each has its choice: keep the current value or take the arrived one.
 */
import { SegmentedControl, Table, Text } from '@mantine/core';
import type { ConflictDetail } from '@shared/api/exchange';
import { conflictFieldLabel, conflictFieldValue } from './field-labels';

export type Side = 'attuale' | 'arrivata';

interface Props {
  detail: ConflictDetail;
  fields: ConflictDetail['fields'];
  choices: Record<string, Side>;
  onChoose?(column: string, side: Side): void;
}

function Value({ text, chosen, dimmed }: { text: string; chosen: boolean; dimmed: boolean }) {
  return (
    <Text size="sm" fw={chosen ? 600 : undefined} c={dimmed ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

export function FieldsTable({ detail, fields, choices, onChoose }: Props) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" withTableBorder aria-label="Le due versioni campo per campo" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">Campo</Table.Th>
            <Table.Th>Versione attuale ({detail.current.officeCode})</Table.Th>
            <Table.Th>Versione arrivata ({detail.theirs.officeCode})</Table.Th>
            {onChoose && <Table.Th w={250}>Quale tenere</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((f) => {
            const field = f.label;
            const label = conflictFieldLabel(detail.table, field, f.column);
            const side = choices[f.column] ?? 'attuale';
            return (
              <Table.Tr key={f.column} bg={f.differs ? 'yellow.0' : undefined} data-testid={f.differs ? 'conflict-field-differs' : undefined}>
                <Table.Td>
                  <Text size="sm" fw={f.differs ? 600 : undefined}>
                    {label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Value text={conflictFieldValue(detail.table, field, f.current)} chosen={f.differs && side === 'attuale'} dimmed={!f.differs} />
                </Table.Td>
                <Table.Td>
                  <Value text={conflictFieldValue(detail.table, field, f.theirs)} chosen={f.differs && side === 'arrivata'} dimmed={!f.differs} />
                </Table.Td>
                {onChoose && (
                  <Table.Td>
                    {f.differs ? (
                      <SegmentedControl
                        size="xs"
                        fullWidth
                        value={side}
                        onChange={(v) => onChoose(f.column, v === 'arrivata' ? 'arrivata' : 'attuale')}
                        aria-label={`Quale valore tenere per «${label}»`}
                        data={[
                          { value: 'attuale', label: 'Tieni attuale' },
                          { value: 'arrivata', label: 'Prendi arrivata' },
                        ]}
                      />
                    ) : (
                      <Text size="xs" c="dimmed">
                        uguale
                      </Text>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
