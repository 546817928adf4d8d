/** The host quota bands, and per rule whether it may be waived and which types it does not bind. */
import { ActionIcon, Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { INTERNSHIP_TYPES, RULE_IDS, RULE_LABELS, type RuleId } from '@shared/rules/internship-rules';
import type { FieldsetProps } from './RuleSetFieldsets';
import { TYPE_SHORT_LABELS } from './labels';
import { PercentInput } from './UnitInputs';
import { NumberField } from '../../../lib/NumberField';

export function QuotaFieldset({ form, readOnly }: FieldsetProps) {
  const bands = form.getValues().hostQuota.bands;
  const last = bands.at(-1);
  return (
    <Fieldset legend="Tirocinanti contemporanei presso lo stesso ospitante">
      <Stack gap="xs">
        {bands.map((_, i) => (
          <Group key={i} align="flex-end" wrap="nowrap">
            <NumberField label={i === 0 ? 'Fino a dipendenti' : undefined} aria-label={`Fascia ${i + 1}: fino a dipendenti`} w={180} readOnly={readOnly} {...form.getInputProps(`hostQuota.bands.${i}.maxEmployees`)} />
            <NumberField label={i === 0 ? 'Tirocinanti al massimo' : undefined} aria-label={`Fascia ${i + 1}: tirocinanti`} w={180} readOnly={readOnly} {...form.getInputProps(`hostQuota.bands.${i}.interns`)} />
            {!readOnly && bands.length > 1 && (
              <ActionIcon variant="subtle" color="red" mb={4} aria-label={`Togli la fascia ${i + 1}`} onClick={() => form.removeListItem('hostQuota.bands', i)}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {!readOnly && (
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('hostQuota.bands', { maxEmployees: (last?.maxEmployees ?? 0) + 10, interns: last?.interns ?? 1 })}
          >
            Aggiungi una fascia
          </Button>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PercentInput label="Oltre l’ultima fascia: quota dei dipendenti" description="Arrotondata per difetto" readOnly={readOnly} {...form.getInputProps('hostQuota.shareAbove')} />
          <NumberField
            label="Senza dipendenti, con l’eccezione del protocollo AICS–Exar"
            description="Tirocinanti alla volta"
           
            readOnly={readOnly}
            {...form.getInputProps('hostQuota.protocolExceptionInterns')}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

export function PoliciesFieldset({ form, readOnly }: FieldsetProps) {
  return (
    <Fieldset legend="Deroghe ed esclusioni">
      <Text size="sm" c="dimmed" mb="xs">
        Una regola derogabile può essere superata dal coordinatore scrivendo il motivo. «Non vale per»: i tipi di tirocinio che seguono
        regole proprie.
      </Text>
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Regola</Table.Th>
            <Table.Th>Derogabile</Table.Th>
            <Table.Th>Non vale per</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {RULE_IDS.map((r) => (
            <Table.Tr key={r}>
              <Table.Td>
                <Text size="sm">{RULE_LABELS[r]}</Text>
              </Table.Td>
              {readOnly ? <PolicyText form={form} rule={r} /> : <PolicyInputs form={form} rule={r} />}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Fieldset>
  );
}

/** Read-only: plain words, easier to read than switched-off controls. */
function PolicyText({ form, rule }: { form: FieldsetProps['form']; rule: RuleId }) {
  const policy = form.getValues().rules[rule];
  return (
    <>
      <Table.Td>
        <Text size="sm">{policy.waivable ? 'Sì' : 'No'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{policy.exemptTypes.length === 0 ? '—' : policy.exemptTypes.map((t) => TYPE_SHORT_LABELS[t]).join(', ')}</Text>
      </Table.Td>
    </>
  );
}

function PolicyInputs({ form, rule }: { form: FieldsetProps['form']; rule: RuleId }) {
  return (
    <>
      <Table.Td>
        <Switch aria-label={`${RULE_LABELS[rule]}: derogabile`} {...form.getInputProps(`rules.${rule}.waivable`, { type: 'checkbox' })} />
      </Table.Td>
      <Table.Td>
        <Checkbox.Group aria-label={`${RULE_LABELS[rule]}: non vale per`} {...form.getInputProps(`rules.${rule}.exemptTypes`)}>
          <Group gap="sm">
            {INTERNSHIP_TYPES.map((t) => (
              <Checkbox key={t} value={t} label={TYPE_SHORT_LABELS[t]} size="xs" />
            ))}
          </Group>
        </Checkbox.Group>
      </Table.Td>
    </>
  );
}
