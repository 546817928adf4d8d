/** Create and edit an association. A failed save keeps every typed value and marks the fields. */
import { Anchor, Loader, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { SaveAlerts } from '../../lib/SaveConflictAlerts';
import { RecordFormFooter, RecordFormTitle } from '../../lib/RecordFormParts';
import { useRecordForm } from '../../lib/useRecordForm';
import { AssociationFields } from './AssociationFields';
import { EMPTY_ASSOCIATION, toAssociationInput, toFormValues } from './form-values';
import { ASSOCIATION_FIELD_LABELS } from './labels';

function AssociationForm({ id }: { id: string | null }) {
  const record = useRecordForm({
    get: 'associations.get',
    create: 'associations.create',
    update: 'associations.update',
    id,
    blank: EMPTY_ASSOCIATION,
    toForm: toFormValues,
    toInput: toAssociationInput,
    labels: ASSOCIATION_FIELD_LABELS,
    savedMessage: (saved) => `«${saved.name}» salvata.`,
    path: '/associazioni',
  });
  if (record.loadError) return <LoadError message={record.loadError} />;
  if (!record.ready) return <Loader />;

  const existing = record.record;
  const existingId = record.conflict?.details?.existingId;
  return (
    <form {...record.formProps}>
      <Stack maw={1000}>
        <RecordFormTitle title={existing ? `Modifica: ${existing.name}` : 'Nuova associazione'} />
        <SaveAlerts state={record}>
          {typeof existingId === 'string' && (
            <Anchor component={Link} to={`/associazioni/${existingId}`} size="sm">
              Apri l’associazione già registrata
            </Anchor>
          )}
        </SaveAlerts>
        <AssociationFields form={record.form} />
        <RecordFormFooter state={record} saveLabel={existing ? 'Salva le modifiche' : 'Salva l’associazione'} cancelTo={record.cancelTo} />
      </Stack>
    </form>
  );
}

export function AssociationNewPage() {
  return <AssociationForm id={null} />;
}

export function AssociationEditPage() {
  const { id = '' } = useParams();
  return <AssociationForm key={id} id={id} />;
}
