/** Elenco or bacheca: the two ways of looking at the same needs, one click apart, under one header. */
import { SegmentedControl } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useSession } from '../../../auth/AuthProvider';
import { ListHeader, NewRecordButton } from '../../../lib/ListPage';
import type { ListExportTarget } from '../../../lib/ListExportMenu';

type NeedsView = 'elenco' | 'bacheca';

function NeedsViewSwitch({ value }: { value: NeedsView }) {
  const navigate = useNavigate();
  return (
    <SegmentedControl
      aria-label="Vista dei fabbisogni"
      value={value}
      onChange={(v) => void navigate(v === 'bacheca' ? '/fabbisogni/bacheca' : '/fabbisogni')}
      data={[
        { value: 'elenco', label: 'Elenco' },
        { value: 'bacheca', label: 'Bacheca' },
      ]}
    />
  );
}

/** The needs' title, the switch between the two views, «Esporta» (the list's) and «Nuovo fabbisogno». */
export function NeedsHeader({ view, exportable }: { view: NeedsView; exportable?: ListExportTarget }) {
  const session = useSession();
  return (
    <ListHeader
      title="Fabbisogni"
      beside={<NeedsViewSwitch value={view} />}
      exportable={exportable}
      actions={session.can('needs.write') && <NewRecordButton to="/fabbisogni/nuovo">Nuovo fabbisogno</NewRecordButton>}
    />
  );
}
