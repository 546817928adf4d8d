/**
 * «Campi disponibili»: the fields a template of one kind may use, grouped as the catalogue groups
 * them, each with the placeholder to write in Word (copyable) and what it prints. The list is the
 * same catalogue the core checks an upload against, so what is listed here is what is accepted.
 */
import { ActionIcon, Code, CopyButton, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconSearch } from '@tabler/icons-react';
import { Fragment, useMemo, useState } from 'react';
import type { DocumentKind } from '@shared/api/documents';
import { placeholderOf, templateFieldGroups, type RowTable, type TemplateField } from '@shared/documents/fields';

/** The one sentence that explains the repeated rows, for each table. */
const ROW_TABLE_HINTS: Record<RowTable, string> = {
  orario: 'Questi campi vanno nelle celle di una sola riga di una tabella di Word: il programma ripete quella riga per ogni giorno dell’orario settimanale.',
  giorni: 'Questi campi vanno nelle celle di una sola riga di una tabella di Word: il programma ripete quella riga per ogni giorno del mese.',
};

function matches(field: TemplateField, words: string): boolean {
  if (!words) return true;
  return `${field.key} ${field.label} ${field.description}`.toLowerCase().includes(words);
}

export function TemplateFieldsPanel({ kind }: { kind: DocumentKind }) {
  const [search, setSearch] = useState('');
  const words = search.trim().toLowerCase();
  const groups = useMemo(
    () => templateFieldGroups(kind).map((g) => ({ ...g, fields: g.fields.filter((f) => matches(f, words)) })).filter((g) => g.fields.length > 0),
    [kind, words],
  );

  return (
    <Stack gap="md" data-testid={`template-fields-${kind}`}>
      <Text size="sm">
        Scrivi nel documento Word il segnaposto tra doppie parentesi graffe, per esempio <Code>{placeholderOf('tirocinante_nome')}</Code>: al suo posto il
        programma stampa il dato della pratica. Un segnaposto che non è in questo elenco fa rifiutare il modello.
      </Text>
      <TextInput
        aria-label="Cerca un campo"
        placeholder="Cerca un campo (nome, codice fiscale, ore…)"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      {groups.length === 0 && <Text c="dimmed" size="sm">Nessun campo corrisponde alla ricerca.</Text>}
      {groups.map((g) => {
        const table = g.fields[0]?.table ?? null;
        return (
          <Stack key={g.group} gap={4}>
            <Text fw={600} size="sm">
              {g.label}
            </Text>
            {table && (
              <Text size="sm" c="dimmed">
                {ROW_TABLE_HINTS[table]}
              </Text>
            )}
            <Table verticalSpacing={4} layout="fixed" aria-label={`Campi: ${g.label}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="28%">Campo</Table.Th>
                  <Table.Th w="32%">Da scrivere nel modello</Table.Th>
                  <Table.Th>Che cosa stampa</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.fields.map((f) => (
                  <Table.Tr key={f.key}>
                    <Table.Td>
                      <Text size="sm">{f.label}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Placeholder fieldKey={f.key} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {f.description}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        );
      })}
    </Stack>
  );
}

/** A long key wraps after an underscore or a dot, never in the middle of a word. */
function breakable(text: string) {
  return text.split(/(?<=[_.])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/** `{{key}}` in a monospace box, with a button that copies it for pasting into Word. */
export function Placeholder({ fieldKey }: { fieldKey: string }) {
  const text = placeholderOf(fieldKey);
  return (
    <Group gap={4} wrap="nowrap">
      <Code style={{ overflowWrap: 'anywhere', userSelect: 'all' }}>{breakable(text)}</Code>
      <CopyButton value={text} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copiato' : 'Copia'} withArrow>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={`Copia ${text}`}>
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
