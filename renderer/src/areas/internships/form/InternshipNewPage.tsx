/**
 * The route `tirocini/nuovo`: a file from scratch, for a person and a host the desk already knows
 * (most files open from an accepted proposal instead, already filled in). `?candidato=` and
 * `?associazione=` pre-choose the parties when the page is opened from a profile or a host.
 */
import { Anchor, Loader, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import type { InternshipInput } from '@shared/api/internships';
import { useSession } from '../../../auth/AuthProvider';
import { useFirstAnswer, useRecordForm } from '../../../lib/useRecordForm';
import { toFormValues } from './form-values';
import { INTERNSHIP_RECORD, InternshipForm } from './InternshipForm';

interface Known {
  candidateName: string | null;
  associationName: string | null;
}

export function InternshipNewPage() {
  const [params] = useSearchParams();
  const candidateId = params.get('candidato') ?? '';
  const associationId = params.get('associazione') ?? '';
  return <PrefilledInternship key={`${candidateId}|${associationId}`} candidateId={candidateId} associationId={associationId} />;
}

/** Reads the parties named in the address, then opens the form on them. */
function PrefilledInternship({ candidateId, associationId }: { candidateId: string; associationId: string }) {
  const session = useSession();
  const candidate = useFirstAnswer('candidates.get', { id: candidateId }, candidateId !== '');
  const association = useFirstAnswer('associations.get', { id: associationId }, associationId !== '');
  if (!candidate.settled || !association.settled) return <Loader />;
  // A link to a person or host no longer there just leaves that box to fill.
  const known: Known = {
    candidateName: candidate.data ? `${candidate.data.lastName} ${candidate.data.firstName}` : null,
    associationName: association.data?.name ?? null,
  };
  const initial: InternshipInput = {
    candidateId: known.candidateName ? candidateId : '',
    associationId: known.associationName ? associationId : '',
    type: 'formativo',
    promoterTutorId: session.operator.id,
  };
  return <NewInternshipForm initial={initial} known={known} />;
}

function NewInternshipForm({ initial, known }: { initial: InternshipInput; known: Known }) {
  const record = useRecordForm({ ...INTERNSHIP_RECORD, id: null, blank: toFormValues(initial) });
  return (
    <Stack gap="xs">
      <div>
        <Anchor component={Link} to="/tirocini">
          Torna ai tirocini
        </Anchor>
      </div>
      <InternshipForm record={record} known={known} />
    </Stack>
  );
}
