/** The filters above the associations list; every one lives in the address, so it survives opening an association. */
import { Group, SegmentedControl } from '@mantine/core';
import { LEGAL_FORM_LABELS, LEGAL_FORMS, type AssociationListInput } from '@shared/api/associations';
import { codeOptions, FilterSelect, FilterSwitch } from '../../lib/ListFilters';
import { OfficeFilter, type Offices } from '../../lib/offices';
import type { ListFilters } from '../../lib/useListParams';
import { P } from './list-params';

interface AssociationFiltersProps {
  filters: ListFilters;
  input: AssociationListInput;
  committees: string[];
  provinces: string[];
  offices: Offices;
  canSeeDeleted: boolean;
}

export function AssociationFilters({ filters, input, committees, provinces, offices, canSeeDeleted }: AssociationFiltersProps) {
  const { update } = filters;
  return (
    <Group gap="sm" align="flex-end">
      <OfficeFilter offices={offices} value={input.site ?? null} onChange={(v) => update({ [P.site]: v })} />
      <FilterSelect filters={filters} param={P.committee} label="Comitato AICS" placeholder="Tutti" searchable data={committees} w={220} />
      <FilterSelect filters={filters} param={P.legalForm} label="Forma giuridica" placeholder="Tutte" data={codeOptions(LEGAL_FORMS, LEGAL_FORM_LABELS)} w={260} />
      <FilterSelect filters={filters} param={P.province} label="Provincia" placeholder="Tutte" searchable data={provinces} w={130} />
      <SegmentedControl
        aria-label="Dipendenti"
        value={input.employees ?? 'any'}
        onChange={(v) => update({ [P.employees]: v === 'any' ? null : v })}
        data={[
          { value: 'any', label: 'Tutte' },
          { value: 'none', label: 'Senza dipendenti' },
          { value: 'some', label: 'Con dipendenti' },
        ]}
      />
      {canSeeDeleted && <FilterSwitch filters={filters} param={P.deleted} label="Mostra eliminate" />}
    </Group>
  );
}
