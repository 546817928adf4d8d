/**
 * The routes of the need form: `fabbisogni/nuovo` (with `?associazione=<id>` from an association's
 * page, which fixes the association) and `fabbisogni/:id/modifica`.
 */
import { Alert, Anchor, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Need } from '../../../../../shared/api/needs';
import { api, errorMessage } from '../../../api/client';
import { LoadError } from '../../../app/LoadError';
import { NeedForm } from './NeedForm';

export function NeedNewPage() {
  const [params] = useSearchParams();
  const associationId = params.get('associazione');
  const [association, setAssociation] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!associationId) return;
    api
      .call('associations.get', { id: associationId })
      .then((a) => setAssociation({ id: a.id, name: a.name }))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [associationId]);
  if (!associationId) return <NeedForm existing={null} lockedAssociation={null} />;
  if (error) return <LoadError message={error} />;
  if (!association) return <Loader />;
  return <NeedForm key={association.id} existing={null} lockedAssociation={association} />;
}

export function NeedEditPage() {
  const { id = '' } = useParams();
  const [existing, setExisting] = useState<Need | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .call('needs.get', { id })
      .then(setExisting)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [id]);
  if (error) return <LoadError message={error} />;
  if (!existing) return <Loader />;
  // A deleted need is not edited here: the save would be refused.
  if (existing.deletedAt) {
    return (
      <Alert color="orange" title="Fabbisogno eliminato">
        Il fabbisogno è stato eliminato: ripristinalo dalla sua scheda prima di modificarlo.{' '}
        <Anchor component={Link} to={`/fabbisogni/${existing.id}`}>
          Apri la scheda
        </Anchor>
      </Alert>
    );
  }
  return <NeedForm key={existing.hlc} existing={existing} lockedAssociation={null} />;
}
