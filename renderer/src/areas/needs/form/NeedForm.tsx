/**
 * The need form, for a new request and for changes. A failed save keeps every typed value and
 * marks the fields; a change saved meanwhile by someone else can be taken in without losing
 * what was typed here.
 */
import { Select, Stack } from '@mantine/core';
import type { Need } from '@shared/api/needs';
import { useApiQuery } from '../../../api/query';
import { SaveAlerts } from '../../../lib/SaveConflictAlerts';
import { RecordFormFooter, RecordFormTitle } from '../../../lib/RecordFormParts';
import type { RecordForm } from '../../../lib/useRecordForm';
import { Section } from '../../../components/Section';
import { AssociationSelect } from '../../../components/AssociationSelect';
import type { NeedFormValues } from './form-values';
import { ConditionFields, DeskFields, RoleFields } from './NeedFields';
import { siteOptions, useAssociation } from '../../../components/useAssociation';
import { NEED_FIELDS as F } from '@shared/fields/need';

interface NeedFormProps {
  record: RecordForm<Need, NeedFormValues>;
  /** Coming from an association's page: that association, fixed. */
  lockedAssociation: { id: string; name: string } | null;
}

export function NeedForm({ record, lockedAssociation }: NeedFormProps) {
  const { form } = record;
  const existing = record.record;
  const values = form.getValues();
  const association = useAssociation(values.associationId);
  const operatorOptions = useApiQuery('candidates.filterOptions', {});

  // An operator no longer in the list (removed) still shows by name on a need that has them.
  const operators = [...(operatorOptions.data?.operators ?? [])];
  if (existing?.operatorId && existing.operatorName && !operators.some((o) => o.id === existing.operatorId)) {
    operators.push({ id: existing.operatorId, name: existing.operatorName });
  }
  const sites = siteOptions(association);

  return (
    <form {...record.formProps}>
      <Stack maw={1000}>
        <RecordFormTitle title={existing ? `Modifica: ${existing.title}` : 'Nuovo fabbisogno'} />

        <SaveAlerts state={record} />

        <Section title="Associazione">
          <AssociationSelect
            withAsterisk
            value={values.associationId}
            selectedLabel={lockedAssociation?.name ?? existing?.associationName ?? null}
            disabled={lockedAssociation !== null}
            {...form.getInputProps('associationId')}
            onChange={(id) => {
              form.setFieldValue('associationId', id);
              // The sites belong to the previous association.
              form.setFieldValue('operatingSiteId', null);
            }}
          />
          <Select
            label={F.operatingSiteId.label}
            placeholder="Sede legale"
            description={F.operatingSiteId.help}
            clearable
            disabled={sites.length === 0}
            data={sites}
            {...form.getInputProps('operatingSiteId')}
          />
        </Section>
        <Section title="Ruolo e requisiti">
          <RoleFields form={form} />
        </Section>
        <Section title="Condizioni e offerta">
          <ConditionFields form={form} categoriesHidden={existing?.categoriesHidden ?? false} />
        </Section>
        <Section title="Ricezione">
          <DeskFields form={form} operators={operators} />
        </Section>

        <RecordFormFooter state={record} saveLabel={existing ? 'Salva le modifiche' : 'Salva il fabbisogno'} cancelTo={record.cancelTo} />
      </Stack>
    </form>
  );
}
