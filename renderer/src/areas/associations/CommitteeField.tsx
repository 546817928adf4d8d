/**
 * «Comitato AICS»: suggests the committees of the regional list (decision 0013) while accepting any
 * text. What the operator types is kept exactly as typed: an association of a committee not yet in
 * the list, or written differently on its papers, is still saved as it is.
 */
import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useApiQuery } from '../../api/query';
import { ASSOCIATION_FIELDS as F } from '@shared/fields/association';

type Props = Omit<AutocompleteProps, 'data' | 'label'>;

export function CommitteeField(props: Props) {
  const list = useApiQuery('committees.list', {});
  // A list that could not be loaded only means no suggestions: the field works as plain text.
  const names = list.data?.items.map((c) => c.name) ?? [];
  return (
    <Autocomplete
      label={F.committee.label}
      placeholder="es. Comitato Provinciale AICS Torino"
      data={names}
      limit={30}
      maxDropdownHeight={260}
      {...props}
    />
  );
}
