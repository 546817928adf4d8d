/**
 * The candidate form, for a new profile and for changes, in the profile's tabs. A failed save keeps
 * every typed value, marks the fields and opens the first tab that holds an error.
 */
import { CurrentVersionTakenAlert, NotSavedAlert } from '../../../lib/SaveConflictAlerts';
import { Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { candidateFields, type Candidate } from '../../../../../shared/api/candidates';
import { ApiCallError, type ApiError } from '../../../../../shared/api/errors';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth/AuthProvider';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { UnsavedChangesModal } from '../../../lib/UnsavedChangesModal';
import { useUnsavedChangesGuard } from '../../../lib/useUnsavedChangesGuard';
import { useFocusFirstError } from '../../../lib/useFocusFirstError';
import { CANDIDATE_FIELD_LABELS } from '../labels';
import { AnagraficaFields } from './AnagraficaFields';
import { CompetenzeFields } from './CompetenzeFields';
import { DisponibilitaFields } from './DisponibilitaFields';
import { SimilarPeopleAlert, TaxCodeTakenAlert, type TakenTaxCode } from './DuplicateAlerts';
import { errorsByTab, FORM_TAB_LABELS, FORM_TABS, type FormTab } from './form-tabs';
import { emptyCandidate, toCandidateInput, toFormValues, type CandidateFormValues } from './form-values';
import { PrivacyFields } from './PrivacyFields';
import { SituazioneFields } from './SituazioneFields';
import { takeTheirVersion } from '../../../lib/three-way-merge';
import { useDuplicateCheck } from './useDuplicateCheck';
import { useTaxCodeAssist } from './useTaxCodeAssist';

// The same schema the core parses with, so the form and the save never disagree.
const resolveCandidate = zod4Resolver(candidateFields);

const INVALID_MESSAGE = 'Alcuni dati non sono validi: controlla i campi evidenziati in rosso (le schede con un errore hanno un segno rosso).';

export function CandidateForm({ existing }: { existing: Candidate | null }) {
  const navigate = useNavigate();
  const session = useSession();
  const [saving, setSaving] = useState(false);
  const [tab, setTab] = useState<FormTab>('anagrafica');
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const leaving = useRef(false);
  // The version the operator's changes apply to; moves forward when they take in someone else's save.
  const [base, setBase] = useState<Candidate | null>(existing);
  const [theirChanges, setTheirChanges] = useState<string[] | null>(null);
  const form = useForm<CandidateFormValues>({
    mode: 'controlled',
    initialValues: existing ? toFormValues(existing) : emptyCandidate(session.operator.id),
    validate: (values) => resolveCandidate(toCandidateInput(values)),
    validateInputOnBlur: true,
  });
  const blocker = useUnsavedChangesGuard(() => form.isDirty() && !leaving.current);
  // Opens the tab of the first field in error and focuses it, after either kind of refusal.
  const { formRef, focusFirstError } = useFocusFirstError();
  const assist = useTaxCodeAssist(form);
  const values = form.getValues();
  const duplicates = useDuplicateCheck(values, existing?.id ?? null);
  const operatorOptions = useApiQuery('candidates.filterOptions', {});

  // An operator no longer in the list (removed) still shows by name on a profile that has them.
  const operators = [...(operatorOptions.data?.operators ?? [])];
  if (existing?.operatorId && existing.operatorName && !operators.some((o) => o.id === existing.operatorId)) {
    operators.push({ id: existing.operatorId, name: existing.operatorName });
  }

  async function save(v: CandidateFormValues) {
    setSaving(true);
    setConflict(null);
    const data = toCandidateInput(v);
    try {
      const saved = existing
        ? await api.call('candidates.update', { id: existing.id, hlc: base!.hlc, data })
        : await api.call('candidates.create', data);
      leaving.current = true;
      form.resetDirty();
      showSaved(`Profilo di ${saved.lastName} ${saved.firstName} salvato.`);
      void navigate(`/candidati/${saved.id}`);
    } catch (error) {
      showApiError(error, form);
      focusFirstError();
      if (error instanceof ApiCallError && error.error.code === 'CONFLICT') setConflict(error.error);
    } finally {
      setSaving(false);
    }
  }

  /** Takes in the version saved meanwhile by someone else, keeping everything typed here. */
  async function takeCurrentVersion() {
    if (!existing || !base) return;
    try {
      const current = await api.call('candidates.get', { id: existing.id });
      const keys = takeTheirVersion(form, toFormValues(base), toFormValues(current));
      setTheirChanges(keys.map((k) => CANDIDATE_FIELD_LABELS[k] ?? k));
      setBase(current);
      setConflict(null);
    } catch (error) {
      showApiError(error);
    }
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
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(
        (v) => void save(v),
        () => {
          showApiError(null, undefined, INVALID_MESSAGE);
          focusFirstError();
        },
      )}
    >
      <Stack maw={1100}>
        <div>
          <Title order={2}>{existing ? `Modifica: ${existing.lastName} ${existing.firstName}` : 'Nuovo candidato'}</Title>
          <Text size="sm" c="dimmed">
            I campi con * sono obbligatori. I dati sanitari e sulla disabilità non sono qui: si inseriscono dalla scheda del candidato.
          </Text>
        </div>

        {taken && <TaxCodeTakenAlert taken={taken} />}
        <SimilarPeopleAlert people={duplicates.similar} />
        {conflict && !taken && (
          <NotSavedAlert conflict={conflict} onTakeCurrent={() => void takeCurrentVersion()}>
            {typeof mergedInto === 'string' && (
              <Anchor component={Link} to={`/candidati/${mergedInto}`} size="sm">
                Apri il profilo che lo ha assorbito
              </Anchor>
            )}
          </NotSavedAlert>
        )}
        {theirChanges && <CurrentVersionTakenAlert theirChanges={theirChanges} onClose={() => setTheirChanges(null)} />}

        <Tabs value={tab} onChange={(t) => t && setTab(t as FormTab)} keepMounted>
          <Tabs.List>
            {FORM_TABS.map((t) => (
              <Tabs.Tab
                key={t}
                value={t}
                c={errorCounts[t] > 0 ? 'red' : undefined}
                rightSection={
                  errorCounts[t] > 0 ? (
                    <Badge color="red" size="sm" circle title={errorCounts[t] === 1 ? 'Un campo da correggere' : `${errorCounts[t]} campi da correggere`}>
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

        <Group>
          <Button type="submit" loading={saving}>
            {existing ? 'Salva le modifiche' : 'Salva il candidato'}
          </Button>
          <Button variant="default" onClick={() => void navigate(existing ? `/candidati/${existing.id}` : '/candidati')}>
            Annulla
          </Button>
        </Group>
      </Stack>
      <UnsavedChangesModal blocker={blocker} />
    </form>
  );
}
