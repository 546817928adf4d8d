/** The routes of the candidate form: `candidati/nuovo` and `candidati/:id/modifica`. */
import { useParams } from 'react-router';
import { agree } from '@shared/text/agreement';
import { useSession } from '../../../auth/AuthProvider';
import { NotEditableAlert, recordMethods, recordNotReady } from '../../../lib/RecordFormGate';
import { useRecordForm } from '../../../lib/useRecordForm';
import { CANDIDATE_FIELD_LABELS } from '../labels';
import { CandidateForm } from './CandidateForm';
import { emptyCandidate, toCandidateInput, toFormValues } from './form-values';

const INVALID_MESSAGE = 'Alcuni dati non sono validi: controlla i campi evidenziati in rosso (le schede con un errore hanno un segno rosso).';

function CandidateRecordPage({ id }: { id: string | null }) {
  const session = useSession();
  const record = useRecordForm({
    ...recordMethods('candidates'),
    id,
    blank: emptyCandidate(session.operator.id),
    toForm: toFormValues,
    toInput: toCandidateInput,
    labels: CANDIDATE_FIELD_LABELS,
    invalidMessage: INVALID_MESSAGE,
    savedMessage: (saved) => `Profilo di ${saved.lastName} ${saved.firstName} salvato.`,
    path: '/candidati',
  });
  const waiting = recordNotReady(record);
  if (waiting) return waiting;
  const existing = record.record;
  // A profile merged into another, or deleted, is not edited here: the save would be refused.
  if (existing?.mergedInto) {
    return (
      <NotEditableAlert title="Profilo unito a un altro" to={`/candidati/${existing.mergedInto}`} linkLabel="Apri il profilo che lo ha assorbito">
        Questo profilo è stato unito a un altro e non si modifica più.
      </NotEditableAlert>
    );
  }
  if (existing?.deletedAt) {
    return (
      <NotEditableAlert title={agree(existing.sex, 'Candidato/a eliminato/a')} to={`/candidati/${existing.id}`} linkLabel="Apri la scheda">
        {agree(existing.sex, 'Il/La candidato/a è stato/a eliminato/a: ripristinalo/a dalla sua scheda prima di modificarlo/a.')}
      </NotEditableAlert>
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
