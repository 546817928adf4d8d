/**
 * The routes of the need form: `fabbisogni/nuovo` (with `?associazione=<id>` from an association's
 * page, which fixes the association) and `fabbisogni/:id/modifica`.
 */
import { Loader } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { NotEditableAlert, recordMethods, recordNotReady } from '../../../lib/RecordFormGate';
import { useFirstAnswer, useRecordForm } from '../../../lib/useRecordForm';
import { emptyNeed, toFormValues, toNeedInput, type NeedFormValues } from './form-values';
import { NeedForm } from './NeedForm';
import { today } from '@shared/validation/italian-time';

/**
 * The schema checks "what is offered" in a refinement, which zod skips while any other field is
 * wrong: said here too, so every missing field is marked at the first try, not one round later.
 */
function checkOffers(values: NeedFormValues): Record<string, string> {
  return values.offers.length === 0 ? { offers: 'Indica cosa offre l’associazione' } : {};
}

interface NeedRecordPageProps {
  id: string | null;
  /** Coming from an association's page: that association, fixed. */
  lockedAssociation: { id: string; name: string } | null;
}

function NeedRecordPage({ id, lockedAssociation }: NeedRecordPageProps) {
  const session = useSession();
  const record = useRecordForm({
    ...recordMethods('needs'),
    id,
    blank: emptyNeed(session.operator.id, lockedAssociation?.id ?? null, today()),
    toForm: toFormValues,
    toInput: toNeedInput,
    check: checkOffers,
    savedMessage: (saved) => `Fabbisogno «${saved.title}» salvato.`,
    path: '/fabbisogni',
  });
  const waiting = recordNotReady(record);
  if (waiting) return waiting;
  // A deleted need is not edited here: the save would be refused.
  if (record.record?.deletedAt) {
    return (
      <NotEditableAlert title="Fabbisogno eliminato" to={`/fabbisogni/${record.record.id}`} linkLabel="Apri la scheda">
        Il fabbisogno è stato eliminato: ripristinalo dalla sua scheda prima di modificarlo.
      </NotEditableAlert>
    );
  }
  return <NeedForm record={record} lockedAssociation={lockedAssociation} />;
}

function NeedForAssociationPage({ associationId }: { associationId: string }) {
  const association = useFirstAnswer('associations.get', { id: associationId });
  if (association.error) return <LoadError message={association.error} />;
  if (!association.data) return <Loader />;
  return <NeedRecordPage id={null} lockedAssociation={{ id: association.data.id, name: association.data.name }} />;
}

export function NeedNewPage() {
  const [params] = useSearchParams();
  const associationId = params.get('associazione');
  if (!associationId) return <NeedRecordPage id={null} lockedAssociation={null} />;
  return <NeedForAssociationPage key={associationId} associationId={associationId} />;
}

export function NeedEditPage() {
  const { id = '' } = useParams();
  return <NeedRecordPage key={id} id={id} lockedAssociation={null} />;
}
