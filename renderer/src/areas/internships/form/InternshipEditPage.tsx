/**
 * The route `tirocini/:id/modifica`: the form on a saved file. Only a draft is changed here; a file
 * in signature goes back to draft first, a started one moves only by its own steps (proroga,
 * sospensione, conclusione) from its page.
 */
import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { InternshipStatus } from '@shared/api/internships';
import { LoadError } from '../../../app/LoadError';
import { useRecordForm } from '../../../lib/useRecordForm';
import { INTERNSHIP_RECORD, InternshipForm } from './InternshipForm';

/** Why a file in this status is not changed with the form. */
const NOT_EDITABLE: Record<Exclude<InternshipStatus, 'bozza'>, { title: string; message: string }> = {
  in_firma: {
    title: 'Pratica in firma',
    message: 'La pratica è in firma: per modificarla riportala in bozza dalla sua scheda.',
  },
  attivo: {
    title: 'Tirocinio avviato',
    message:
      'Una pratica avviata non si modifica: la comunicazione obbligatoria è già partita. Dalla scheda puoi prorogarla, sospenderla, concluderla o interromperla.',
  },
  sospeso: {
    title: 'Tirocinio sospeso',
    message: 'Una pratica avviata non si modifica: dalla scheda puoi riprendere il tirocinio, prorogarlo, concluderlo o interromperlo.',
  },
  concluso: {
    title: 'Tirocinio concluso',
    message: 'Una pratica avviata non si modifica, e questa è già conclusa: resta consultabile dalla sua scheda.',
  },
  interrotto: {
    title: 'Tirocinio interrotto',
    message: 'Una pratica avviata non si modifica, e questa è stata interrotta: resta consultabile dalla sua scheda.',
  },
};

export function InternshipEditPage() {
  const { id = '' } = useParams();
  return <InternshipEditor key={id} id={id} />;
}

function InternshipEditor({ id }: { id: string }) {
  const record = useRecordForm({ ...INTERNSHIP_RECORD, id });
  if (record.loadError) return <LoadError message={record.loadError} />;
  const file = record.record;
  if (!record.ready || !file) return <Loader />;

  const back = (
    <Anchor component={Link} to={`/tirocini/${file.id}`}>
      Torna alla pratica
    </Anchor>
  );
  if (file.deletedAt) {
    return (
      <Alert color="orange" title="Pratica eliminata">
        La pratica è stata eliminata e non si modifica. {back}
      </Alert>
    );
  }
  if (file.status !== 'bozza') {
    const why = NOT_EDITABLE[file.status];
    return (
      <Alert color="orange" title={why.title}>
        {why.message} {back}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <div>{back}</div>
      <InternshipForm record={record} />
    </Stack>
  );
}
