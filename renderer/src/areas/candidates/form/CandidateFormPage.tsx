/** The routes of the candidate form: `candidati/nuovo` and `candidati/:id/modifica`. */
import { Alert, Anchor, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Candidate } from '../../../../../shared/api/candidates';
import { agree } from '../../../../../shared/text/agreement';
import { api, errorMessage } from '../../../api/client';
import { LoadError } from '../../../app/LoadError';
import { CandidateForm } from './CandidateForm';

export function CandidateNewPage() {
  return <CandidateForm existing={null} />;
}

export function CandidateEditPage() {
  const { id = '' } = useParams();
  const [existing, setExisting] = useState<Candidate | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .call('candidates.get', { id })
      .then(setExisting)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [id]);
  if (error) return <LoadError message={error} />;
  if (!existing) return <Loader />;
  // A profile merged into another, or deleted, is not edited here: the save would be refused.
  if (existing.mergedInto) {
    return (
      <Alert color="orange" title="Profilo unito a un altro">
        Questo profilo è stato unito a un altro e non si modifica più.{' '}
        <Anchor component={Link} to={`/candidati/${existing.mergedInto}`}>
          Apri il profilo che lo ha assorbito
        </Anchor>
      </Alert>
    );
  }
  if (existing.deletedAt) {
    return (
      <Alert color="orange" title={agree(existing.sex, 'Candidato/a eliminato/a')}>
        {agree(existing.sex, 'Il/La candidato/a è stato/a eliminato/a: ripristinalo/a dalla sua scheda prima di modificarlo/a.')}{' '}
        <Anchor component={Link} to={`/candidati/${existing.id}`}>
          Apri la scheda
        </Anchor>
      </Alert>
    );
  }
  return <CandidateForm key={existing.hlc} existing={existing} />;
}
