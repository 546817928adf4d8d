/** The routes of the candidate form: `candidati/nuovo` and `candidati/:id/modifica`. */
import { Alert, Anchor, Loader } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { agree } from '@shared/text/agreement';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { useRecordForm } from '../../../lib/useRecordForm';
import { CANDIDATE_FIELD_LABELS } from '../labels';
import { CandidateForm } from './CandidateForm';
import { emptyCandidate, toCandidateInput, toFormValues } from './form-values';

const INVALID_MESSAGE = 'Alcuni dati non sono validi: controlla i campi evidenziati in rosso (le schede con un errore hanno un segno rosso).';

function CandidateRecordPage({ id }: { id: string | null }) {
  const session = useSession();
  const record = useRecordForm({
    get: 'candidates.get',
    create: 'candidates.create',
    update: 'candidates.update',
    id,
    blank: emptyCandidate(session.operator.id),
    toForm: toFormValues,
    toInput: toCandidateInput,
    labels: CANDIDATE_FIELD_LABELS,
    invalidMessage: INVALID_MESSAGE,
    savedMessage: (saved) => `Profilo di ${saved.lastName} ${saved.firstName} salvato.`,
    path: '/candidati',
  });
  if (record.loadError) return <LoadError message={record.loadError} />;
  if (!record.ready) return <Loader />;
  const existing = record.record;
  // A profile merged into another, or deleted, is not edited here: the save would be refused.
  if (existing?.mergedInto) {
    return (
      <Alert color="orange" title="Profilo unito a un altro">
        Questo profilo è stato unito a un altro e non si modifica più.{' '}
        <Anchor component={Link} to={`/candidati/${existing.mergedInto}`}>
          Apri il profilo che lo ha assorbito
        </Anchor>
      </Alert>
    );
  }
  if (existing?.deletedAt) {
    return (
      <Alert color="orange" title={agree(existing.sex, 'Candidato/a eliminato/a')}>
        {agree(existing.sex, 'Il/La candidato/a è stato/a eliminato/a: ripristinalo/a dalla sua scheda prima di modificarlo/a.')}{' '}
        <Anchor component={Link} to={`/candidati/${existing.id}`}>
          Apri la scheda
        </Anchor>
      </Alert>
    );
  }
  return <CandidateForm record={record} />;
}

export function CandidateNewPage() {
  return <CandidateRecordPage id={null} />;
}

export function CandidateEditPage() {
  const { id = '' } = useParams();
  return <CandidateRecordPage key={id} id={id} />;
}
