/** Elenco or bacheca: the two ways of looking at the same needs, one click apart. */
import { SegmentedControl } from '@mantine/core';
import { useNavigate } from 'react-router';

export function NeedsViewSwitch({ value }: { value: 'elenco' | 'bacheca' }) {
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
