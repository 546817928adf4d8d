/**
 * The route `tirocini/nuovo`: a file from scratch, for a person and a host the desk already knows
 * (most files open from an accepted proposal instead, already filled in). `?candidato=` and
 * `?associazione=` pre-choose the parties when the page is opened from a profile or a host.
 */
import { Anchor, Loader, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { InternshipInput } from '../../../../../shared/api/internships';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { InternshipForm } from './InternshipForm';

interface Prefill {
  input: InternshipInput;
  candidateName: string | null;
  associationName: string | null;
}

export function InternshipNewPage() {
  const [params] = useSearchParams();
  const session = useSession();
  const navigate = useNavigate();
  const candidateId = params.get('candidato') ?? '';
  const associationId = params.get('associazione') ?? '';
  const [prefill, setPrefill] = useState<Prefill | null>(null);

  useEffect(() => {
    let current = true;
    // A link to a person or host no longer there just leaves that box to fill.
    const nameOf = <T,>(p: Promise<T>, pick: (v: T) => string) => p.then(pick).catch(() => null);
    void Promise.all([
      candidateId ? nameOf(api.call('candidates.get', { id: candidateId }), (c) => `${c.lastName} ${c.firstName}`) : null,
      associationId ? nameOf(api.call('associations.get', { id: associationId }), (a) => a.name) : null,
    ]).then(([candidateName, associationName]) => {
      if (!current) return;
      setPrefill({
        input: {
          candidateId: candidateName ? candidateId : '',
          associationId: associationName ? associationId : '',
          type: 'formativo',
          promoterTutorId: session.operator.id,
        },
        candidateName,
        associationName,
      });
    });
    return () => {
      current = false;
    };
  }, [candidateId, associationId, session.operator.id]);

  if (!prefill) return <Loader />;
  return (
    <Stack gap="xs">
      <div>
        <Anchor component={Link} to="/tirocini">
          Torna ai tirocini
        </Anchor>
      </div>
      <InternshipForm
        key={`${candidateId}|${associationId}`}
        initial={prefill.input}
        known={{ candidateName: prefill.candidateName, associationName: prefill.associationName }}
        onSaved={(saved) => void navigate(`/tirocini/${saved.id}`)}
      />
    </Stack>
  );
}
