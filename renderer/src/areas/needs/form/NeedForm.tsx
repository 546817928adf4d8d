/**
 * The need form, for a new request and for changes. A failed save keeps every typed value and
 * marks the fields; a change saved meanwhile by someone else can be taken in without losing
 * what was typed here.
 */
import { CurrentVersionTakenAlert, NotSavedAlert } from '../../../lib/SaveConflictAlerts';
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiCallError, type ApiError } from '../../../../../shared/api/errors';
import { needFields, type Need } from '../../../../../shared/api/needs';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth/AuthProvider';
import { todayIso } from '../../../lib/age';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { UnsavedChangesModal } from '../../../lib/UnsavedChangesModal';
import { useUnsavedChangesGuard } from '../../../lib/useUnsavedChangesGuard';
import { useFocusFirstError } from '../../../lib/useFocusFirstError';
import { takeTheirVersion } from '../../../lib/three-way-merge';
import { Section } from '../../candidates/form/Section';
import { AssociationSelect } from '../../associations/AssociationSelect';
import { emptyNeed, toFormValues, toNeedInput, type NeedFormValues } from './form-values';
import { ConditionFields, DeskFields, RoleFields } from './NeedFields';
import { siteOptions, useAssociation } from '../../associations/useAssociation';

// The same schema the core parses with, so the form and the save never disagree.
const resolveNeed = zod4Resolver(needFields);

/**
 * The schema checks "what is offered" in a refinement, which zod skips while any other field is
 * wrong: said here too, so every missing field is marked at the first try, not one round later.
 */
function validateNeed(values: NeedFormValues): Record<string, string> {
  const errors = resolveNeed(toNeedInput(values)) as Record<string, string>;
  if (values.offers.length === 0 && !errors.offers) errors.offers = 'Indica cosa offre l’associazione';
  return errors;
}

interface NeedFormProps {
  existing: Need | null;
  /** Coming from an association's page: that association, fixed. */
  lockedAssociation: { id: string; name: string } | null;
}

export function NeedForm({ existing, lockedAssociation }: NeedFormProps) {
  const navigate = useNavigate();
  const session = useSession();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [taken, setTaken] = useState<boolean>(false);
  const leaving = useRef(false);
  // The version the operator's changes apply to; moves forward when they take in someone else's save.
  const [base, setBase] = useState<Need | null>(existing);
  const form = useForm<NeedFormValues>({
    mode: 'controlled',
    initialValues: existing ? toFormValues(existing) : emptyNeed(session.operator.id, lockedAssociation?.id ?? null, todayIso()),
    validate: validateNeed,
    validateInputOnBlur: true,
  });
  const blocker = useUnsavedChangesGuard(() => form.isDirty() && !leaving.current);
  const { formRef, focusFirstError } = useFocusFirstError();
  const values = form.getValues();
  const association = useAssociation(values.associationId);
  const operatorOptions = useApiQuery('candidates.filterOptions', {});

  // An operator no longer in the list (removed) still shows by name on a need that has them.
  const operators = [...(operatorOptions.data?.operators ?? [])];
  if (existing?.operatorId && existing.operatorName && !operators.some((o) => o.id === existing.operatorId)) {
    operators.push({ id: existing.operatorId, name: existing.operatorName });
  }
  const sites = siteOptions(association);

  async function save(v: NeedFormValues) {
    setSaving(true);
    setConflict(null);
    const data = toNeedInput(v);
    try {
      const saved = existing ? await api.call('needs.update', { id: existing.id, hlc: base!.hlc, data }) : await api.call('needs.create', data);
      leaving.current = true;
      form.resetDirty();
      showSaved(`Fabbisogno «${saved.title}» salvato.`);
      void navigate(`/fabbisogni/${saved.id}`);
    } catch (error) {
      showApiError(error, form);
      focusFirstError();
      if (error instanceof ApiCallError && error.error.code === 'CONFLICT') setConflict(error.error);
    } finally {
      setSaving(false);
    }
  }

  /** Takes in the version saved meanwhile: their change wins only where nothing was typed here. */
  async function takeCurrentVersion() {
    if (!existing || !base) return;
    try {
      const current = await api.call('needs.get', { id: existing.id });
      takeTheirVersion(form, toFormValues(base), toFormValues(current));
      setBase(current);
      setConflict(null);
      setTaken(true);
    } catch (error) {
      showApiError(error);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(
        (v) => void save(v),
        () => {
          showApiError(null, undefined, 'Alcuni dati non sono validi: controlla i campi evidenziati in rosso.');
          focusFirstError();
        },
      )}
    >
      <Stack maw={1000}>
        <div>
          <Title order={2}>{existing ? `Modifica: ${existing.title}` : 'Nuovo fabbisogno'}</Title>
          <Text size="sm" c="dimmed">
            I campi con * sono obbligatori.
          </Text>
        </div>

        {conflict && <NotSavedAlert conflict={conflict} onTakeCurrent={() => void takeCurrentVersion()} />}
        {taken && <CurrentVersionTakenAlert onClose={() => setTaken(false)} />}

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
            label="Sede operativa"
            placeholder="Sede legale"
            description="Vuoto: si lavora nella sede legale"
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
          <ConditionFields form={form} />
        </Section>
        <Section title="Ricezione">
          <DeskFields form={form} operators={operators} />
        </Section>

        <Group>
          <Button type="submit" loading={saving}>
            {existing ? 'Salva le modifiche' : 'Salva il fabbisogno'}
          </Button>
          <Button variant="default" onClick={() => void navigate(existing ? `/fabbisogni/${existing.id}` : '/fabbisogni')}>
            Annulla
          </Button>
        </Group>
      </Stack>
      <UnsavedChangesModal blocker={blocker} />
    </form>
  );
}
