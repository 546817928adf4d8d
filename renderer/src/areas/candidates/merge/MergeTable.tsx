/**
 * One row per field where the two profiles differ, with a radio per value; the fields that are
 * the same on both sides come after, folded away and dimmed, since there is nothing to choose.
 */
import { Button, Collapse, Radio, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import type { Candidate } from '@shared/api/candidates';
import { CANDIDATE_FIELD_LABELS, formatCandidateValue } from '../labels';
import { canCombine, chosenValue, defaultChoice, differs, MERGE_FIELDS, type MergeChoice, type MergeField } from './merge-fields';

interface MergeTableProps {
  survivor: Candidate;
  absorbed: Candidate;
  choices: Partial<Record<MergeField, MergeChoice>>;
  onChoose(field: MergeField, choice: MergeChoice): void;
  operatorNames: Record<string, string>;
}

const SIDE_NAMES: Record<MergeChoice, string> = {
  survivor: 'profilo che resta',
  absorbed: 'altro profilo',
  both: 'entrambi',
};

function ValueText({ children, dimmed }: { children: string; dimmed?: boolean }) {
  return (
    <Text size="sm" c={dimmed ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {children}
    </Text>
  );
}

export function MergeTable({ survivor, absorbed, choices, onChoose, operatorNames }: MergeTableProps) {
  const [showSame, setShowSame] = useState(false);
  const different = MERGE_FIELDS.filter((f) => differs(f, survivor, absorbed));
  const equal = MERGE_FIELDS.filter((f) => !differs(f, survivor, absorbed));
  const combinable = (f: MergeField) => canCombine(f, survivor, absorbed);
  const anyCombinable = different.some(combinable);
  const label = (f: MergeField) => CANDIDATE_FIELD_LABELS[f] ?? f;
  const show = (f: MergeField, value: unknown) => formatCandidateValue(f, value, operatorNames);

  function option(field: MergeField, side: MergeChoice) {
    const chosen = (choices[field] ?? defaultChoice(field, survivor, absorbed)) === side;
    const value = show(field, chosenValue(field, side, survivor, absorbed));
    return (
      <Table.Td bg={chosen ? 'blue.0' : undefined}>
        <Radio
          name={`merge-${field}`}
          value={side}
          checked={chosen}
          onChange={() => onChoose(field, side)}
          label={<ValueText>{value}</ValueText>}
          aria-label={`${label(field)}: ${value} (${SIDE_NAMES[side]})`}
        />
      </Table.Td>
    );
  }

  return (
    <>
      {different.length === 0 ? (
        <Text size="sm">I due profili hanno gli stessi dati: restano così. Si uniscono note, allegati e cronologia.</Text>
      ) : (
        <Table withTableBorder withColumnBorders layout="fixed" aria-label="Dati diversi nei due profili">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={200}>Dato</Table.Th>
              <Table.Th>
                Profilo che resta: {survivor.lastName} {survivor.firstName}
              </Table.Th>
              <Table.Th>
                Altro profilo: {absorbed.lastName} {absorbed.firstName}
              </Table.Th>
              {anyCombinable && <Table.Th w={220}>Entrambi (solo elenchi e note)</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {different.map((f) => (
              <Table.Tr key={f}>
                <Table.Td fw={600}>{label(f)}</Table.Td>
                {option(f, 'survivor')}
                {option(f, 'absorbed')}
                {anyCombinable && (combinable(f) ? option(f, 'both') : <Table.Td />)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {equal.length > 0 && (
        <div>
          <Button
            variant="subtle"
            color="gray"
            size="compact-sm"
            leftSection={showSame ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            onClick={() => setShowSame((v) => !v)}
            aria-expanded={showSame}
          >
            {showSame ? 'Nascondi' : 'Mostra'} i dati uguali nei due profili ({equal.length})
          </Button>
          <Collapse in={showSame}>
            <Table mt="xs" layout="fixed" aria-label="Dati uguali nei due profili">
              <Table.Tbody>
                {equal.map((f) => (
                  <Table.Tr key={f}>
                    <Table.Td w={200}>
                      <Text size="sm" c="dimmed">
                        {label(f)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ValueText dimmed>{show(f, survivor[f])}</ValueText>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Collapse>
        </div>
      )}
    </>
  );
}
