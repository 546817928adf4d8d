/**
 * The host's eligibility declarations and the convenzione's stamp duty (decision 0015). Each
 * declaration is the date the host made it; empty means not declared, and the files at this host
 * show a blocking finding until the three are there. For an exempt host the legal basis is typed:
 * a Third-Sector form gets a suggestion to take with one click, never written by itself.
 */
import { Anchor, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { STAMP_DUTY, STAMP_DUTY_LABELS, suggestedStampExemption, type StampDuty } from '@shared/api/associations';
import { DateField } from '../../lib/DateField';
import type { AssociationFormValues } from './form-values';
import { DECLARATION_LABELS } from './labels';
import { ASSOCIATION_FIELDS as F } from '@shared/fields/association';

type Form = UseFormReturnType<AssociationFormValues>;

export function EligibilityFields({ form }: { form: Form }) {
  const values = form.getValues();
  const suggestion = values.legalForm ? suggestedStampExemption(values.legalForm) : null;
  const basis = values.stampDutyExemptionBasis ?? '';
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        La data in cui l’associazione ha dichiarato ciascun requisito (vuota = non dichiarato). Vanno nella convenzione; senza, le pratiche presso
        l’associazione hanno una verifica bloccante.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label={DECLARATION_LABELS.noLayoffsDeclaredOn} {...form.getInputProps('noLayoffsDeclaredOn')} />
        <DateField label={DECLARATION_LABELS.safetyDeclaredOn} {...form.getInputProps('safetyDeclaredOn')} />
        <DateField label={DECLARATION_LABELS.disabilityQuotaDeclaredOn} {...form.getInputProps('disabilityQuotaDeclaredOn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={F.stampDuty.label}
          placeholder="Non indicata"
          clearable
          data={STAMP_DUTY.map((v) => ({ value: v, label: STAMP_DUTY_LABELS[v] }))}
          {...form.getInputProps('stampDuty')}
          onChange={(v) => form.setFieldValue('stampDuty', (v as StampDuty | null) ?? null)}
        />
        {values.stampDuty === 'esente' && (
          <TextInput
            label={F.stampDutyExemptionBasis.short}
            withAsterisk
            style={{ gridColumn: 'span 2' }}
            description={
              suggestion && basis.trim() === '' ? (
                <>
                  Per gli enti del Terzo settore:{' '}
                  <Anchor component="button" type="button" size="xs" onClick={() => form.setFieldValue('stampDutyExemptionBasis', suggestion)}>
                    usa «{suggestion}»
                  </Anchor>
                </>
              ) : undefined
            }
            {...form.getInputProps('stampDutyExemptionBasis')}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
