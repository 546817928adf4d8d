/** Create and edit an association. A failed save keeps every typed value and marks the fields. */
import { CurrentVersionTakenAlert, NotSavedAlert } from '../../lib/SaveConflictAlerts';
import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { associationFields, type Association } from '../../../../shared/api/associations';
import { ApiCallError, type ApiError } from '../../../../shared/api/errors';
import { api, errorMessage } from '../../api/client';
import { LoadError } from '../../app/LoadError';
import { showApiError, showSaved } from '../../lib/form-errors';
import { UnsavedChangesModal } from '../../lib/UnsavedChangesModal';
import { useUnsavedChangesGuard } from '../../lib/useUnsavedChangesGuard';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { AssociationFields } from './AssociationFields';
import { EMPTY_ASSOCIATION, toAssociationInput, toFormValues, type AssociationFormValues } from './form-values';
import { ASSOCIATION_FIELD_LABELS } from './labels';
import { takeTheirVersion } from '../../lib/three-way-merge';

// The same schema the core parses with, on what the form would send, so the two never disagree.
const resolveAssociation = zod4Resolver(associationFields);

function AssociationForm({ existing }: { existing: Association | null }) {
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const leaving = useRef(false);
  // The version the operator's changes apply to; moves forward when they take in someone else's save.
  const [base, setBase] = useState<Association | null>(existing);
  const [theirChanges, setTheirChanges] = useState<string[] | null>(null);
  const form = useForm<AssociationFormValues>({
    mode: 'controlled',
    initialValues: existing ? toFormValues(existing) : EMPTY_ASSOCIATION,
    validate: (values) => resolveAssociation(toAssociationInput(values)),
    validateInputOnBlur: true,
  });
  const blocker = useUnsavedChangesGuard(() => form.isDirty() && !leaving.current);
  const { formRef, focusFirstError } = useFocusFirstError();

  async function save(values: AssociationFormValues) {
    setSaving(true);
    setConflict(null);
    const data = toAssociationInput(values);
    try {
      const saved = existing
        ? await api.call('associations.update', { id: existing.id, hlc: base!.hlc, data })
        : await api.call('associations.create', data);
      leaving.current = true;
      form.resetDirty();
      showSaved(`«${saved.name}» salvata.`);
      void navigate(`/associazioni/${saved.id}`);
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
      const current = await api.call('associations.get', { id: existing.id });
      const theirChanges = takeTheirVersion(form, toFormValues(base), toFormValues(current));
      setTheirChanges(theirChanges.map((k) => ASSOCIATION_FIELD_LABELS[k] ?? k));
      setBase(current);
      setConflict(null);
    } catch (error) {
      showApiError(error);
    }
  }

  const existingId = conflict?.details?.existingId;
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
        <Group justify="space-between">
          <div>
            <Title order={2}>{existing ? `Modifica: ${existing.name}` : 'Nuova associazione'}</Title>
            <Text size="sm" c="dimmed">
              I campi con * sono obbligatori.
            </Text>
          </div>
        </Group>
        {conflict && (
          <NotSavedAlert conflict={conflict} onTakeCurrent={() => void takeCurrentVersion()}>
            {typeof existingId === 'string' && (
              <Anchor component={Link} to={`/associazioni/${existingId}`} size="sm">
                Apri l’associazione già registrata
              </Anchor>
            )}
          </NotSavedAlert>
        )}
        {theirChanges && <CurrentVersionTakenAlert theirChanges={theirChanges} onClose={() => setTheirChanges(null)} />}
        <AssociationFields form={form} />
        <Group>
          <Button type="submit" loading={saving}>
            {existing ? 'Salva le modifiche' : 'Salva l’associazione'}
          </Button>
          <Button variant="default" onClick={() => void navigate(existing ? `/associazioni/${existing.id}` : '/associazioni')}>
            Annulla
          </Button>
        </Group>
      </Stack>
      <UnsavedChangesModal blocker={blocker} />
    </form>
  );
}

export function AssociationNewPage() {
  return <AssociationForm existing={null} />;
}

export function AssociationEditPage() {
  const { id = '' } = useParams();
  const [existing, setExisting] = useState<Association | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .call('associations.get', { id })
      .then(setExisting)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [id]);
  if (error) return <LoadError message={error} />;
  if (!existing) return <Loader />;
  return <AssociationForm key={existing.hlc} existing={existing} />;
}
