/** The monthly allowance and who pays it: the host, an Exar project, or both with their shares. */
import { Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { FUNDING_KIND_LABELS } from '@shared/api/internships';
import type { InternshipFormType } from './form-type';
import { eurosToCents, formatEuros, type FundingKind } from './form-values';
import { NumberField, type NumberFieldProps } from '../../../lib/NumberField';
import { INTERNSHIP_FIELDS as F } from '@shared/fields/internship';

const FUNDING_KINDS = Object.keys(FUNDING_KIND_LABELS) as FundingKind[];

/** A money box in euros, the Italian way (1.234,50); a negative amount stays typed and the schema refuses it. */
export function EuroInput(props: NumberFieldProps) {
  return <NumberField decimalScale={2} fixedDecimalScale thousandSeparator="." leftSection="€" {...props} />;
}

export function FundingFields({ form }: { form: InternshipFormType }) {
  const v = form.getValues();
  const kind = v.funding.kind;
  const allowance = eurosToCents(v.monthlyAllowance);
  const host = eurosToCents(v.funding.hostMonthly);
  const project = eurosToCents(v.funding.projectMonthly);
  const sharesAdd = allowance !== null && host !== null && project !== null && host + project === allowance;
  return (
    <Stack>
      <EuroInput label={F.monthlyAllowanceCents.label} w={220} {...form.getInputProps('monthlyAllowance')} />
      <Radio.Group
        label={F.funding.label}
        value={kind ?? ''}
        onChange={(k) => form.setFieldValue('funding.kind', k as FundingKind)}
        error={form.errors['funding.kind']}
      >
        <Group mt={6}>
          {FUNDING_KINDS.map((k) => (
            <Radio key={k} value={k} label={FUNDING_KIND_LABELS[k]} />
          ))}
        </Group>
      </Radio.Group>
      {(kind === 'progetto' || kind === 'misto') && (
        <TextInput label="Nome del progetto" withAsterisk maw={480} {...form.getInputProps('funding.projectName')} />
      )}
      {kind === 'misto' && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={480}>
            <EuroInput label="Quota dell’ospitante" withAsterisk {...form.getInputProps('funding.hostMonthly')} />
            <EuroInput label="Quota del progetto" withAsterisk {...form.getInputProps('funding.projectMonthly')} />
          </SimpleGrid>
          {/* The sum error comes from the last check of the whole form: gone as soon as the shares add up. */}
          {form.errors.funding && !sharesAdd ? (
            <Text size="sm" c="red">
              {form.errors.funding}
            </Text>
          ) : (
            <Text size="sm" c={allowance !== null && host !== null && project !== null && !sharesAdd ? 'orange' : 'dimmed'}>
              Le due quote devono sommare l’indennità mensile
              {allowance !== null && !Number.isNaN(allowance) && ` (${formatEuros(allowance / 100)})`}
              {host !== null && project !== null && !Number.isNaN(host + project) && `: ora fanno ${formatEuros((host + project) / 100)}`}.
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
