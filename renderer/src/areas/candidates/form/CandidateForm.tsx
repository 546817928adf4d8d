/**
 * The candidate form, for a new profile and for changes, in the profile's tabs. A failed save keeps
 * every typed value, marks the fields and opens the first tab that holds an error.
 */
import { Anchor, Badge, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Candidate } from '@shared/api/candidates';
import { useApiQuery } from '../../../api/query';
import { SaveAlerts } from '../../../lib/SaveConflictAlerts';
import { RecordFormFooter, RecordFormTitle } from '../../../lib/RecordFormParts';
import type { RecordForm } from '../../../lib/useRecordForm';
import { AnagraficaFields } from './AnagraficaFields';
import { CompetenzeFields } from './CompetenzeFields';
import { DisponibilitaFields } from './DisponibilitaFields';
import { SimilarPeopleAlert, TaxCodeTakenAlert, type TakenTaxCode } from './DuplicateAlerts';
import { errorsByTab, FORM_TAB_LABELS, FORM_TABS, type FormTab } from './form-tabs';
import type { CandidateFormValues } from './form-values';
import { PrivacyFields } from './PrivacyFields';
import { SituazioneFields } from './SituazioneFields';
import { useDuplicateCheck } from './useDuplicateCheck';
import { useTaxCodeAssist } from './useTaxCodeAssist';
import { plural } from '@shared/text/plural';

export function CandidateForm({ record }: { record: RecordForm<Candidate, CandidateFormValues> }) {
  const { form, conflict } = record;
  const existing = record.record;
  const [tab, setTab] = useState<FormTab>('anagrafica');
  const assist = useTaxCodeAssist(form);
  const values = form.getValues();
  const duplicates = useDuplicateCheck(values, existing?.id ?? null);
  const operatorOptions = useApiQuery('candidates.filterOptions', {});

  // An operator no longer in the list (removed) still shows by name on a profile that has them.
  const operators = [...(operatorOptions.data?.operators ?? [])];
  if (existing?.operatorId && existing.operatorName && !operators.some((o) => o.id === existing.operatorId)) {
    operators.push({ id: existing.operatorId, name: existing.operatorName });
  }

  const mergedInto = conflict?.details?.mergedInto;
  const refusedId = conflict?.details?.existingId;
  // The live check and the core's refusal say the same thing: one red alert, whichever came first.
  const taken: TakenTaxCode | null = duplicates.sameTaxCode
    ? { id: duplicates.sameTaxCode.id, name: `${duplicates.sameTaxCode.lastName} ${duplicates.sameTaxCode.firstName}` }
    : typeof refusedId === 'string'
      ? { id: refusedId, name: String(conflict?.details?.existingName ?? 'un altro candidato') }
      : null;
  const errorCounts = errorsByTab(form.errors);

  return (
    <form {...record.formProps}>
      <Stack maw={1100}>
        <RecordFormTitle
          title={existing ? `Modifica: ${existing.lastName} ${existing.firstName}` : 'Nuovo candidato'}
          note="I campi con * sono obbligatori. I dati sanitari e sulla disabilità non sono qui: si inseriscono dalla scheda del candidato."
        />

        {taken && <TaxCodeTakenAlert taken={taken} />}
        <SimilarPeopleAlert people={duplicates.similar} />
        <SaveAlerts state={record} refusal={!taken}>
          {typeof mergedInto === 'string' && (
            <Anchor component={Link} to={`/candidati/${mergedInto}`} size="sm">
              Apri il profilo che lo ha assorbito
            </Anchor>
          )}
        </SaveAlerts>

        <Tabs value={tab} onChange={(t) => t && setTab(t as FormTab)} keepMounted>
          <Tabs.List>
            {FORM_TABS.map((t) => (
              <Tabs.Tab
                key={t}
                value={t}
                c={errorCounts[t] > 0 ? 'red' : undefined}
                rightSection={
                  errorCounts[t] > 0 ? (
                    <Badge color="red" size="sm" circle title={plural(errorCounts[t], 'Un campo da correggere', '# campi da correggere')}>
                      {errorCounts[t]}
                    </Badge>
                  ) : null
                }
              >
                {FORM_TAB_LABELS[t]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="anagrafica" pt="md">
            <AnagraficaFields form={form} assist={assist} />
          </Tabs.Panel>
          <Tabs.Panel value="situazione" pt="md">
            <SituazioneFields form={form} operators={operators} categoryHidden={existing?.targetCategoryHidden ?? false} />
          </Tabs.Panel>
          <Tabs.Panel value="competenze" pt="md">
            <CompetenzeFields form={form} />
          </Tabs.Panel>
          <Tabs.Panel value="disponibilita" pt="md">
            <DisponibilitaFields form={form} />
          </Tabs.Panel>
          <Tabs.Panel value="privacy" pt="md">
            <PrivacyFields form={form} />
          </Tabs.Panel>
        </Tabs>

        <RecordFormFooter state={record} saveLabel={existing ? 'Salva le modifiche' : 'Salva il candidato'} cancelTo={record.cancelTo} />
      </Stack>
    </form>
  );
}
